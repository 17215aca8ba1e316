package session_test

import (
	"fmt"

	"github.com/paysession/paysession/session"
)

// primerExample is Primer's own example: 500×1 + fee 100 + shipping 50.
func primerExample() session.Params {
	return session.Params{
		OrderID:      "order-1",
		CurrencyCode: "GBP",
		Order: session.Order{
			LineItems: []session.LineItem{{ItemID: "t-shirt-1", Amount: session.Some[int64](500), Quantity: session.Some[int64](1)}},
			Fees:      []session.Fee{{Type: "HANDLING", Amount: session.Some[int64](100)}},
			Shipping:  session.Shipping{Amount: session.Some[int64](50)},
		},
		PaymentMethod: session.PaymentMethod{Options: map[string]session.MethodOptions{
			session.MethodPaymentCard: {Networks: map[string]session.NetworkOptions{
				"VISA": {Surcharge: session.Some[int64](30)},
			}},
		}},
	}
}

func ExampleNew() {
	p := primerExample()
	s, err := session.New(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	p.OrderID = "changed" // s keeps its own copy
	fmt.Println(s.OrderID(), s.CurrencyCode(), s.NumLineItems(), s.NumFees())
	_, overridden := s.AmountOverride()
	fmt.Println("override:", overridden)
	// Output:
	// order-1 GBP 1 1
	// override: false
}

func ExampleSession_Apply() {
	s, _ := session.New(session.Params{
		Customer: session.Customer{
			EmailAddress:   "ada@example.com",
			BillingAddress: session.Address{City: "London", CountryCode: "GB"},
		},
		Amount: session.Some[int64](999),
	})
	// {"customer":{"emailAddress":"x@y.z"},"amount":null}
	p, _ := new(session.PatchBuilder).SetCustomerEmail("x@y.z").ClearAmount().Build()
	t := s.Apply(p)

	fmt.Println(t.Customer().EmailAddress, t.Customer().BillingAddress.City) // the address is kept
	_, overridden := t.AmountOverride()
	fmt.Println("override:", overridden)
	fmt.Println("original:", s.Customer().EmailAddress)
	// Output:
	// x@y.z London
	// override: false
	// original: ada@example.com
}

func ExampleSession_SelectPaymentMethod() {
	s, _ := session.New(primerExample())
	card := s.SelectPaymentMethod(session.MethodPaymentCard, "VISA")
	for i := range card.NumFees() {
		f := card.Fee(i)
		fmt.Println(f.Type, f.Amount.Or(0))
	}
	fmt.Println("klarna fees:", s.SelectPaymentMethod(session.MethodKlarna, "").NumFees())
	fmt.Println("after unselect:", card.UnselectPaymentMethod().NumFees())
	// Output:
	// HANDLING 100
	// SURCHARGE 30
	// klarna fees: 1
	// after unselect: 1
}
