package session_test

import (
	"fmt"

	"github.com/paysession/paysession/session"
)

// DecodeRequestOrResponse reads a document whether it is a create request or a response:
// only a response has a clientToken, and in a response amount is the
// effective amount, not an override.
func ExampleDecodeRequestOrResponse() {
	for _, doc := range []string{
		`{"amount":550,"order":{"lineItems":[{"amount":500}],"shipping":{"amount":50}}}`,
		`{"clientToken":"tok","amount":550,"order":{"lineItems":[{"amount":500}],"shipping":{"amount":50}}}`,
	} {
		r, err := session.DecodeRequestOrResponse([]byte(doc))
		if err != nil {
			fmt.Println(err)
			continue
		}
		amount, override := r.Session.AmountOverride()
		fmt.Printf("token %q: override %v %d\n", r.ClientToken, override, amount)
	}
	// Output:
	// token "": override true 550
	// token "tok": override false 0
}

// A KOMOJU request maps to a Primer-style session and back: the amount
// equals the line items' total, so it needs no override.
func ExampleKomojuFromSession() {
	k, err := session.DecodeKomoju([]byte(`{"amount":1500,"currency":"JPY","email":"a@example.jp",
		"line_items":[{"amount":500,"quantity":3,"description":"Tea"}],"metadata":{"order":"A-1"}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	s := k.Session()
	_, override := s.AmountOverride()
	fmt.Println(s.CurrencyCode(), s.Customer().EmailAddress, s.NumLineItems(), override)
	back, err := session.KomojuFromSession(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(back.AppendJSON(nil)))
	// Output:
	// JPY a@example.jp 1 false
	// {"amount":1500,"currency":"JPY","email":"a@example.jp","line_items":[{"amount":500,"description":"Tea","quantity":3}],"metadata":{"order":"A-1"}}
}
