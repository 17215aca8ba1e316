package session

import (
	"errors"
	"testing"

	"github.com/paysession/paysession/fielderr"
)

func TestDecodeRequestOrResponse(t *testing.T) {
	// A request: the amount is an override even when it equals the
	// calculated amount.
	r, err := DecodeRequestOrResponse([]byte(`{"amount":500,"order":{"lineItems":[{"amount":500}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := r.Session.AmountOverride(); !ok || v != 500 {
		t.Errorf("request: override = %d, %v; want 500, true", v, ok)
	}
	// A response (it has a clientToken): an amount equal to the calculated
	// amount is not an override.
	r, err = DecodeRequestOrResponse([]byte(`{"clientToken":"t","clientTokenExpirationDate":"2021-08-12T16:14:08.578695","amount":500,"order":{"lineItems":[{"amount":500}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := r.Session.AmountOverride(); ok || r.ClientToken != "t" {
		t.Errorf("response: override set or token %q lost", r.ClientToken)
	}
	// Other problems of a request are reported as they are, and a
	// response's own problems too.
	_, err = DecodeRequestOrResponse([]byte(`{"amount":1.5}`))
	if !errors.Is(err, fielderr.CodeType) {
		t.Errorf("request problem: %v", err)
	}
	_, err = DecodeRequestOrResponse([]byte(`{"clientToken":"t","nope":1}`))
	var l fielderr.List
	if !errors.As(err, &l) || len(l) != 1 || l[0].Path != "$.nope" {
		t.Errorf("response problem: %v", err)
	}
}
