package warnings

import (
	"testing"

	"github.com/paysession/paysession/provider"
	"github.com/paysession/paysession/session"
)

func TestBelowProviderMinimum(t *testing.T) {
	i64 := session.Some[int64]
	mk := func(code string, lines []int64, override session.Opt[int64]) session.Session {
		p := session.Params{OrderID: "o", CurrencyCode: code, Amount: override}
		for _, a := range lines {
			p.Order.LineItems = append(p.Order.LineItems, session.LineItem{Amount: i64(a)})
		}
		s, err := session.New(p)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	none := session.Opt[int64]{}
	cases := []struct {
		name string
		s    session.Session
		p    provider.Profile
		want bool
	}{
		{"USD 0.49 at Stripe", mk("USD", []int64{49}, none), provider.Stripe(), true},
		{"USD 0.50 at Stripe", mk("USD", []int64{50}, none), provider.Stripe(), false},
		{"USD 0 at Stripe", mk("USD", []int64{0}, none), provider.Stripe(), true},
		{"GBP 0.29 override at Stripe", mk("GBP", []int64{1000}, i64(29)), provider.Stripe(), true},
		{"JPY 49 at Stripe", mk("JPY", []int64{49}, none), provider.Stripe(), true},
		{"HUF 174.99 at Stripe", mk("HUF", []int64{17499}, none), provider.Stripe(), true},
		{"USD 0.01 at Adyen (no minimum)", mk("USD", []int64{1}, none), provider.Adyen(), false},
		{"ISK at Stripe (no minimum published)", mk("ISK", []int64{1}, none), provider.Stripe(), false},
		{"no provider", mk("USD", []int64{1}, none), provider.Profile{}, false},
		{"no amount", mk("USD", nil, none), provider.Stripe(), false},
		{"no currency", mk("", []int64{1}, none), provider.Stripe(), false},
		{"bad currency", mk("usd", []int64{1}, none), provider.Stripe(), false},
	}
	for _, c := range cases {
		var got *Warning
		for _, w := range Check(c.s, Options{Provider: c.p}) {
			if w.Code == CodeBelowProviderMinimum {
				got = &w
			}
		}
		if (got != nil) != c.want {
			t.Errorf("%s: warning %v, want %v", c.name, got, c.want)
			continue
		}
		if got != nil && (got.Type != TypeAmount || got.Path != "$.amount" || got.Message == "") {
			t.Errorf("%s: %+v", c.name, *got)
		}
	}
	w := Check(mk("USD", []int64{49}, none), Options{Provider: provider.Stripe()})
	want := "The amount 49 is below Stripe's minimum charge for USD, 50 (0.50 USD), which Stripe checks in the settlement currency."
	if len(w) != 1 || w[0].Message != want {
		t.Errorf("%+v", w)
	}
}
