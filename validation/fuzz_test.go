package validation

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/session"
)

// checkList fails unless err is nil or a non-empty fielderr.List whose
// every problem has a path starting with "$", a code and a message, in
// sorted order.
func checkList(t *testing.T, err error) {
	if err == nil {
		return
	}
	var l fielderr.List
	if !errors.As(err, &l) || len(l) == 0 {
		t.Fatalf("error is not a non-empty ErrorList: %#v", err)
	}
	if len(l) > fielderr.MaxErrors+1 {
		t.Fatalf("%d problems", len(l))
	}
	for i, e := range l {
		if len(e.Message) > session.MaxMessageBytes || !utf8.ValidString(e.Message) || !utf8.ValidString(e.Path) {
			t.Fatalf("message or path out of bounds: %+v", e)
		}
		if (e.Code == fielderr.CodeTooManyErrors) != (i == fielderr.MaxErrors) {
			t.Fatalf("too_many_errors at %d of %d", i, len(l))
		}
		if e.Code == fielderr.CodeTooManyErrors {
			continue
		}
		if !strings.HasPrefix(e.Path, "$") || e.Code == "" || e.Message == "" {
			t.Fatalf("bad problem %+v", e)
		}
		if i > 0 && comparePaths(l[i-1].Path, e.Path) > 0 {
			t.Fatalf("not sorted: %s before %s", l[i-1].Path, e.Path)
		}
	}
}

func FuzzPrimerJSON(f *testing.F) {
	if b, err := os.ReadFile("testdata/openapi-create-request.json"); err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		`{}`, `[`, `{"amount":-1}`, `{"amount":7.5}`, `{"metadata":{"":1.5,"a":null}}`,
		`{"order":{"lineItems":[{"amount":9223372036854775807,"quantity":2},{"quantity":0},1]}}`,
		`{"paymentMethod":{"orderedAllowedCardNetworks":["VISA","VISA",""],"options":{"APPLE_PAY":{"recurringPaymentRequest":{"regularBilling":{}}}}}}`,
		`{"customer":{"emailAddress":"a@b","billingAddress":{"countryCode":"UK"}},"currencyCode":"XAU"}`,
	} {
		f.Add([]byte(s))
	}
	addHostileSeeds(f, false)
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := PrimerJSON(data)
		checkList(t, err)
		_ = Envelope422(err, "")
	})
}

func FuzzKomojuJSON(f *testing.F) {
	for _, s := range []string{
		`{}`, `{"amount":1000,"currency":"JPY"}`, `{"mode":"customer","customer_id":"c","currency":"USD"}`,
		`{"amount":2147483648,"currency":"SEK","expires_in_seconds":86401,"metadata":{"k":1}}`,
		`{"line_items":[{"amount":-1,"quantity":0,"image":"x"}],"return_url":"/r"}`, `nul`,
	} {
		f.Add([]byte(s))
	}
	addHostileSeeds(f, true)
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := KomojuJSON(data)
		checkList(t, err)
	})
}

// addHostileSeeds adds issue 10's hostile shapes, scaled down: nested empty
// arrays, many unknown keys, long keys nested deep above duplicate keys,
// more than MaxErrors rule problems, negative amounts with discounts, a bad
// e-mail address.
func addHostileSeeds(f *testing.F, komoju bool) {
	free, list, closeList, mail := "metadata", `"currencyCode":"GBP","order":{"lineItems":`, "]}", `"customer":{"emailAddress":"a@@b"}`
	if komoju {
		free, list, closeList, mail = "payment_data", `"amount":1,"currency":"JPY","line_items":`, "]", `"email":"a@@b"`
	}
	rep := func(n int, s string) string { return strings.TrimSuffix(strings.Repeat(s+",", n), ",") }
	nested := `{"` + strings.Repeat("k", 100) + `":`
	for _, s := range []string{
		`{"` + free + `":{"x":[` + rep(50, "["+rep(20, "[]")+"]") + `]}}`,
		`{` + list + `[` + rep(5, "{"+rep(40, `"u":0`)+"}") + closeList + `}`,
		`{"` + free + `":` + strings.Repeat(nested, 28) + `{` + rep(40, `"a":0,"b":0`) + `}` + strings.Repeat("}", 28) + `}`,
		`{` + list + `[` + rep(fielderr.MaxErrors/3+5, `{"amount":-1,"taxAmount":-1,"discountAmount":-1,"quantity":0}`) + closeList + `}`,
		`{` + list + `[` + rep(50, `{"amount":-1,"discountAmount":1}`) + closeList + `}`,
		`{` + mail + `}`,
	} {
		f.Add([]byte(s))
	}
}

// FuzzApplyPatchJSON: validating a PATCH body, alone and applied to a
// session, never panics, lists its problems within the bounds, and returns
// the zero value with an error; a patch PatchJSON accepts keeps a valid
// session valid unless the patched session breaks a rule, which
// ApplyPatchJSON then reports.
func FuzzApplyPatchJSON(f *testing.F) {
	for _, s := range []string{
		`{}`, `[`, `{"amount":-1}`, `{"amount":null,"orderId":"o"}`, `{"order":{"lineItems":[{"amount":500,"quantity":0}]}}`,
		`{"customer":{"emailAddress":"x"},"order":{"countryCode":"UK"},"metadata":{"n":1.5}}`,
		`{"order":{"shipping":{"amount":9223372036854775807}}}`, `{"paymentMethod":{"options":{}}}`,
		`{"clientToken":"t","currencyCode":"gbp"}`,
	} {
		f.Add([]byte(s))
	}
	base, err := session.New(session.Params{OrderID: "o-1", CurrencyCode: "GBP", Order: session.Order{
		LineItems: []session.LineItem{{ItemID: "a", Amount: session.Some[int64](500)}},
	}})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := PatchJSON(data)
		checkList(t, err)
		if err != nil && !p.Equal(session.Patch{}) {
			t.Fatal("PatchJSON: a patch with an error")
		}
		s, err2 := ApplyPatchJSON(base, data)
		checkList(t, err2)
		if err2 != nil && !s.Equal(session.Session{}) {
			t.Fatal("ApplyPatchJSON: a session with an error")
		}
		if err != nil && err2 == nil {
			t.Fatalf("PatchJSON refuses what ApplyPatchJSON accepts: %v", err)
		}
		if err2 == nil {
			if verr := Primer(s); verr != nil {
				t.Fatalf("ApplyPatchJSON gave an invalid session: %v", verr)
			}
		}
	})
}
