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
