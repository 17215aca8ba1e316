package pricing_test

// Properties of pricing over the shared generators of session/sessiontest (an
// external test package, since sessiontest imports pricing): realistic
// sessions with surcharges configured per payment method and per card
// network, in currencies of every exponent.

import (
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/session/sessiontest"
)

// selections returns every selection the session's options configure, and a
// few they do not.
func selections(s session.Session) [][2]string {
	sel := [][2]string{{"", ""}, {"PAYMENT_CARD", ""}, {"PAYMENT_CARD", "ELO"}, {"KLARNA", ""}, {"IDEAL", ""}}
	for m, o := range s.PaymentMethod().Options {
		sel = append(sel, [2]string{m, ""})
		for n := range o.Networks {
			sel = append(sel, [2]string{m, n})
		}
	}
	return sel
}

func TestSessiontestProperties(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 500
	p := gopter.NewProperties(params)
	p.Property("every selection: quoting it equals selecting then quoting, and its surcharge is the configured one", prop.ForAll(
		func(s session.Session) bool {
			base, err := pricing.Calculate(s.UnselectPaymentMethod())
			if err != nil {
				return false
			}
			for _, sel := range selections(s) {
				q, err := pricing.CalculateSelection(s, sel[0], sel[1])
				r, err2 := pricing.Calculate(s.SelectPaymentMethod(sel[0], sel[1]))
				if err != nil || err2 != nil || !q.Equal(r) {
					return false
				}
				want, ok := s.SelectionSurcharge(sel[0], sel[1])
				if !ok {
					want = 0
				}
				calc, _ := q.Calculated()
				baseCalc, _ := base.Calculated()
				if q.Surcharge() != want || calc != baseCalc+want {
					return false
				}
			}
			return true
		}, sessiontest.Session()))
	p.Property("the amount is the override when there is one, else the calculated amount, which exists only with a line item", prop.ForAll(
		func(s session.Session) bool {
			q, err := pricing.Calculate(s)
			if err != nil {
				return false
			}
			amount, ok := q.Amount()
			calc, hasCalc := q.Calculated()
			if hasCalc != (s.NumLineItems() > 0) {
				return false
			}
			if o, set := s.AmountOverride(); set {
				return ok && amount == o
			}
			return ok == hasCalc && amount == calc
		}, sessiontest.Session(sessiontest.MaxLines(3))))
	p.TestingRun(t)
}
