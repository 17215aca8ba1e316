// Package examples_test holds the Go examples of the top-level README.md,
// one Example function per task, so that `go test ./...` checks that each
// snippet compiles and prints what the README says it prints.
package examples_test

import (
	"errors"
	"fmt"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/provider"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/validation"
	"github.com/paysession/paysession/warnings"
)

// request is Primer's own example as a create request: 500 × 1, a SURCHARGE
// fee of 100 and shipping 50, with surcharges configured for two card
// networks.
const request = `{
  "orderId": "order-abc",
  "currencyCode": "GBP",
  "order": {
    "lineItems": [{"itemId": "t-shirt-1", "amount": 500, "quantity": 1}],
    "fees": [{"type": "SURCHARGE", "amount": 100}],
    "shipping": {"amount": 50}
  },
  "paymentMethod": {"options": {"PAYMENT_CARD": {"networks": {
    "VISA": {"surcharge": {"amount": 10}},
    "MASTERCARD": {"surcharge": {"amount": 20}}
  }}}}
}`

// Decode a create request and price it.
func Example_decodeAndQuote() {
	s, err := session.DecodeRequest([]byte(request))
	if err != nil {
		fmt.Println(err) // every problem, one "PATH: message" per line
		return
	}
	q, err := pricing.Calculate(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range q.Lines() {
		fmt.Println(l.ItemID, l.Subtotal, l.Discount, l.Tax, l.Total)
	}
	amount, ok := q.Amount()
	fmt.Println(q.ItemsTotal(), q.Shipping(), q.Fees(), q.Surcharge(), amount, ok)
	// Output:
	// t-shirt-1 500 0 0 500
	// 500 50 0 100 650 true
}

// Select a payment method: price the selection, or store it in a new session.
func Example_select() {
	s, _ := session.DecodeRequest([]byte(request))

	q, _ := pricing.CalculateSelection(s, "PAYMENT_CARD", "VISA")
	amount, _ := q.Amount()
	fmt.Println("VISA:", q.Surcharge(), amount)

	card := s.SelectPaymentMethod("PAYMENT_CARD", "MASTERCARD") // s is unchanged
	for i := range card.NumFees() {
		f := card.Fee(i)
		fmt.Println(f.Type, f.Amount.Or(0))
	}
	klarna := s.SelectPaymentMethod("KLARNA", "") // KLARNA never takes a surcharge
	fmt.Println("KLARNA fees:", klarna.NumFees())
	// Output:
	// VISA: 10 560
	// SURCHARGE 20
	// KLARNA fees: 0
}

// Apply a PATCH, decoded from JSON or built in Go.
func Example_patch() {
	s, _ := session.DecodeRequest([]byte(request))

	p, err := session.DecodePatch([]byte(`{"order": {"shipping": {"amount": 70}}, "amount": 600}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	t := s.Apply(p) // order merges key by key: the line items are kept
	override, _ := t.AmountOverride()
	fmt.Println(t.NumLineItems(), t.Shipping().Amount.Or(0), override)

	// The same change undone in Go: null for amount, shipping 50 again.
	p2, _ := new(session.PatchBuilder).ClearAmount().SetShipping(session.Shipping{Amount: session.Some[int64](50)}).Build()
	fmt.Println(t.Apply(p2).Equal(s))

	_, err = session.DecodePatch([]byte(`{"paymentMethod": {"options": {}}}`))
	fmt.Println(errors.Is(err, fielderr.CodeNotPatchable), err)
	// Output:
	// 1 70 600
	// true
	// true $.paymentMethod.options: paymentMethod.options cannot be changed by a PATCH
}

// Validate a create request, then ask what will not work in it.
func Example_validateAndWarnings() {
	_, err := validation.PrimerJSON([]byte(`{
	  "currencyCode": "usd",
	  "order": {"countryCode": "UK", "lineItems": [
	    {"amount": 500, "quantity": 0},
	    {"amount": 7.5, "discountedAmount": 1}
	  ]},
	  "metadata": {"productId": 1.5}
	}`))
	var list fielderr.List
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Println(e.Path, e.Code)
		}
	}
	fmt.Println(errors.Is(err, validation.CodeCountry))

	s, _ := session.DecodeRequest([]byte(request))
	opts := warnings.Options{EnabledMethods: []string{"APPLE_PAY"}, TaxCalculation: true}
	for _, w := range warnings.Check(s, opts) {
		fmt.Println(w.Type, w.Code, w.Path)
	}
	// Output:
	// $.currencyCode currency
	// $.metadata.productId metadata_value
	// $.order.countryCode country
	// $.order.lineItems[0].quantity quantity
	// $.order.lineItems[1].amount type
	// $.order.lineItems[1].discountedAmount unknown_field
	// true
	// APPLE_PAY MISSING_DATA $.order.countryCode
	// TAXJAR MISSING_DATA $.customer.shippingAddress.countryCode
	// TAXJAR MISSING_DATA $.customer.shippingAddress.postalCode
}

// Convert between decimal strings and minor units, and format for display.
func Example_currency() {
	gbp, err := currency.Parse("GBP")
	fmt.Println(gbp, err)
	_, err = currency.Parse("gbp")
	fmt.Println(errors.Is(err, currency.ErrMalformed))
	_, err = currency.Parse("HRK")
	fmt.Println(err)

	minor, _ := currency.ToMinor("49.99", gbp, currency.Exact)
	fmt.Println(minor)
	usd := currency.MustParse("USD")
	_, err = currency.ToMinor("0.125", usd, currency.Exact)
	fmt.Println(errors.Is(err, currency.ErrInexact))
	even, _ := currency.ToMinor("0.125", usd, currency.HalfEven)
	up, _ := currency.ToMinor("0.125", usd, currency.HalfUp)
	fmt.Println(even, up)
	major, _ := currency.ToMajor(1234, currency.MustParse("KWD"))
	fmt.Println(major)

	text, _ := currency.Format(700, usd, "en-US")
	fmt.Println(text)
	text, _ = currency.Format(4999, gbp, "en-GB")
	fmt.Println(text)
	text, _ = currency.Format(100, currency.MustParse("JPY"), "ja-JP")
	fmt.Println(text)
	text, _ = currency.Format(700, currency.MustParse("EUR"), "de-DE")
	fmt.Printf("%q\n", text)
	text, _ = currency.Format(1234, currency.MustParse("IQD"), "en-US")
	fmt.Printf("%q\n", text)
	text, _ = currency.Format(123456, currency.MustParse("EUR"), "es-ES")
	fmt.Printf("%q\n", text)
	text, _ = currency.Format(-500, currency.MustParse("SEK"), "sv-SE")
	fmt.Printf("%q\n", text)
	text, _ = currency.Format(12345, currency.MustParse("EGP"), "ar-EG")
	fmt.Printf("%+q\n", text)
	text, _ = currency.Format(-500, usd, "en-US", currency.Accounting())
	fmt.Println(text)
	text, _ = currency.Format(700, usd, "en-CA", currency.WithDisplay(currency.DisplayNarrow))
	fmt.Println(text)
	// Output:
	// GBP <nil>
	// true
	// currency: "HRK": withdrawn currency code (withdrawal date 2023-01)
	// 4999
	// true
	// 12 13
	// 1.234
	// $7.00
	// £49.99
	// ￥100
	// "7,00\u00a0€"
	// "IQD\u00a01.234"
	// "1234,56\u00a0€"
	// "−5,00\u00a0kr"
	// "\u200f\u0661\u0662\u0663\u066b\u0664\u0665\u00a0\u062c.\u0645.\u200f"
	// ($5.00)
	// $7.00
}

// Send the amount to a payment provider.
func Example_provider() {
	isk, kwd := currency.MustParse("ISK"), currency.MustParse("KWD")
	w, _ := provider.Stripe().Wire(5, isk, currency.Exact)
	fmt.Println(w)
	w, _ = provider.Adyen().Wire(5, currency.MustParse("CLP"), currency.Exact)
	fmt.Println(w)
	_, err := provider.Stripe().Wire(5124, kwd, currency.Exact)
	fmt.Println(err)
	w, _ = provider.Stripe().Wire(5124, kwd, currency.HalfEven)
	fmt.Println(w)
	text, _ := provider.PayPal().WireString(1050, currency.MustParse("HUF"), currency.HalfUp)
	fmt.Println(text)
	v, _ := provider.PayPal().ParseWire("3.00", currency.MustParse("JPY"))
	fmt.Println(v)
	fmt.Println(provider.Primer().Accepts(currency.MustParse("MGA")))
	// Output:
	// 500
	// 500
	// stripe: 5124 KWD: the wire amount must be a multiple of 10 (granularity); name a rounding mode to round it
	// 5120
	// 11
	// 3
	// false
}
