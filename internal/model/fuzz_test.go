package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/errtest"
	"github.com/paysession/paysession/internal/limits"
)

// The fuzz targets of the three Primer decoders. Their laws: an error is a
// well-formed, bounded fielderr.List (internal/errtest); the data is nil
// only with an error; and what decoded without error survives re-encoding
// (decode(encode(d)) is Equal to d), a PATCH body included.

// addSeeds seeds a fuzz target with every OpenAPI example of Primer's
// schema (kept beside package session's tests), a few hand-written
// documents and the hostile shapes of the limits.
func addSeeds(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "session", "testdata", "openapi", "*.json"))
	if len(files) == 0 {
		f.Fatal("no OpenAPI examples found")
	}
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
	addHostileSeeds(f)
}

// addHostileSeeds adds issue 10's hostile shapes, scaled down so that the
// fuzzer can still mutate them quickly: nested empty arrays, objects of many
// unknown keys, long keys nested deep above duplicate keys, more than
// fielderr.MaxErrors problems, more than fielderr.MaxErrors problems then a syntax error or a
// value nested too deep, negative amounts with discounts, a bad e-mail.
func addHostileSeeds(f *testing.F) {
	const free, list, closeList, mail = "metadata", `"order":{"lineItems":`, "]}", `"customer":{"emailAddress":"a@@b"}`
	rep := func(n int, s string) string { return strings.TrimSuffix(strings.Repeat(s+",", n), ",") }
	nested := `{"` + strings.Repeat("k", 100) + `":`
	for _, s := range []string{
		`{"` + free + `":{"x":[` + rep(50, "["+rep(20, "[]")+"]") + `]}}`,
		`{` + list + `[` + rep(5, "{"+rep(40, `"u":0`)+"}") + closeList + `}`,
		`{"` + free + `":` + strings.Repeat(nested, 28) + `{` + rep(40, `"a":0,"b":0`) + `}` + strings.Repeat("}", 28) + `}`,
		`{` + list + `[` + rep(fielderr.MaxErrors+5, `{"u":1}`) + closeList + `}`,
		`{` + list + `[` + rep(fielderr.MaxErrors+5, `{"u":1}`) + `,{"x":[[[[1,}]]]]}` + closeList + `}`,
		`{` + list + `[` + rep(fielderr.MaxErrors+5, `{"u":1}`) + `,{"x":` + strings.Repeat("[", limits.MaxDepth) + strings.Repeat("]", limits.MaxDepth) + `}` + closeList + `}`,
		`{` + list + `[` + rep(50, `{"amount":-1,"discountAmount":1}`) + closeList + `}`,
		`{` + mail + `}`,
		`{"` + strings.Repeat("é", 200) + `":1}`,
	} {
		f.Add([]byte(s))
	}
}

// checkDecoded is the common law of the three targets: errors are well
// formed, data is nil only with an error, and data that decoded without
// error survives re-encoding.
func checkDecoded(t *testing.T, err error, d *Data, reencode func(*Data) (*Data, error)) {
	if msg := errtest.WellFormed(err); msg != "" {
		t.Fatal(msg)
	}
	if d == nil && err == nil {
		t.Fatal("no data and no error")
	}
	if err != nil {
		return
	}
	again, err := reencode(d)
	if err != nil {
		t.Fatalf("re-encoded data does not decode: %v", err)
	}
	if !Equal(again, d) {
		t.Fatalf("re-encoding changed the data:\n%s\n%s", AppendRequest(nil, d), AppendRequest(nil, again))
	}
}

func decodeRequest(b []byte) (*Data, error) {
	d, _, err := DecodeRequest(b)
	return d, err
}

func FuzzDecodeRequest(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := decodeRequest(data)
		checkDecoded(t, err, d, func(d *Data) (*Data, error) { return decodeRequest(AppendRequest(nil, d)) })
	})
}

func FuzzDecodeResponse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeResponse(data)
		if r.Data == nil && err == nil {
			t.Fatal("no data and no error")
		}
		if r.Data == nil {
			checkDecoded(t, err, nil, nil)
			return
		}
		checkDecoded(t, err, r.Data, func(d *Data) (*Data, error) {
			r2, err := DecodeResponse(AppendCreateResponse(nil, d, r.ClientToken, r.ClientTokenExpirationDate, r.Warnings))
			if err == nil && (r2.ClientToken != r.ClientToken || r2.ClientTokenExpirationDate != r.ClientTokenExpirationDate || !r2.Warnings.Equal(r.Warnings)) {
				t.Fatalf("token fields changed: %+v → %+v", r, r2)
			}
			return r2.Data, err
		})
		// The GET shape too, and the effective amount it writes.
		if err == nil {
			r3, err := DecodeResponse(AppendResponse(nil, r.Data))
			if err != nil || !Equal(r3.Data, r.Data) {
				t.Fatalf("GET shape: %v", err)
			}
		}
	})
}

func FuzzDecodePatch(f *testing.F) {
	addSeeds(f)
	base := &Data{OrderID: "o", Customer: Customer{FirstName: "Ada"}, Order: OrderData{LineItems: []LineItem{{Amount: Some[int64](1)}}}}
	f.Fuzz(func(t *testing.T, data []byte) {
		pd, err := DecodePatch(data)
		if msg := errtest.WellFormed(err); msg != "" {
			t.Fatal(msg)
		}
		if pd == nil && err == nil {
			t.Fatal("no patch and no error")
		}
		if err != nil {
			return
		}
		// The patch survives re-encoding, and the patched data too.
		if back, err := DecodePatch(AppendPatch(nil, pd)); err != nil || !PatchEqual(back, pd) {
			if utf8.Valid(data) {
				t.Fatalf("DecodePatch(AppendPatch) = %s, %v; want the patch %s", AppendPatch(nil, back), err, AppendPatch(nil, pd))
			}
		}
		d := Apply(base, pd)
		checkDecoded(t, nil, d, func(d *Data) (*Data, error) { return decodeRequest(AppendRequest(nil, d)) })
	})
}
