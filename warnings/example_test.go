package warnings_test

import (
	"fmt"

	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/warnings"
)

func ExampleCheck() {
	s, _ := session.New(session.Params{
		CurrencyCode: "GBP",
		Amount:       session.Some[int64](1000),
		Order:        session.Order{LineItems: []session.LineItem{{ItemID: "t-shirt", Amount: session.Some[int64](500)}}},
		PaymentMethod: session.PaymentMethod{Options: map[string]session.MethodOptions{
			"GOOGLE_PAY": {Surcharge: session.Some[int64](20)},
		}},
	})
	for _, w := range warnings.Check(s, warnings.Options{EnabledMethods: []string{"APPLE_PAY"}}) {
		fmt.Println(w.Type, w.Code, w.Path)
		fmt.Println("  ", w.Message)
	}
	// Output:
	// AMOUNT OVERRIDE_MISMATCH $.amount
	//    The amount 1000 overrides the amount calculated from the order, 500; the customer is charged 1000.
	// APPLE_PAY MISSING_DATA $.order.countryCode
	//    Apple Pay is missing '$.order.countryCode'
	// SESSION MISSING_DATA $.orderId
	//    'orderId' is required before a payment can be made.
	// SURCHARGE IGNORED $.paymentMethod.options
	//    Surcharges are configured but will not be applied because a top-level 'amount' is set.
}
