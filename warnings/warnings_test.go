package warnings

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
)

func mustNew(t testing.TB, p session.Params) session.Session {
	t.Helper()
	s, err := session.New(p)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// key is a warning without its message.
type key struct{ Type, Code, Path string }

func keys(ws []Warning) []key {
	var out []key
	for _, w := range ws {
		out = append(out, key{string(w.Type), string(w.Code), w.Path})
	}
	return out
}

// complete is a session that needs no warning for any method.
func complete() session.Params {
	return session.Params{
		OrderID:      "order-1",
		CurrencyCode: "GBP",
		Customer: session.Customer{
			EmailAddress:    "a@b.co",
			BillingAddress:  session.Address{CountryCode: "GB"},
			ShippingAddress: session.Address{CountryCode: "GB", PostalCode: "EC1A 1BB"},
		},
		Order: session.Order{CountryCode: "GB", LineItems: []session.LineItem{{Amount: session.Some[int64](500)}}},
	}
}

func TestCheck(t *testing.T) {
	all := Options{EnabledMethods: []string{"APPLE_PAY", "GOOGLE_PAY", "PAYPAL", "KLARNA", "PAYMENT_CARD"}, TaxCalculation: true}
	with := func(f func(p *session.Params)) session.Params {
		p := complete()
		f(&p)
		return p
	}
	tests := []struct {
		name string
		p    session.Params
		opts Options
		want []key
	}{
		{"complete session, everything enabled", complete(), all, nil},
		{"empty session, nothing enabled", session.Params{}, Options{}, []key{
			{"SESSION", "MISSING_DATA", "$.amount"}, {"SESSION", "MISSING_DATA", "$.currencyCode"}, {"SESSION", "MISSING_DATA", "$.orderId"}}},
		{"amount alone is enough", with(func(p *session.Params) { p.Order.LineItems = nil; p.Amount = session.Some[int64](100) }), Options{}, nil},
		{"apple pay lacks order country", with(func(p *session.Params) { p.Order.CountryCode = "" }), Options{EnabledMethods: []string{"APPLE_PAY"}},
			[]key{{"APPLE_PAY", "MISSING_DATA", "$.order.countryCode"}}},
		{"every method lacks everything", session.Params{Amount: session.Some[int64](1), OrderID: "o"}, Options{EnabledMethods: []string{"KLARNA", "PAYPAL", "GOOGLE_PAY", "APPLE_PAY", "APPLE_PAY", "IDEAL"}},
			[]key{
				{"APPLE_PAY", "MISSING_DATA", "$.currencyCode"}, {"APPLE_PAY", "MISSING_DATA", "$.order.countryCode"}, {"APPLE_PAY", "MISSING_DATA", "$.order.lineItems"},
				{"GOOGLE_PAY", "MISSING_DATA", "$.currencyCode"}, {"GOOGLE_PAY", "MISSING_DATA", "$.order.countryCode"}, {"GOOGLE_PAY", "MISSING_DATA", "$.order.lineItems"},
				{"KLARNA", "MISSING_DATA", "$.currencyCode"}, {"KLARNA", "MISSING_DATA", "$.customer.billingAddress.countryCode"}, {"KLARNA", "MISSING_DATA", "$.customer.emailAddress"},
				{"KLARNA", "MISSING_DATA", "$.order.countryCode"}, {"KLARNA", "MISSING_DATA", "$.order.lineItems"},
				{"PAYPAL", "MISSING_DATA", "$.currencyCode"}, {"PAYPAL", "MISSING_DATA", "$.order.countryCode"}, {"PAYPAL", "MISSING_DATA", "$.order.lineItems"},
				{"SESSION", "MISSING_DATA", "$.currencyCode"},
			}},
		{"klarna lacks email and billing country", with(func(p *session.Params) { p.Customer.EmailAddress = ""; p.Customer.BillingAddress = session.Address{} }), all,
			[]key{{"KLARNA", "MISSING_DATA", "$.customer.billingAddress.countryCode"}, {"KLARNA", "MISSING_DATA", "$.customer.emailAddress"}}},
		{"taxjar without shipping", with(func(p *session.Params) { p.Customer.ShippingAddress = session.Address{} }), Options{TaxCalculation: true},
			[]key{{"TAXJAR", "MISSING_DATA", "$.customer.shippingAddress.countryCode"}, {"TAXJAR", "MISSING_DATA", "$.customer.shippingAddress.postalCode"}}},
		{"taxjar off: no warning", with(func(p *session.Params) { p.Customer.ShippingAddress = session.Address{} }), Options{}, nil},
		{"override mismatch", with(func(p *session.Params) { p.Amount = session.Some[int64](1000) }), Options{},
			[]key{{"AMOUNT", "OVERRIDE_MISMATCH", "$.amount"}}},
		{"override equal to calculated", with(func(p *session.Params) { p.Amount = session.Some[int64](500) }), Options{}, nil},
		{"override with no line items: nothing to compare", session.Params{OrderID: "o", CurrencyCode: "EUR", Amount: session.Some[int64](7)}, Options{}, nil},
		{"surcharge ignored: amount set", with(func(p *session.Params) {
			p.Amount = session.Some[int64](500)
			p.PaymentMethod.Options = map[string]session.MethodOptions{"GOOGLE_PAY": {Surcharge: session.Some[int64](20)}}
		}), Options{}, []key{{"SURCHARGE", "IGNORED", "$.paymentMethod.options"}}},
		{"surcharge ignored: no line items", with(func(p *session.Params) {
			p.Order.LineItems = nil
			p.PaymentMethod.Options = map[string]session.MethodOptions{"PAYMENT_CARD": {Networks: map[string]session.NetworkOptions{"VISA": {Surcharge: session.Some[int64](10)}}}}
		}), Options{}, []key{{"SESSION", "MISSING_DATA", "$.amount"}, {"SURCHARGE", "IGNORED", "$.paymentMethod.options"}}},
		{"surcharge applies: no warning", with(func(p *session.Params) {
			p.PaymentMethod.Options = map[string]session.MethodOptions{"GOOGLE_PAY": {Surcharge: session.Some[int64](20)}}
		}), Options{}, nil},
		{"klarna surcharge unsupported", with(func(p *session.Params) {
			p.PaymentMethod.Options = map[string]session.MethodOptions{"KLARNA": {Surcharge: session.Some[int64](20)}}
		}), Options{}, []key{{"SURCHARGE", "UNSUPPORTED", "$.paymentMethod.options.KLARNA.surcharge.amount"}}},
		{"klarna options without surcharge", with(func(p *session.Params) {
			p.PaymentMethod.Options = map[string]session.MethodOptions{"KLARNA": {MerchantName: "x"}}
		}), Options{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check(mustNew(t, tt.p), tt.opts)
			if !slices.Equal(keys(got), tt.want) {
				t.Errorf("got  %v\nwant %v", keys(got), tt.want)
			}
			if len(tt.want) == 0 && got != nil {
				t.Errorf("want nil, got %#v", got)
			}
		})
	}
}

func TestMessages(t *testing.T) {
	p := complete()
	p.Order.CountryCode = ""
	p.Customer.ShippingAddress.PostalCode = ""
	p.Amount = session.Some[int64](1000)
	got := Check(mustNew(t, p), Options{EnabledMethods: []string{"APPLE_PAY"}, TaxCalculation: true})
	want := []Warning{
		{"AMOUNT", "OVERRIDE_MISMATCH", "The amount 1000 overrides the amount calculated from the order, 500; the customer is charged 1000.", "$.amount"},
		{"APPLE_PAY", "MISSING_DATA", "Apple Pay is missing '$.order.countryCode'", "$.order.countryCode"},
		{"TAXJAR", "MISSING_DATA", "Shipping details are required for calculating tax: 'customer.shippingAddress.postalCode' is missing.", "$.customer.shippingAddress.postalCode"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %#v\nwant %#v", got, want)
	}
}

func TestJSON(t *testing.T) {
	w := Warning{Type: "TAXJAR", Code: "MISSING_DATA", Message: `Shipping "details"`, Path: "$.customer.shippingAddress.postalCode"}
	b, err := json.Marshal([]Warning{w, {Type: "T", Code: "C", Message: "m"}})
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"type":"TAXJAR","code":"MISSING_DATA","message":"Shipping \"details\"","path":"$.customer.shippingAddress.postalCode"},{"type":"T","code":"C","message":"m"}]`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	if got := string(AppendJSONList(nil, nil)); got != "[]" {
		t.Errorf("empty list: %s", got)
	}
}

func TestProperties(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())

	properties.Property("deterministic, sorted by type, code, path; nil when empty", prop.ForAll(func(c wcase) string {
		s := mustNew(t, c.P)
		a, b := Check(s, c.Opts), Check(s, c.Opts)
		if !slices.Equal(a, b) {
			return "not deterministic"
		}
		if a != nil && len(a) == 0 {
			return "empty non-nil list"
		}
		if !slices.IsSortedFunc(a, compare) {
			return fmt.Sprintf("not sorted: %v", a)
		}
		for i := 1; i < len(a); i++ {
			if a[i] == a[i-1] {
				return "duplicate warning"
			}
		}
		rev := slices.Clone(c.Opts.EnabledMethods)
		slices.Reverse(rev)
		if !slices.Equal(a, Check(s, Options{EnabledMethods: rev, TaxCalculation: c.Opts.TaxCalculation})) {
			return "depends on the order of EnabledMethods"
		}
		return ""
	}, genCase()))

	properties.Property("supplying a missing field only removes warnings", prop.ForAll(func(c supply) string {
		before := Check(mustNew(t, c.Before.P), c.Before.Opts)
		after := Check(mustNew(t, c.After.P), c.After.Opts)
		for _, w := range after {
			if !slices.ContainsFunc(before, func(v Warning) bool { return v.Type == w.Type && v.Code == w.Code && v.Path == w.Path }) {
				return fmt.Sprintf("supplying %s added %+v", c.Field, w)
			}
		}
		if c.Field != "" && len(after) > len(before) {
			return "more warnings"
		}
		return ""
	}, genSupply()))

	properties.Property("every warning has a type, code, message and a path starting with $", prop.ForAll(func(c wcase) bool {
		for _, w := range Check(mustNew(t, c.P), c.Opts) {
			if w.Type == "" || w.Code == "" || w.Message == "" || len(w.Path) < 2 || w.Path[:2] != "$." {
				return false
			}
		}
		return true
	}, genCase()))

	properties.TestingRun(t)
}

func TestCheckCleanDoesNotAllocate(t *testing.T) {
	s := mustNew(t, complete())
	opts := Options{EnabledMethods: []string{"APPLE_PAY", "KLARNA"}, TaxCalculation: true}
	if n := testing.AllocsPerRun(100, func() { _ = Check(s, opts) }); n != 0 {
		t.Errorf("Check allocates %v times on a clean session", n)
	}
}

// session10 is a complete session with 10 line items and an override equal to
// the calculated amount (so Check prices it and finds nothing to warn about).
func session10(tb testing.TB) session.Session {
	p := complete()
	p.Order.LineItems = nil
	for range 10 {
		p.Order.LineItems = append(p.Order.LineItems, session.LineItem{Amount: session.Some[int64](500), Quantity: session.Some[int64](2), TaxAmount: session.Some[int64](10)})
	}
	p.Amount = session.Some[int64](10 * 1010)
	return mustNew(tb, p)
}

var allMethods = Options{EnabledMethods: []string{"APPLE_PAY", "GOOGLE_PAY", "PAYPAL", "KLARNA", "PAYMENT_CARD"}, TaxCalculation: true}

// BenchmarkCheck10 checks a clean 10-line-item session with every method
// enabled.
func BenchmarkCheck10(b *testing.B) {
	s := session10(b)
	if w := Check(s, allMethods); w != nil {
		b.Fatal(w)
	}
	b.ReportAllocs()
	for b.Loop() {
		if Check(s, allMethods) != nil {
			b.Fatal("warnings")
		}
	}
}

// BenchmarkBaselineCalculate10 is pricing.Calculate alone, which Check runs
// to compare the override with the calculated amount.
func BenchmarkBaselineCalculate10(b *testing.B) {
	s := session10(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pricing.Calculate(s); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckMany is an empty session with every method enabled: 18
// warnings built and sorted.
func BenchmarkCheckMany(b *testing.B) {
	s := mustNew(b, session.Params{})
	b.ReportAllocs()
	for b.Loop() {
		if len(Check(s, allMethods)) == 0 {
			b.Fatal("no warnings")
		}
	}
}
