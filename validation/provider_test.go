package validation

import (
	"errors"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/provider"
	"github.com/paysession/paysession/session"
)

func TestForProvider(t *testing.T) {
	i64 := session.Some[int64]
	line := func(amount int64) session.Order {
		return session.Order{LineItems: []session.LineItem{{Amount: i64(amount)}}}
	}
	cases := []struct {
		name string
		p    provider.Profile
		s    session.Params
		path string
		code fielderr.Code
	}{
		{"Stripe takes 5 ISK", provider.Stripe(), session.Params{CurrencyCode: "ISK", Order: line(5)}, "", ""},
		{"Stripe KWD 5124", provider.Stripe(), session.Params{CurrencyCode: "KWD", Order: line(5124)}, "$.amount", "granularity"},
		{"Stripe KWD 5124 as override", provider.Stripe(), session.Params{CurrencyCode: "KWD", Amount: i64(5124)}, "$.amount", "granularity"},
		{"Stripe KWD 5120", provider.Stripe(), session.Params{CurrencyCode: "KWD", Order: line(5120)}, "", ""},
		{"PayPal KWD", provider.PayPal(), session.Params{CurrencyCode: "KWD", Order: line(5120)}, "$.currencyCode", CodeCurrency},
		{"PayPal HUF 10.50", provider.PayPal(), session.Params{CurrencyCode: "HUF", Order: line(1050)}, "$.amount", "precision"},
		{"Stripe 9 digits", provider.Stripe(), session.Params{CurrencyCode: "USD", Order: line(100000000)}, "$.amount", "digit_limit"},
		{"no currency", provider.Stripe(), session.Params{Order: line(5124)}, "", ""},
		{"bad currency is Primer's problem", provider.Stripe(), session.Params{CurrencyCode: "usd"}, "", ""},
		{"N.A. currency is Primer's problem", provider.Stripe(), session.Params{CurrencyCode: "XAU"}, "", ""},
		{"no amount", provider.Stripe(), session.Params{CurrencyCode: "KWD"}, "", ""},
		{"negative amount is Primer's problem", provider.Stripe(), session.Params{CurrencyCode: "USD", Order: line(-5)}, "", ""},
	}
	for _, c := range cases {
		s, err := session.New(c.s)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		err = ForProvider(s, c.p)
		if c.path == "" {
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		var l fielderr.List
		if !errors.As(err, &l) || len(l) != 1 || l[0].Path != c.path || l[0].Code != c.code || !errors.Is(err, c.code) {
			t.Errorf("%s: %v, want %s at %s", c.name, err, c.code, c.path)
		}
	}
}

// TestKomojuProfileAgrees: KOMOJU's amount limit and currencies are the
// provider package's KOMOJU profile.
func TestKomojuProfileAgrees(t *testing.T) {
	for _, c := range provider.Komoju().Codes() {
		if m, ok := provider.Komoju().Rule(c).MaxValue(); !ok || m != KomojuMaxAmount {
			t.Errorf("%s: profile maximum %d, validation %d", c, m, KomojuMaxAmount)
		}
		if !isKomojuCurrency(c.String()) {
			t.Errorf("%s refused", c)
		}
	}
	for _, s := range []string{"MXN", "usd", "", "HRK"} {
		if isKomojuCurrency(s) {
			t.Errorf("%q accepted", s)
		}
	}
}
