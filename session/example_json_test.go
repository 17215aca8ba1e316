package session_test

import (
	"encoding/json"
	"fmt"

	"github.com/paysession/paysession/jsonvalue"
	"github.com/paysession/paysession/session"
)

// A Patch built in Go encodes to the PATCH body a client sends: cleared
// fields as null, untouched ones left out; DecodePatch reads it back.
func ExamplePatch_AppendJSON() {
	p, _ := new(session.PatchBuilder).
		ClearAmount().
		SetCustomerMobileNumber("+447700900123").
		ClearCustomerTaxID().
		SetRetailerCountryCode("DE").
		Build()
	body := p.AppendJSON(nil)
	fmt.Println(string(body))
	back, _ := session.DecodePatch(body)
	fmt.Println(back.Equal(p))
	// Output:
	// {"amount":null,"customer":{"mobileNumber":"+447700900123","taxId":null},"order":{"retailerCountryCode":"DE"}}
	// true
}

// Values and Opts inside a caller's struct encode as the JSON they hold;
// omitzero leaves absent ones out.
func ExampleOpt_IsZero() {
	type event struct {
		Amount   session.Opt[int64] `json:"amount,omitzero"`
		Quantity session.Opt[int64] `json:"quantity,omitzero"`
		Extra    jsonvalue.Value    `json:"extra,omitzero"`
	}
	extra, _ := jsonvalue.Object(jsonvalue.Member{Key: "gift", Value: jsonvalue.Bool(true)})
	b, _ := json.Marshal(event{Amount: session.Some[int64](0), Extra: extra})
	fmt.Println(string(b))
	fmt.Println(extra, session.Some[int64](7), session.Opt[int64]{})
	// Output:
	// {"amount":0,"extra":{"gift":true}}
	// {"gift":true} 7 absent
}
