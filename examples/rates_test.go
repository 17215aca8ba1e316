package examples_test

import (
	"errors"
	"fmt"

	"github.com/paysession/paysession/adjust"
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/rate"
	"github.com/paysession/paysession/session"
)

// Taxes, discounts and exchange from exact rates (the README's snippet).
func Example_rates() {
	s, _ := session.DecodeRequest([]byte(`{"currencyCode": "USD", "order": {"lineItems": [
  {"itemId": "a", "amount": 500}, {"itemId": "b", "amount": 500}, {"itemId": "c", "amount": 500}]}}`))

	r, err := rate.Parse("8.875%") // or "0.08875"; never a float
	fmt.Println(r, err)            // 0.08875 <nil>
	_, err = rate.Parse("1e-3")
	fmt.Println(errors.Is(err, rate.ErrSyntax)) // true

	d, _ := adjust.DiscountAmount(s, 1000) // 10.00 off the order, split 334/333/333
	t, _ := adjust.Tax(d, r, adjust.PerOrder, currency.HalfEven)
	for i := range t.NumLineItems() {
		li := t.LineItem(i)
		fmt.Println(li.ItemID, li.DiscountAmount.Or(0), li.TaxAmount.Or(0))
	}
	// a 334 14
	// b 333 15
	// c 333 15
	q, _ := pricing.Calculate(t)
	amount, _ := q.Amount()
	fmt.Println(amount) // 544: 1500 − 1000 + round(500 × 8.875 %) = 544

	_, err = adjust.DiscountAmount(t, 1)
	fmt.Println(errors.Is(err, adjust.CodeTaxBeforeDiscount)) // true: the discount comes first

	jpy, _ := rate.MustParse("151.237").Convert(1999, currency.MustParse("USD"), currency.MustParse("JPY"), currency.HalfEven)
	fmt.Println(jpy) // 3023

	e, _ := adjust.Exchange(t, currency.MustParse("JPY"), rate.MustParse("151.237"), currency.HalfEven)
	conv, _ := e.Amount()
	direct, _ := e.Direct()
	fmt.Println(e.Session().CurrencyCode(), conv, direct) // JPY 822 823
	// Output:
	// 0.08875 <nil>
	// true
	// a 334 14
	// b 333 15
	// c 333 15
	// 544
	// true
	// 3023
	// JPY 822 823
}
