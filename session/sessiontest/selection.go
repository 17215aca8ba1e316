package sessiontest

import (
	"maps"
	"math/rand"
	"slices"

	"github.com/leanovate/gopter"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
)

// selCase is a valid session with a payment-method selection to price.
type selCase struct {
	InvalidCase
	method, network string
}

// randSelection draws a selection for p: mostly one its options configure
// (a method, or for PAYMENT_CARD a network), sometimes one they do not.
func randSelection(r *rand.Rand, p session.Params) (method, network string) {
	opts := p.PaymentMethod.Options
	methods := slices.Sorted(maps.Keys(opts))
	if len(methods) == 0 || chance(r, 1, 5) {
		method = pick(r, []string{session.MethodPaymentCard, "GOOGLE_PAY", session.MethodKlarna, "IDEAL"})
	} else {
		method = pick(r, methods)
	}
	if method == session.MethodPaymentCard {
		networks := slices.Sorted(maps.Keys(opts[method].Networks))
		if len(networks) == 0 || chance(r, 1, 5) {
			network = pick(r, []string{"", "ELO", "VISA"})
		} else {
			network = pick(r, networks)
		}
	}
	return method, network
}

func selectionCases(cfg *config) gopter.Gen {
	return func(gp *gopter.GenParameters) *gopter.GenResult {
		p := randParams(gp.Rng, cfg)
		m, n := randSelection(gp.Rng, p)
		return gopter.NewGenResult(selCase{breakParams(p, -1, 0), m, n}, shrinkSelection)
	}
}

func shrinkSelection(v any) gopter.Shrink {
	c := v.(selCase)
	return shrinkInvalid(c.InvalidCase).Map(func(s InvalidCase) selCase {
		return selCase{s, c.method, c.network}
	})
}

// ReferenceSelection is paysession's answer to what CheckSelection asks of
// the caller's function: the amount of a create request after the payment
// method (and, for PAYMENT_CARD, the card network) is selected, from
// pricing.CalculateSelection, or the error that decoding or pricing reports.
func ReferenceSelection(sessionJSON []byte, method, network string) (amount int64, ok bool, err error) {
	s, err := session.DecodeRequest(sessionJSON)
	if err != nil {
		return 0, false, err
	}
	q, err := pricing.CalculateSelection(s, method, network)
	if err != nil {
		return 0, false, err
	}
	amount, ok = q.Amount()
	return amount, ok, nil
}

// CheckSelection checks the caller's surcharge logic against paysession's on
// generated valid sessions with their payment-method options (see Session):
// f receives a create request as JSON and a payment method (and, for
// PAYMENT_CARD, a card network, or "") and returns the amount to charge once
// that method is selected, as CheckAmount's function does for the session as
// it stands. The rule: every SURCHARGE fee is removed, then one SURCHARGE fee
// with the configured surcharge
// (paymentMethod.options.<METHOD>.surcharge.amount, for PAYMENT_CARD
// ….networks.<NETWORK>.surcharge.amount) is added if and only if the order
// has a line item, there is no top-level amount, the method is not KLARNA
// and the configured amount is greater than zero. Selections are mostly ones
// the session configures, sometimes ones it does not.
//
// It reports and returns the first disagreement, shrunk, like CheckAmount;
// the Failure carries the selection. PaymentOptions(false) leaves only
// unconfigured selections.
func CheckSelection(t TB, f func(sessionJSON []byte, method, network string) (amount int64, ok bool, err error), opts ...Option) *Failure {
	t.Helper()
	cfg := newConfig(opts)
	if cfg.err != nil {
		t.Fatalf("%v", cfg.err)
		return nil
	}
	fail := run("CheckSelection", cfg, selectionCases(&cfg), func(v any) (string, string, bool) {
		c := v.(selCase)
		return compareAmounts(func() (int64, bool, error) { return ReferenceSelection(c.JSON, c.method, c.network) },
			func() (int64, bool, error) { return f(append([]byte(nil), c.JSON...), c.method, c.network) })
	})
	if fail != nil {
		t.Errorf("%v", fail)
	}
	return fail
}
