package session

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paysession/paysession/fielderr"
)

// addSeeds seeds a fuzz target with every OpenAPI example and a few
// hand-written documents.
func addSeeds(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "openapi", "*.json"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		`{}`, `{"amount":7.5}`, `{"amount":9223372036854775808}`, `{"metadata":{"a b":[1,{"c":null}],"a b":2}}`,
		`{"paymentMethod":{"options":null}}`, `{"order":{"lineItems":[null,{"amount":-0}]}}`,
		`{"paymentMethod":{"options":{"APPLE_PAY":{"recurringPaymentRequest":{"regularBilling":{"amount":1}}}}}}`,
		`{"clientToken":"t","warnings":[{"type":"X"}]}`, `{"customer":{"billingAddress":null},"order":null}`,
	} {
		f.Add([]byte(s))
	}
	addHostileSeeds(f, false)
}

// addHostileSeeds adds issue 10's hostile shapes, scaled down so that the
// fuzzer can still mutate them quickly: nested empty arrays, objects of many
// unknown keys, long keys nested deep above duplicate keys, more than
// fielderr.MaxErrors problems, more than fielderr.MaxErrors problems then a syntax error or a
// value nested too deep, negative amounts with discounts, a bad e-mail.
func addHostileSeeds(f *testing.F, komoju bool) {
	free, list, mail := "metadata", `"order":{"lineItems":`, `"customer":{"emailAddress":"a@@b"}`
	if komoju {
		free, list, mail = "payment_data", `"line_items":`, `"email":"a@@b"`
	}
	closeList := "]"
	if !komoju {
		closeList = "]}"
	}
	rep := func(n int, s string) string { return strings.TrimSuffix(strings.Repeat(s+",", n), ",") }
	nested := `{"` + strings.Repeat("k", 100) + `":`
	for _, s := range []string{
		`{"` + free + `":{"x":[` + rep(50, "["+rep(20, "[]")+"]") + `]}}`,
		`{` + list + `[` + rep(5, "{"+rep(40, `"u":0`)+"}") + closeList + `}`,
		`{"` + free + `":` + strings.Repeat(nested, 28) + `{` + rep(40, `"a":0,"b":0`) + `}` + strings.Repeat("}", 28) + `}`,
		`{` + list + `[` + rep(fielderr.MaxErrors+5, `{"u":1}`) + closeList + `}`,
		`{` + list + `[` + rep(fielderr.MaxErrors+5, `{"u":1}`) + `,{"x":[[[[1,}]]]]}` + closeList + `}`,
		`{` + list + `[` + rep(fielderr.MaxErrors+5, `{"u":1}`) + `,{"x":` + strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth) + `}` + closeList + `}`,
		`{` + list + `[` + rep(50, `{"amount":-1,"discountAmount":1}`) + closeList + `}`,
		`{` + mail + `}`,
		`{"` + strings.Repeat("é", 200) + `":1}`,
	} {
		f.Add([]byte(s))
	}
}

// checkDecoded is the common law of the three fuzz targets: errors are well
// formed, and a session that decoded without error survives re-encoding.
func checkDecoded(t *testing.T, err error, s Session, reencode func(Session) (Session, error)) {
	if msg := wellFormedErrors(err); msg != "" {
		t.Fatal(msg)
	}
	if err != nil {
		return
	}
	again, err := reencode(s)
	if err != nil {
		t.Fatalf("re-encoded session does not decode: %v", err)
	}
	if !again.Equal(s) {
		t.Fatalf("re-encoding changed the session:\n%s\n%s", s.AppendRequestJSON(nil), again.AppendRequestJSON(nil))
	}
}

func FuzzDecodeRequest(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeRequest(data)
		checkDecoded(t, err, s, func(s Session) (Session, error) { return DecodeRequest(s.AppendRequestJSON(nil)) })
	})
}

func FuzzDecodeResponse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeResponse(data)
		checkDecoded(t, err, r.Session, func(s Session) (Session, error) {
			r2, err := DecodeResponse(AppendCreateResponseJSON(nil, s, r.ClientToken, r.ClientTokenExpirationDate, r.Warnings))
			if err == nil && (r2.ClientToken != r.ClientToken || r2.ClientTokenExpirationDate != r.ClientTokenExpirationDate || !r2.Warnings.Equal(r.Warnings)) {
				t.Fatalf("token fields changed: %+v → %+v", r, r2)
			}
			return r2.Session, err
		})
	})
}

func FuzzDecodePatch(f *testing.F) {
	addSeeds(f)
	base := mustNew(Params{OrderID: "o", Customer: Customer{FirstName: "Ada"}, Order: Order{LineItems: []LineItem{{Amount: Some[int64](1)}}}})
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := DecodePatch(data)
		if msg := wellFormedErrors(err); msg != "" {
			t.Fatal(msg)
		}
		if err != nil {
			return
		}
		// The patch survives re-encoding, and the patched session too.
		if back, err := DecodePatch(p.AppendJSON(nil)); err != nil || !back.Equal(p) {
			if utf8.Valid(data) {
				t.Fatalf("DecodePatch(AppendJSON) = %s, %v; want the patch %s", back.AppendJSON(nil), err, p.AppendJSON(nil))
			}
		}
		s := base.Apply(p)
		checkDecoded(t, nil, s, func(s Session) (Session, error) { return DecodeRequest(s.AppendRequestJSON(nil)) })
	})
}
