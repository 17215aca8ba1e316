package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// The count of problems not listed is exact through the command line too:
// a line item whose amount the decoder cannot read is one problem, although
// the rules then find the amount missing, and the decoder listed only the
// first 1 000 of those lines. Expected totals are counted from the shape of
// the input.
func TestValidateUnlistedCountExact(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		doc  string
		want string
	}{
		{"primer", []string{"validate"},
			`{"currencyCode":"EUR","order":{"lineItems":[` + joinN(10000, `{"amount":"1"}`) + `]}}`,
			"9000 more problems not listed"},
		// 10 000 type problems, and 5 000 negative discounts the decoder
		// does not see: 15 000 in all.
		{"primer mixed", []string{"validate"},
			`{"currencyCode":"EUR","order":{"lineItems":[` + joinN(5000, `{"amount":"1"},{"amount":"1","discountAmount":-1}`) + `]}}`,
			"14000 more problems not listed"},
		{"komoju", []string{"validate", "-api", "komoju"},
			`{"mode":"payment","currency":"JPY","amount":1,"return_url":"https://example.com/r","line_items":[` + joinN(10000, `{"amount":"1","description":"d","quantity":1}`) + `]}`,
			"9000 more problems not listed"},
	} {
		code, out, errs := runCmd(append(tc.args, "-"), tc.doc)
		if code != exitInvalid {
			t.Errorf("%s: exit %d", tc.name, code)
		}
		var v struct {
			Errors []struct{ Path, Code, Message string }
		}
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(v.Errors) != 1001 {
			t.Fatalf("%s: %d errors", tc.name, len(v.Errors))
		}
		if last := v.Errors[1000]; last.Code != "too_many_errors" || last.Message != tc.want {
			t.Errorf("%s: last %+v, want %q", tc.name, last, tc.want)
		}
		if !strings.Contains(errs, "$: "+tc.want) {
			t.Errorf("%s: stderr lacks %q", tc.name, tc.want)
		}
	}
}
