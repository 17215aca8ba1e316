package pricing

import (
	"errors"
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/internal/conctest"
	"github.com/paysession/paysession/session"
)

// TestConcurrentUse: sessions, quotes and a Pricer are values safe to share
// between goroutines. Many goroutines quote the same sessions at once; every
// quote must equal the one computed alone beforehand, and go test -race (run
// by CI) reports any write to shared state.
func TestConcurrentUse(t *testing.T) {
	pricer, err := NewPricer(
		Rule{Method: session.MethodPaymentCard, Network: "VISA", Surcharge: Surcharge{RateBPS: 290, Rounding: currency.HalfUp}},
		Rule{Method: "PAYPAL", Surcharge: Surcharge{Fixed: 30, RateBPS: 110, TaxBPS: 2000, Rounding: currency.HalfUp}},
	)
	if err != nil {
		t.Fatal(err)
	}
	specs := []orderSpec{
		{Currency: "GBP", Lines: []lineSpec{{Amount: 500, HasAmt: true}}, Shipping: 50, HasShipping: true},
		{Currency: "JPY", Lines: []lineSpec{{Amount: 1000, Qty: 3, HasAmt: true, HasQty: true}, {Amount: 7, Disc: 2, HasAmt: true, HasDisc: true}}},
		{Currency: "USD", Lines: []lineSpec{{Amount: 999, Tax: 80, HasAmt: true, HasTx: true}}, Override: 5, HasOverride: true},
		{Currency: "EUR", Fees: []feeSpec{{Amount: 100}, {Surcharge: true, Amount: 20}}},
	}
	type want struct {
		s                 session.Session
		plain, card, pp   Quote
		errP, errC, errPP error
	}
	var ws []want
	for _, sp := range specs {
		w := want{s: sp.mustSession()}
		w.plain, w.errP = Calculate(w.s)
		w.card, w.errC = pricer.CalculateSelection(w.s, session.MethodPaymentCard, "VISA")
		w.pp, w.errPP = pricer.CalculateSelection(w.s, "PAYPAL", "")
		ws = append(ws, w)
	}
	conctest.Run(t, 16, 100, func(g, i int) error {
		w := ws[(g+i)%len(ws)]
		var errs []error
		q, err := Calculate(w.s)
		if !q.Equal(w.plain) || (err == nil) != (w.errP == nil) {
			errs = append(errs, errors.New("Calculate differs"))
		}
		q, err = pricer.CalculateSelection(w.s, session.MethodPaymentCard, "VISA")
		if !q.Equal(w.card) || (err == nil) != (w.errC == nil) {
			errs = append(errs, errors.New("card selection differs"))
		}
		q, err = pricer.CalculateSelection(w.s, "PAYPAL", "")
		if !q.Equal(w.pp) || (err == nil) != (w.errPP == nil) {
			errs = append(errs, errors.New("PayPal selection differs"))
		}
		for range q.Lines() {
		}
		return errors.Join(errs...)
	})
}
