package provider_test

import (
	"fmt"
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/internal/conctest"
	"github.com/paysession/paysession/provider"
)

// TestConcurrentUse: the built-in profiles and a user-defined one, used from
// many goroutines at once, give the answers computed alone (go test -race,
// run by CI, reports any write to shared state).
func TestConcurrentUse(t *testing.T) {
	custom, err := provider.New(provider.Params{Name: "custom", Base: provider.Stripe(), Rules: []provider.RuleParams{provider.ISORule(currency.MustParse("ISK"))}})
	if err != nil {
		t.Fatal(err)
	}
	profiles := append(provider.Builtin(), custom)
	type answer struct {
		w   string
		err string
		v   int64
	}
	compute := func(p provider.Profile, c currency.Code, minor int64) answer {
		var a answer
		w, err := p.WireString(minor, c, currency.HalfEven)
		a.w = w
		if err != nil {
			a.err = err.Error()
		}
		a.v, _ = p.ParseWire(w, c)
		return a
	}
	amounts := []int64{5, 501, 5124, 1050, 100000000}
	want := map[string]answer{}
	for _, p := range profiles {
		for _, c := range benchMix {
			for _, m := range amounts {
				want[fmt.Sprint(p.Name(), c, m)] = compute(p, c, m)
			}
		}
	}
	conctest.Run(t, 16, 40, func(g, i int) error {
		p := profiles[(g+i)%len(profiles)]
		c := benchMix[(g*7+i)%len(benchMix)]
		m := amounts[i%len(amounts)]
		if got := compute(p, c, m); got != want[fmt.Sprint(p.Name(), c, m)] {
			return fmt.Errorf("%s %s %d: %+v", p.Name(), c, m, got)
		}
		return nil
	})
}
