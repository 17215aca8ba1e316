package provider_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/provider"
)

func TestLookupAndNames(t *testing.T) {
	want := []string{"iso", "primer", "komoju", "stripe", "adyen", "checkout", "paypal"}
	if got := provider.Names(); !slices.Equal(got, want) {
		t.Fatalf("Names() = %v", got)
	}
	fns := []provider.Profile{iso, primer, komoju, stripe, adyen, checkout, paypal}
	for i, p := range provider.Builtin() {
		q, ok := provider.Lookup(want[i])
		if !ok || q != p || fns[i] != p || p.Name() != want[i] || !p.IsValid() {
			t.Errorf("profile %d: %v %v", i, p.Name(), ok)
		}
	}
	for _, bad := range []string{"", "Stripe", "STRIPE", "braintree"} {
		if _, ok := provider.Lookup(bad); ok {
			t.Errorf("Lookup(%q) found a profile", bad)
		}
	}
	titles := map[string]string{"checkout": "Checkout.com", "paypal": "PayPal", "komoju": "KOMOJU", "iso": "ISO 4217"}
	for n, title := range titles {
		if p, _ := provider.Lookup(n); p.Title() != title {
			t.Errorf("%s title %q", n, p.Title())
		}
	}
	var zero provider.Profile
	if zero.IsValid() || zero.Name() != "" || zero.Accepts(code("USD")) || len(zero.Codes()) != 0 || zero.AllowsNegative() {
		t.Error("the zero Profile accepts something")
	}
	if _, err := zero.Wire(1, code("USD"), currency.Exact); !errors.Is(err, provider.CodeNotAccepted) {
		t.Errorf("zero profile: %v", err)
	}
}

// TestAcceptedSets pins the accepted currencies against the lists in the
// providers' documents, written out here by hand.
func TestAcceptedSets(t *testing.T) {
	names := func(p provider.Profile) string {
		var s []string
		for _, c := range p.Codes() {
			s = append(s, c.String())
		}
		return strings.Join(s, " ")
	}
	if got := names(komoju); got != "AUD BRL CAD CHF CNY EUR GBP HKD IDR JPY KRW MYR NZD PHP PLN SGD THB TWD USD VND" {
		t.Errorf("KOMOJU: %s", got)
	}
	if got := names(paypal); got != "AUD BRL CAD CHF CNY CZK DKK EUR GBP HKD HUF ILS JPY MXN MYR NOK NZD PHP PLN RUB SEK SGD THB TWD USD" {
		t.Errorf("PayPal: %s", got)
	}
	// Primer: the Currency enum of the OpenAPI file (171 codes) less 7
	// withdrawn and 12 N.A. codes.
	if n := len(primer.Codes()); n != 152 {
		t.Errorf("Primer accepts %d currencies, want 152", n)
	}
	for _, c := range strings.Fields("MGA MRU SLE STN VED VES XCG ZWG CLF UYI UYW USN XAD XXX XAU") {
		if primer.Accepts(code(c)) {
			t.Errorf("Primer accepts %s", c)
		}
	}
	for _, c := range strings.Fields("USD GBP EUR JPY KWD ISK CLP BOV CHE CHW COU MXV SSP") {
		if !primer.Accepts(code(c)) {
			t.Errorf("Primer refuses %s", c)
		}
	}
	n := 0
	for _, c := range currency.Codes() {
		if _, ok := c.MinorUnits(); ok {
			n++
		}
	}
	for _, p := range []provider.Profile{iso, stripe, checkout} {
		if len(p.Codes()) != n {
			t.Errorf("%s accepts %d of %d currencies", p.Name(), len(p.Codes()), n)
		}
	}
	if len(adyen.Codes()) != 136 || adyen.Accepts(code("BIF")) || !adyen.Accepts(code("XCG")) {
		t.Errorf("Adyen accepts %d", len(adyen.Codes()))
	}
}

func TestRuleAccessors(t *testing.T) {
	r := stripe.Rule(code("ISK"))
	if !r.Accepted() || r.Code() != code("ISK") || r.Exponent() != 2 || r.Granularity() != 100 || r.Step() != 1 || r.Form() != provider.Integer {
		t.Errorf("Stripe ISK: %+v", r)
	}
	if m, ok := r.MaxValue(); !ok || m != 99999999 || r.MaxDigits() != 8 {
		t.Errorf("Stripe ISK max %d %v", m, ok)
	}
	if !strings.Contains(r.Source(), "ISK") || r.URL() == "" || r.Read() != "2026-12-01" || r.Note() == "" || r.Certainty() != provider.Read {
		t.Errorf("Stripe ISK documentation: %q %q %q %q %v", r.Source(), r.URL(), r.Read(), r.Note(), r.Certainty())
	}
	if m, ok := stripe.Rule(code("USD")).Minimum(); !ok || m != 50 {
		t.Errorf("Stripe USD minimum %d %v", m, ok)
	}
	if m, ok := stripe.Rule(code("HUF")).Minimum(); !ok || m != 17500 {
		t.Errorf("Stripe HUF minimum %d %v", m, ok)
	}
	if m, ok := stripe.Rule(code("JPY")).Minimum(); !ok || m != 50 {
		t.Errorf("Stripe JPY minimum %d %v", m, ok)
	}
	if _, ok := stripe.Rule(code("ISK")).Minimum(); ok {
		t.Error("Stripe publishes no ISK minimum")
	}
	if stripe.Rule(code("KWD")).Certainty() != provider.Unverified || stripe.Rule(code("UGX")).Certainty() != provider.Conflict ||
		stripe.Rule(code("MGA")).Certainty() != provider.Inferred {
		t.Error("Stripe's uncertain rules are not marked")
	}
	if s := stripe.Rule(code("KWD")).Step(); s != 10 {
		t.Errorf("Stripe KWD step %d", s)
	}
	if s := adyen.Rule(code("IDR")).Step(); s != 100 {
		t.Errorf("Adyen IDR step %d", s)
	}
	if _, ok := iso.Rule(code("USD")).MaxValue(); ok || iso.Rule(code("USD")).MaxDigits() != 0 {
		t.Error("ISO has a maximum")
	}
	no := paypal.Rule(code("KWD"))
	if no.Accepted() || no.Code() != code("KWD") || no.Exponent() != 0 || no.Form() != 0 {
		t.Errorf("PayPal KWD: %+v", no)
	}
	if _, ok := no.MaxValue(); ok {
		t.Error("refused rule has a maximum")
	}
	if paypal.Rule(code("USD")).Form() != provider.Decimal || paypal.Rule(code("HUF")).Exponent() != 0 {
		t.Error("PayPal form")
	}
	if !adyen.AllowsNegative() || stripe.AllowsNegative() {
		t.Error("negatives")
	}
	for f, s := range map[provider.Form]string{provider.Integer: "integer", provider.Decimal: "decimal", 0: "Form(0)"} {
		if f.String() != s {
			t.Errorf("Form %d: %q", f, f.String())
		}
	}
	for c, s := range map[provider.Certainty]string{provider.Stated: "stated", provider.Read: "read", provider.Inferred: "inferred",
		provider.Conflict: "conflict", provider.Unverified: "unverified", 9: "Certainty(9)"} {
		if c.String() != s {
			t.Errorf("Certainty %d: %q", c, c.String())
		}
	}
}

func TestFormatWire(t *testing.T) {
	for _, c := range []struct {
		p    provider.Profile
		wire int64
		code string
		want string
	}{
		{paypal, 1050, "USD", "10.50"}, {paypal, 11, "HUF", "11"}, {paypal, -5, "USD", "-0.05"}, {stripe, 500, "ISK", "500"}, {iso, 0, "USD", "0"},
	} {
		if got, err := c.p.FormatWire(c.wire, code(c.code)); err != nil || got != c.want {
			t.Errorf("FormatWire(%d %s) = %q, %v", c.wire, c.code, got, err)
		}
	}
	if _, err := paypal.FormatWire(1, code("KWD")); !errors.Is(err, provider.CodeNotAccepted) {
		t.Errorf("KWD at PayPal: %v", err)
	}
}

func TestNewCustomTable(t *testing.T) {
	usd, jpy := code("USD"), code("JPY")
	p, err := provider.New(provider.Params{Name: "acme", Rules: []provider.RuleParams{
		provider.ISORule(usd),
		{Code: jpy, Exponent: 2, Granularity: 100, MaxValue: 1000000, Minimum: 100, HasMinimum: true, Form: provider.Decimal, Source: "Acme docs", Read: "2026-12-01"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if p.Name() != "acme" || p.Title() != "acme" || p.AllowsNegative() || !p.Accepts(usd) || p.Accepts(code("EUR")) {
		t.Fatalf("profile %v", p.Name())
	}
	if s, err := p.WireString(5, jpy, currency.Exact); err != nil || s != "5.00" {
		t.Errorf("JPY 5: %q %v", s, err)
	}
	if _, err := p.Wire(10001, jpy, currency.Exact); !errors.Is(err, provider.CodeDigitLimit) {
		t.Errorf("JPY beyond max: %v", err)
	}
	if v, err := p.ParseWire("5.00", jpy); err != nil || v != 5 {
		t.Errorf("ParseWire: %d %v", v, err)
	}
	if _, err := p.ParseWire("5.01", jpy); !errors.Is(err, provider.CodeGranularity) {
		t.Errorf("ParseWire 5.01: %v", err)
	}
	r := p.Rule(jpy)
	if m, _ := r.Minimum(); m != 100 || r.Certainty() != provider.Stated || r.Source() != "Acme docs" {
		t.Errorf("rule %+v", r)
	}
	if _, err := p.Wire(-1, usd, currency.Exact); !errors.Is(err, provider.CodeNegative) {
		t.Errorf("negative: %v", err)
	}
}

func TestNewOverrides(t *testing.T) {
	usd := code("USD")
	card := stripe.Rule(usd).Params()
	card.MaxValue = 999999999999
	p, err := provider.New(provider.Params{Name: "stripe-cards", Title: "Stripe (cards)", Base: stripe, Rules: []provider.RuleParams{
		card, {Code: code("ISK"), Refused: true, Note: "not for us"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if w, err := p.Wire(100000000, usd, currency.Exact); err != nil || w != 100000000 {
		t.Errorf("12 digits: %d %v", w, err)
	}
	if _, err := stripe.Wire(100000000, usd, currency.Exact); err == nil {
		t.Error("the base changed")
	}
	if p.Accepts(code("ISK")) || p.Rule(code("ISK")).Note() != "not for us" {
		t.Error("ISK still accepted")
	}
	if w, err := p.Wire(5124, code("KWD"), currency.HalfEven); err != nil || w != 5120 {
		t.Errorf("inherited KWD: %d %v", w, err)
	}
	if m, ok := p.Rule(usd).Minimum(); !ok || m != 50 {
		t.Error("minimum lost")
	}
	if p.Title() != "Stripe (cards)" || p.AllowsNegative() {
		t.Error("title or negative")
	}
	neg, err := provider.New(provider.Params{Name: "stripe-neg", Base: stripe, Negative: provider.AllowNegative})
	if err != nil {
		t.Fatal(err)
	}
	if w, err := neg.Wire(-5, code("ISK"), currency.Exact); err != nil || w != -500 {
		t.Errorf("negative ISK: %d %v", w, err)
	}
	if w, err := neg.Wire(-99999999, usd, currency.Exact); err != nil || w != -99999999 {
		t.Errorf("negative limit: %d %v", w, err)
	}
	if _, err := neg.Wire(-100000000, usd, currency.Exact); !errors.Is(err, provider.CodeDigitLimit) {
		t.Errorf("below negative limit: %v", err)
	}
	if _, err := neg.Unwire(-100000000, usd); !errors.Is(err, provider.CodeDigitLimit) {
		t.Errorf("unwire below negative limit: %v", err)
	}
	ref, err := provider.New(provider.Params{Name: "adyen-pos", Base: adyen, Negative: provider.RefuseNegative})
	if err != nil || ref.AllowsNegative() {
		t.Fatal(err)
	}
	if inh, _ := provider.New(provider.Params{Name: "a", Base: adyen}); !inh.AllowsNegative() {
		t.Error("Negative not inherited")
	}
}

func TestNewErrors(t *testing.T) {
	_, err := provider.New(provider.Params{Name: "", Negative: 7, Rules: []provider.RuleParams{
		{},
		{Code: code("XAU")},
		{Code: code("USD"), Exponent: 19},
		{Code: code("EUR"), Exponent: 2, Granularity: -1},
		{Code: code("GBP"), Exponent: 2, MaxValue: -1},
		{Code: code("JPY"), Exponent: 0, HasMinimum: true, Minimum: -1},
		{Code: code("CHF"), Exponent: 2, Form: 3},
		{Code: code("KWD"), Exponent: 0, Granularity: 1 << 62},
		{Code: code("SEK"), Exponent: 2},
		{Code: code("SEK"), Exponent: 2},
	}})
	var pe *provider.ParamsError
	if !errors.Is(err, provider.ErrParams) || !errors.As(err, &pe) || len(pe.Problems) != 11 {
		t.Fatalf("%v", err)
	}
	for _, want := range []string{"name", "Negative 7", "zero Code", "XAU has no minor unit", "exponent 19", "granularity -1", "maximum -1", "minimum -1", "form 3", "too large", "SEK named twice"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("no %q in %v", want, err)
		}
	}
}
