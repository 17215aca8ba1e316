package provider_test

import (
	"errors"
	"fmt"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/provider"
)

func ExampleISO() {
	w, _ := provider.ISO().Wire(1234, currency.MustParse("KWD"), currency.Exact)
	fmt.Println(w) // ISO minor units are the wire amount
	_, err := provider.ISO().Wire(1, currency.MustParse("XAU"), currency.Exact)
	fmt.Println(errors.Is(err, provider.CodeNoMinorUnit))
	// Output:
	// 1234
	// true
}

func ExamplePrimer() {
	p := provider.Primer()
	fmt.Println(p.Accepts(currency.MustParse("GBP")), p.Accepts(currency.MustParse("MGA")))
	_, err := p.Wire(500, currency.MustParse("XCG"), currency.Exact)
	fmt.Println(err)
	// Output:
	// true false
	// primer: 500 XCG: Primer does not accept XCG
}

func ExampleKomoju() {
	p := provider.Komoju()
	w, _ := p.Wire(1000, currency.MustParse("JPY"), currency.Exact)
	fmt.Println(w)
	_, err := p.Wire(2147483648, currency.MustParse("JPY"), currency.Exact)
	fmt.Println(errors.Is(err, provider.CodeDigitLimit))
	// Output:
	// 1000
	// true
}

func ExampleStripe() {
	p := provider.Stripe()
	isk, kwd := currency.MustParse("ISK"), currency.MustParse("KWD")
	w, _ := p.Wire(5, isk, currency.Exact) // 5 krónur: two decimals on the wire
	fmt.Println(w)
	_, err := p.Unwire(501, isk)
	fmt.Println(err)
	_, err = p.Wire(5124, kwd, currency.Exact)
	fmt.Println(errors.Is(err, provider.CodeGranularity))
	w, _ = p.Wire(5124, kwd, currency.HalfEven)
	fmt.Println(w)
	min, _ := p.Rule(currency.MustParse("USD")).Minimum()
	fmt.Println(min)
	// Output:
	// 500
	// stripe: wire 501 ISK: not a multiple of 100, as Stripe requires for ISK
	// true
	// 5120
	// 50
}

func ExampleAdyen() {
	p := provider.Adyen()
	w, _ := p.Wire(5, currency.MustParse("CLP"), currency.Exact)
	fmt.Println(w) // 5 pesos with two decimals
	w, _ = p.Wire(1500000, currency.MustParse("IDR"), currency.Exact)
	fmt.Println(w) // 15 000 rupiah without decimals
	_, err := p.Wire(1500050, currency.MustParse("IDR"), currency.Exact)
	fmt.Println(errors.Is(err, provider.CodePrecision))
	// Output:
	// 500
	// 15000
	// true
}

func ExampleCheckout() {
	p := provider.Checkout()
	w, _ := p.Wire(5, currency.MustParse("ISK"), currency.Exact)
	fmt.Println(w) // full value, unlike Stripe and Adyen
	_, err := p.Wire(5124, currency.MustParse("KWD"), currency.Exact)
	fmt.Println(err)
	// Output:
	// 5
	// checkout: 5124 KWD: the wire amount must be a multiple of 10 (granularity); name a rounding mode to round it
}

func ExamplePayPal() {
	p := provider.PayPal()
	s, _ := p.WireString(100, currency.MustParse("JPY"), currency.Exact)
	fmt.Println(s)
	s, _ = p.WireString(1050, currency.MustParse("USD"), currency.Exact)
	fmt.Println(s)
	huf := currency.MustParse("HUF")
	_, err := p.WireString(1050, huf, currency.Exact)
	fmt.Println(errors.Is(err, provider.CodePrecision))
	s, _ = p.WireString(1050, huf, currency.HalfUp)
	fmt.Println(s)
	v, _ := p.ParseWire("3.00", currency.MustParse("JPY"))
	fmt.Println(v)
	// Output:
	// 100
	// 10.50
	// true
	// 11
	// 3
}

func ExampleNew() {
	usd := currency.MustParse("USD")
	// Stripe for card payments only: 12 digits instead of 8.
	card := provider.Stripe().Rule(usd).Params()
	card.MaxValue = 999999999999
	p, err := provider.New(provider.Params{Name: "stripe-cards", Base: provider.Stripe(), Rules: []provider.RuleParams{card}})
	if err != nil {
		fmt.Println(err)
		return
	}
	w, err := p.Wire(100000000, usd, currency.Exact)
	fmt.Println(w, err)
	// Output:
	// 100000000 <nil>
}
