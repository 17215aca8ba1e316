package warnings_test

// Properties of the amount and surcharge warnings over the realistic valid
// sessions of session/sessiontest: overrides that match the order or not,
// surcharges configured per method and per network, with and without line
// items.

import (
	"slices"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/session/sessiontest"
	"github.com/paysession/paysession/warnings"
)

func has(ws []warnings.Warning, typ warnings.Type, code warnings.Code) bool {
	return slices.ContainsFunc(ws, func(w warnings.Warning) bool { return w.Type == typ && w.Code == code })
}

func TestSessiontestProperties(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 500
	p := gopter.NewProperties(params)
	// Overrides equal to the calculated amount are rare in random sessions;
	// half of the sessions with an override get one.
	matching := sessiontest.Session().Map(func(s session.Session, gp *gopter.GenParameters) session.Session {
		if _, ok := s.AmountOverride(); !ok || gp.NextBool() {
			return s
		}
		q, _ := pricing.Calculate(s)
		calc, ok := q.Calculated()
		if !ok {
			return s
		}
		b, _ := new(session.PatchBuilder).SetAmount(calc).Build()
		return s.Apply(b)
	})
	p.Property("OVERRIDE_MISMATCH exactly when an override differs from the calculated amount", prop.ForAll(
		func(s session.Session) bool {
			q, _ := pricing.Calculate(s)
			calc, hasCalc := q.Calculated()
			o, set := s.AmountOverride()
			want := set && hasCalc && o != calc
			return has(warnings.Check(s, warnings.Options{}), warnings.TypeAmount, warnings.CodeOverrideMismatch) == want
		}, matching))
	p.Property("SURCHARGE IGNORED exactly when surcharges are configured and an override is set or there is no line item", prop.ForAll(
		func(s session.Session) bool {
			_, set := s.AmountOverride()
			want := s.HasSurcharges() && (set || s.NumLineItems() == 0)
			return has(warnings.Check(s, warnings.Options{}), warnings.TypeSurcharge, warnings.CodeIgnored) == want
		}, sessiontest.Session(sessiontest.MaxLines(2))))
	p.TestingRun(t)
}
