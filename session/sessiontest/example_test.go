package sessiontest_test

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/leanovate/gopter"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/session/sessiontest"
)

// printer is a sessiontest.TB that prints what a *testing.T would report. In
// a test, pass the *testing.T instead.
type printer struct{}

func (printer) Helper()                           {}
func (printer) Errorf(format string, args ...any) { fmt.Printf(format+"\n", args...) }
func (printer) Fatalf(format string, args ...any) { fmt.Printf(format+"\n", args...) }

// currencies are the currencies the examples draw from, named so that the
// output does not depend on the currency table.
var currencies = []currency.Code{
	currency.MustParse("USD"), currency.MustParse("EUR"), currency.MustParse("JPY"), currency.MustParse("KWD"),
}

// request is the part of a Primer create request the implementations read.
type request struct {
	CurrencyCode string `json:"currencyCode"`
	Amount       *int64 `json:"amount"` // the merchant's override
	Order        struct {
		LineItems []struct {
			Amount         int64  `json:"amount"`
			Quantity       *int64 `json:"quantity"` // absent means 1
			DiscountAmount int64  `json:"discountAmount"`
			TaxAmount      int64  `json:"taxAmount"`
		} `json:"lineItems"`
		Fees []struct {
			Amount int64 `json:"amount"`
		} `json:"fees"`
		Shipping struct {
			Amount int64 `json:"amount"`
		} `json:"shipping"`
	} `json:"order"`
}

// CheckAmount finds the bug in an amount function that computes each line as
// amount × quantity + tax and forgets the discount. The failing session is
// shrunk to one line item with a discount.
func ExampleCheckAmount_forgottenDiscount() {
	amount := func(data []byte) (int64, bool, error) {
		var r request
		if err := json.Unmarshal(data, &r); err != nil {
			return 0, false, err
		}
		if r.Amount != nil {
			return *r.Amount, true, nil
		}
		if len(r.Order.LineItems) == 0 {
			return 0, false, nil // no line item: no calculated amount
		}
		total := r.Order.Shipping.Amount
		for _, li := range r.Order.LineItems {
			q := int64(1)
			if li.Quantity != nil {
				q = *li.Quantity
			}
			total += li.Amount*q + li.TaxAmount // the bug: no − li.DiscountAmount
		}
		for _, f := range r.Order.Fees {
			total += f.Amount
		}
		return total, true, nil
	}
	sessiontest.CheckAmount(printer{}, amount, sessiontest.Seed(1), sessiontest.Currencies(currencies...))
	// Output:
	// sessiontest: CheckAmount: case 0 disagrees with the reference (seed 1: Seed(1) replays it as the first case; shrunk in 25 steps)
	//   session:   {"currencyCode":"EUR","order":{"lineItems":[{"amount":1,"discountAmount":1}]}}
	//   reference: amount 0
	//   yours:     amount 1
}

// CheckAmount finds the bug in an amount function that adds up major units as
// float64 and truncates the total back to minor units: $19.83 is
// 1982.9999999999998 cents.
func ExampleCheckAmount_float() {
	amount := func(data []byte) (int64, bool, error) {
		var r request
		if err := json.Unmarshal(data, &r); err != nil {
			return 0, false, err
		}
		if r.Amount != nil {
			return *r.Amount, true, nil
		}
		if len(r.Order.LineItems) == 0 {
			return 0, false, nil
		}
		c, err := currency.Parse(r.CurrencyCode)
		if err != nil {
			return 0, false, err
		}
		digits, _ := c.MinorUnits()
		scale := math.Pow10(digits)
		total := float64(r.Order.Shipping.Amount) / scale
		for _, li := range r.Order.LineItems {
			q := int64(1)
			if li.Quantity != nil {
				q = *li.Quantity
			}
			total += float64(li.Amount)/scale*float64(q) - float64(li.DiscountAmount)/scale + float64(li.TaxAmount)/scale
		}
		for _, f := range r.Order.Fees {
			total += float64(f.Amount) / scale
		}
		return int64(total * scale), true, nil // the bug: a float, truncated
	}
	sessiontest.CheckAmount(printer{}, amount, sessiontest.Seed(1), sessiontest.Currencies(currencies...))
	// Output:
	// sessiontest: CheckAmount: case 7 disagrees with the reference (seed 8: Seed(8) replays it as the first case; shrunk in 20 steps)
	//   session:   {"currencyCode":"USD","order":{"lineItems":[{"amount":1983}]}}
	//   reference: amount 1983
	//   yours:     amount 1982
}

// A correct implementation passes: CheckAmount reports nothing and returns
// nil.
func ExampleCheckAmount_correct() {
	amount := func(data []byte) (int64, bool, error) {
		var r request
		if err := json.Unmarshal(data, &r); err != nil {
			return 0, false, err
		}
		if r.Amount != nil {
			return *r.Amount, true, nil
		}
		if len(r.Order.LineItems) == 0 {
			return 0, false, nil
		}
		total := r.Order.Shipping.Amount
		for _, li := range r.Order.LineItems {
			q := int64(1)
			if li.Quantity != nil {
				q = *li.Quantity
			}
			total += li.Amount*q - li.DiscountAmount + li.TaxAmount
		}
		for _, f := range r.Order.Fees {
			total += f.Amount
		}
		return total, true, nil
	}
	f := sessiontest.CheckAmount(printer{}, amount, sessiontest.Seed(1), sessiontest.Cases(1000))
	fmt.Println(f == nil)
	// Output:
	// true
}

// CheckAccept finds what a validator misses: this one checks only the
// currency code, so it accepts a negative discount.
func ExampleCheckAccept() {
	validate := func(data []byte) error {
		var r request
		if err := json.Unmarshal(data, &r); err != nil {
			return err
		}
		_, err := currency.Parse(r.CurrencyCode)
		return err
	}
	sessiontest.CheckAccept(printer{}, validate, sessiontest.Seed(5), sessiontest.Currencies(currencies...))
	// Output:
	// sessiontest: CheckAccept: case 4 disagrees with the reference (seed 9: Seed(9) replays it as the first case; shrunk in 11 steps)
	//   session:   {"currencyCode":"JPY","order":{"lineItems":[{"amount":0,"discountAmount":-1}]}}
	//   reference: refused: $.order.lineItems[0].discountAmount: amount must not be negative, got -1
	//   yours:     accepted
}

// Invalid's cases say which error they must produce, for a property of a
// validator of one's own.
func ExampleInvalid() {
	g := sessiontest.Invalid(sessiontest.Currencies(currencies...), sessiontest.MaxLines(2))
	params := gopter.DefaultGenParameters().CloneWithSeed(1)
	for range 4 {
		v, _ := g(params).Retrieve()
		c := v.(sessiontest.InvalidCase)
		fmt.Println(c.Path, c.Code)
	}
	// Output:
	// $.order.lineItems[0].amount type
	// $.paymentMethod.authorizationType enum
	// $.order.lineItems[0].discountAmount discount_exceeds_subtotal
	// $.paymentMethod.options.PAYPAL.surcharge.amount negative
}
