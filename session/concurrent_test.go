package session

import (
	"bytes"
	"errors"
	"math/rand"
	"testing"

	"github.com/paysession/paysession/internal/conctest"
	"github.com/paysession/paysession/internal/propgen"
)

// TestConcurrentUse: a Session and a Patch are immutable values, "safe to
// share between goroutines". Many goroutines read, encode, patch and select
// on the same sessions at once; every result must equal the one computed
// alone beforehand. Under go test -race (CI runs it) any write to shared
// state is also reported as a data race.
func TestConcurrentUse(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	type work struct {
		s, patched, selected Session
		p                    Patch
		method, network      string
		req, resp            []byte
	}
	var ws []work
	for range 8 {
		w := work{s: mustNew(randParams(r)), p: randPatch(r), method: propgen.Pick(r, MethodPaymentCard, "PAYPAL", "KLARNA"), network: propgen.Pick(r, "VISA", "AMEX", "")}
		w.patched = w.s.Apply(w.p)
		w.selected = w.s.SelectPaymentMethod(w.method, w.network)
		w.req = w.s.AppendRequestJSON(nil)
		w.resp = w.s.AppendResponseJSON(nil)
		ws = append(ws, w)
	}
	conctest.Run(t, 16, 50, func(g, i int) error {
		w := ws[(g+i)%len(ws)]
		var errs []error
		if !w.s.Apply(w.p).Equal(w.patched) {
			errs = append(errs, errors.New("Apply differs"))
		}
		if !w.s.SelectPaymentMethod(w.method, w.network).Equal(w.selected) {
			errs = append(errs, errors.New("SelectPaymentMethod differs"))
		}
		if !bytes.Equal(w.s.AppendRequestJSON(nil), w.req) || !bytes.Equal(w.s.AppendResponseJSON(nil), w.resp) {
			errs = append(errs, errors.New("encoding differs"))
		}
		back, err := DecodeRequest(w.req)
		if err != nil || !back.Equal(w.s) {
			errs = append(errs, errors.New("decoding differs"))
		}
		p := w.s.Params() // a deep copy: scribbling on it changes nothing shared
		scribble(&p)
		for range w.s.NumLineItems() {
		}
		for range w.s.Metadata() {
		}
		w.s.PaymentMethod()
		return errors.Join(errs...)
	})
}
