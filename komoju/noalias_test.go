package komoju

import (
	"fmt"
	"strings"
	"testing"
)

// TestDecodeDoesNotAliasInput: Decode and DecodeBestEffort, on a valid
// document and on ones with problems (messages and paths echoing keys), return
// a session and an error that do not change when every byte of the input is
// overwritten afterwards.
func TestDecodeDoesNotAliasInput(t *testing.T) {
	const valid = `{"mode":"payment","return_url":"https://shop.example/done","amount":1500,"currency":"JPY","email":"taro@example.jp",` +
		`"expires_in_seconds":3600,"external_customer_id":"cust-1","customer_id":"kc_1","payment_types":["credit_card","konbini"],"default_locale":"ja",` +
		`"line_items":[{"amount":500,"description":"Mug \"L\"","quantity":2,"image":"https://shop.example/m.png","external_product_num":"p-1"},{"amount":1000}],` +
		`"metadata":{"n":7,"ord\u0065r":"o-1","deep":{"a":["x",{"b":"y"}]}},"payment_data":{"external_order_num":"o-1","list":["z"]}}`
	invalid := strings.Replace(valid, `"line_items":[`,
		`"unknownTopKey":{"x":1},"unkn\u006fwnEsc":"v","customer_id":"","line_items":[{"amount":"12","quantity":1.5,"zzzLineKey":"v"},`, 1)
	invalid = strings.Replace(invalid, `"customer_id":"kc_1",`, "", 1)
	syntax := valid[:len(valid)/2] + `"trunc\u00`
	errText := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		return fmt.Sprintf("%s\n%#v", err.Error(), err)
	}
	for name, decode := range map[string]func([]byte) (Session, error){"Decode": Decode, "DecodeBestEffort": DecodeBestEffort} {
		for _, tc := range []struct{ kind, doc string }{{"valid", valid}, {"invalid", invalid}, {"syntax", syntax}} {
			in := []byte(tc.doc)
			k, err := decode(in)
			render := func() string { return string(k.AppendJSON(nil)) + "\n" + k.String() }
			got, before := render(), errText(err)
			switch tc.kind {
			case "valid":
				if err != nil || !strings.Contains(got, "p-1") || !strings.Contains(got, `"deep"`) || !strings.Contains(got, "konbini") {
					t.Fatalf("%s %s: %s %v", name, tc.kind, got, err)
				}
			case "invalid":
				if err == nil || !strings.Contains(before, "unknownTopKey") || !strings.Contains(before, "zzzLineKey") || !strings.Contains(before, "unknownEsc") {
					t.Fatalf("%s %s: the errors do not name the bad keys: %s", name, tc.kind, before)
				}
				if name == "DecodeBestEffort" && !strings.Contains(got, "p-1") {
					t.Fatalf("%s %s: the best-effort session lost what decoded: %s", name, tc.kind, got)
				}
			case "syntax":
				if err == nil {
					t.Fatalf("%s %s: no error", name, tc.kind)
				}
			}
			for i := range in {
				in[i] = '#'
			}
			if after := render(); after != got {
				t.Errorf("%s %s: the session changed with the input:\n%s\nwas\n%s", name, tc.kind, after, got)
			}
			if after := errText(err); after != before {
				t.Errorf("%s %s: the error changed with the input:\n%s\nwas\n%s", name, tc.kind, after, before)
			}
		}
	}
}
