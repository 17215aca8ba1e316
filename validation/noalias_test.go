package validation

import (
	"fmt"
	"strings"
	"testing"
)

// TestJSONDoesNotAliasInput: PrimerJSON and KomojuJSON, on a valid document
// and on one whose problems' messages and paths echo keys and values (an
// unknown currency, a relative URL, unknown fields), return a session and an
// error that do not change when every byte of the input is overwritten
// afterwards.
func TestJSONDoesNotAliasInput(t *testing.T) {
	errText := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		return fmt.Sprintf("%s\n%#v", err.Error(), err)
	}
	primer := func(b []byte) (func() string, error) {
		s, err := PrimerJSON(b)
		return func() string { return string(s.AppendRequestJSON(nil)) + "\n" + s.String() }, err
	}
	komoju := func(b []byte) (func() string, error) {
		k, err := KomojuJSON(b)
		return func() string { return string(k.AppendJSON(nil)) + "\n" + k.String() }, err
	}
	for _, tc := range []struct {
		name   string
		decode func([]byte) (func() string, error)
		doc    string
		echoes []string // in the error; none for a valid document
	}{
		{"PrimerJSON valid", primer, `{"orderId":"o-1","currencyCode":"GBP","order":{"lineItems":[{"amount":500,"name":"Mug \"L\""}],"countryCode":"NO"},"metadata":{"productId":1001,"merchantId":"a13bsd62s"}}`, nil},
		{"PrimerJSON invalid", primer, `{"currencyCode":"HRK","order":{"lineItems":[{"amount":100,"discountedAmount":10}],"countryCode":"UK"},"unkn\u006fwnEsc":1,"metadata":{"a":1.5}}`,
			[]string{"HRK", "UK", "discountedAmount", "unknownEsc", "$.metadata.a"}},
		{"KomojuJSON valid", komoju, `{"amount":1500,"currency":"JPY","return_url":"https://shop.example/done","line_items":[{"amount":1500,"description":"Mug"}],"metadata":{"o":"x"}}`, nil},
		{"KomojuJSON invalid", komoju, `{"amount":1500,"currency":"XAU","customer_id":"cus_123","return_url":"shop.example/done","line_items":[{"amount":1500,"pr\u0069ce":1}]}`,
			[]string{"XAU", "shop.example/done", "price", "customer_id"}},
	} {
		in := []byte(tc.doc)
		render, err := tc.decode(in)
		got, before := render(), errText(err)
		if tc.echoes == nil && (err != nil || !strings.Contains(got, "Mug")) {
			t.Fatalf("%s: %s %v", tc.name, got, err)
		}
		for _, e := range tc.echoes {
			if !strings.Contains(before, e) {
				t.Fatalf("%s: the error does not show %q: %s", tc.name, e, before)
			}
		}
		for i := range in {
			in[i] = '#'
		}
		if after := render(); after != got {
			t.Errorf("%s: the session changed with the input:\n%s\nwas\n%s", tc.name, after, got)
		}
		if after := errText(err); after != before {
			t.Errorf("%s: the error changed with the input:\n%s\nwas\n%s", tc.name, after, before)
		}
	}
}
