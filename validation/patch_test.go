package validation

import (
	"slices"
	"strings"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
)

// The library twins of the command line's patch and quote vectors: what
// Primer answers with 422 is refused, with every problem at its path.
func TestPatchJSON(t *testing.T) {
	tests := []struct {
		name, in string
		want     []problem
	}{
		{"valid", `{"order":{"shipping":{"amount":70}},"amount":null,"clientToken":"t"}`, nil},
		{"negative amount", `{"amount":-1}`, []problem{{"$.amount", CodeNegative}}},
		{"quantity 0", `{"order":{"lineItems":[{"amount":500,"quantity":0}]}}`, []problem{{"$.order.lineItems[0].quantity", pricing.CodeQuantity}}},
		{"bad e-mail", `{"customer":{"emailAddress":"not-an-address"}}`, []problem{{"$.customer.emailAddress", CodeEmail}}},
		{"country UK", `{"order":{"countryCode":"UK"}}`, []problem{{"$.order.countryCode", CodeCountry}}},
		{"256-character orderId", `{"orderId":"` + strings.Repeat("o", 256) + `"}`, []problem{{"$.orderId", CodeLength}}},
		{"metadata 1.5", `{"metadata":{"n":1.5}}`, []problem{{"$.metadata.n", CodeMetadataValue}}},
		{"discount 900 on 500", `{"order":{"lineItems":[{"amount":500,"discountAmount":900}]}}`,
			[]problem{{"$.order.lineItems[0].discountAmount", pricing.CodeDiscountExceedsSubtotal}}},
		{"decoding and rules", `{"amount":7.5,"currencyCode":"gbp","order":{"lineItems":[{"amount":1,"qty":2}]}}`,
			[]problem{{"$.amount", fielderr.CodeType}, {"$.currencyCode", CodeCurrency}, {"$.order.lineItems[0].qty", fielderr.CodeUnknownField}}},
		{"options", `{"paymentMethod":{"options":{}}}`, []problem{{"$.paymentMethod.options", fielderr.CodeNotPatchable}}},
		{"syntax", `{`, []problem{{"$", fielderr.CodeSyntax}}},
	}
	for _, tt := range tests {
		p, err := PatchJSON([]byte(tt.in))
		if got := problems(err); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v\nwant %v\n%v", tt.name, got, tt.want, err)
		}
		if err != nil && !p.Equal(session.Patch{}) {
			t.Errorf("%s: a patch with an error", tt.name)
		}
	}
}

func TestApplyPatchJSON(t *testing.T) {
	base, err := session.New(session.Params{OrderID: "o-1", CurrencyCode: "GBP", Order: session.Order{
		LineItems: []session.LineItem{{ItemID: "a", Amount: session.Some[int64](500)}},
		Shipping:  session.Shipping{Amount: session.Some[int64](50)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	s, err := ApplyPatchJSON(base, []byte(`{"order":{"shipping":{"amount":70}}}`))
	if err != nil {
		t.Fatal(err)
	}
	if q, err := pricing.Calculate(s); err != nil || func() int64 { a, _ := q.Amount(); return a }() != 570 {
		t.Errorf("patched amount: %v", err)
	}
	// The body's problem is listed once, with the patched session's own.
	huge, _ := session.New(session.Params{CurrencyCode: "GBP", Order: session.Order{
		LineItems: []session.LineItem{{Amount: session.Some[int64](1<<63 - 10)}},
	}})
	tests := []struct {
		name string
		s    session.Session
		in   string
		want []problem
	}{
		{"body", base, `{"amount":-1}`, []problem{{"$.amount", CodeNegative}}},
		{"patched session only", huge, `{"order":{"shipping":{"amount":100}}}`, []problem{{"$.order", fielderr.CodeOverflow}}},
		{"both", huge, `{"order":{"shipping":{"amount":100}},"customer":{"emailAddress":"x"}}`,
			[]problem{{"$.customer.emailAddress", CodeEmail}, {"$.order", fielderr.CodeOverflow}}},
		{"syntax", base, `[`, []problem{{"$", fielderr.CodeSyntax}}},
	}
	for _, tt := range tests {
		got, err := ApplyPatchJSON(tt.s, []byte(tt.in))
		if p := problems(err); !slices.Equal(p, tt.want) {
			t.Errorf("%s: got %v\nwant %v\n%v", tt.name, p, tt.want, err)
		}
		if !got.Equal(session.Session{}) {
			t.Errorf("%s: a session with an error", tt.name)
		}
	}
}

func TestPrimerResponseJSON(t *testing.T) {
	r, err := PrimerResponseJSON([]byte(`{"clientToken":"t","amount":650,"currencyCode":"GBP","order":{"lineItems":[{"amount":600}],"shipping":{"amount":50}}}`))
	if err != nil || r.ClientToken != "t" {
		t.Fatalf("%v %+v", err, r)
	}
	if _, ok := r.Session.AmountOverride(); ok {
		t.Error("650 equals the calculated amount: no override")
	}
	for in, want := range map[string][]problem{
		`{"currencyCode":"gbp","amount":9223372036854775807,"order":{"lineItems":[{"amount":9223372036854775807},{"amount":1},{"amount":-1}]}}`: {
			{"$.currencyCode", CodeCurrency}, {"$.order.lineItems[2].amount", CodeNegative}},
		`{"amount":"x"}`: {{"$.amount", fielderr.CodeType}},
		`nope`:           {{"$", fielderr.CodeSyntax}},
	} {
		r, err := PrimerResponseJSON([]byte(in))
		if got := problems(err); !slices.Equal(got, want) {
			t.Errorf("%s: got %v\nwant %v", in, got, want)
		}
		if !r.Session.Equal(session.Session{}) || r.ClientToken != "" {
			t.Errorf("%s: a response with an error", in)
		}
	}
}
