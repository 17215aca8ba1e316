package session_test

import (
	"fmt"
	"log/slog"
	"os"

	"github.com/paysession/paysession/session"
)

// Printing or logging a session never shows personal data: the e-mail
// address, names, address lines, city and postal code read "***"; amounts,
// the currency, ids and country codes stay.
func ExampleSession_String() {
	s, _ := session.New(session.Params{
		OrderID:      "order-1",
		CurrencyCode: "GBP",
		Customer: session.Customer{
			EmailAddress:   "ada@example.com",
			BillingAddress: session.Address{City: "London", CountryCode: "GB"},
		},
		Order: session.Order{LineItems: []session.LineItem{{ItemID: "mug", Amount: session.Some[int64](500)}}},
	})
	fmt.Println(s)
	// Output:
	// {"orderId":"order-1","currencyCode":"GBP","customer":{"emailAddress":"***","billingAddress":{"city":"***","countryCode":"GB"}},"order":{"lineItems":[{"itemId":"mug","amount":500}]}}
}

// Session implements slog.LogValuer: a group with the order id, currency,
// override, number of line items and the masked request.
func ExampleSession_LogValue() {
	s, _ := session.New(session.Params{
		OrderID:      "order-1",
		CurrencyCode: "GBP",
		Customer:     session.Customer{FirstName: "Ada", LastName: "Lovelace"},
		Order:        session.Order{LineItems: []session.LineItem{{ItemID: "mug", Amount: session.Some[int64](500)}}},
	})
	noTime := func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}
	log := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime}))
	log.Info("session created", "session", s)
	// Output:
	// {"level":"INFO","msg":"session created","session":{"orderId":"order-1","currencyCode":"GBP","lineItems":1,"request":{"orderId":"order-1","currencyCode":"GBP","customer":{"firstName":"***","lastName":"***"},"order":{"lineItems":[{"itemId":"mug","amount":500}]}}}}
}
