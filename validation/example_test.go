package validation_test

import (
	"errors"
	"fmt"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/jsonvalue"
	"github.com/paysession/paysession/komoju"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/validation"
)

func ExamplePrimer() {
	s, _ := session.New(session.Params{
		CurrencyCode: "HRK",
		Order: session.Order{
			CountryCode: "UK",
			LineItems:   []session.LineItem{{ItemID: "shoe", Amount: session.Some[int64](-100)}},
		},
	})
	err := validation.Primer(s)
	fmt.Println(err)
	fmt.Println("bad country:", errors.Is(err, validation.CodeCountry))
	// Output:
	// $.currencyCode: "HRK" was withdrawn from ISO 4217 in 2023-01 and can no longer be used
	// $.order.countryCode: "UK" is not an ISO 3166-1 alpha-2 country code (two upper-case letters, such as "FR")
	// $.order.lineItems[0].amount: amount must not be negative, got -100
	// bad country: true
}

func ExamplePrimerJSON() {
	_, err := validation.PrimerJSON([]byte(`{
		"currencyCode": "GBP",
		"order": {"lineItems": [{"amount": 7.5, "discountedAmount": 10}]},
		"metadata": {"productId": 1001, "ratio": 1.5}
	}`))
	var list fielderr.List
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Printf("%s %s\n", e.Code, e.Path)
		}
	}
	// Output:
	// metadata_value $.metadata.ratio
	// type $.order.lineItems[0].amount
	// unknown_field $.order.lineItems[0].discountedAmount
}

func ExampleEnvelope422() {
	_, err := validation.PrimerJSON([]byte(`{"customer": {"emailAddress": "john@"}}`))
	fmt.Println(string(validation.Envelope422(err, validation.ModelRequest)))
	// Output:
	// {"error":{"errorId":"RequestValidationError","description":"We were unable to validate your request, please check your payload against /docs/api","validationErrors":[{"model":"ClientSessionAPIRequest","errors":[{"path":"$.customer.emailAddress","description":"not a valid e-mail address"}]}]}}
}

func ExampleKomoju() {
	k := komoju.New(komoju.Params{
		Currency:         "JPY",
		ExpiresInSeconds: session.Some[int64](86401),
		Metadata:         map[string]jsonvalue.Value{"注文番号": jsonvalue.Int(42)},
	})
	fmt.Println(validation.Komoju(k))
	// Output:
	// $.amount: amount is required in payment mode
	// $.expires_in_seconds: expires_in_seconds must be between 1 and 86400, got 86401
	// $.metadata['注文番号']: KOMOJU metadata values must be strings, got a number
}

// A PATCH is checked field by field, and the session it produces as a
// whole: nothing Primer answers with 422 is applied.
func ExampleApplyPatchJSON() {
	s, _ := session.DecodeRequest([]byte(`{"currencyCode":"GBP","order":{"lineItems":[{"amount":500}]}}`))
	_, err := validation.ApplyPatchJSON(s, []byte(`{"amount":-1,"order":{"countryCode":"UK","lineItems":[{"amount":500,"quantity":0}]}}`))
	fmt.Println(err)
	patched, err := validation.ApplyPatchJSON(s, []byte(`{"order":{"shipping":{"amount":70}}}`))
	fmt.Println(err, patched.Shipping().Amount.Or(0))
	// Output:
	// $.amount: amount must not be negative, got -1
	// $.order.countryCode: "UK" is not an ISO 3166-1 alpha-2 country code (two upper-case letters, such as "FR")
	// $.order.lineItems[0].quantity: quantity must be at least 1, got 0
	// <nil> 70
}
