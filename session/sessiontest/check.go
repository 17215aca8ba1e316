package sessiontest

import (
	"errors"
	"fmt"
	"math/rand"
	"strconv"
	"strings"

	"github.com/leanovate/gopter"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/validation"
)

// TB is the part of testing.TB the checks use, so that *testing.T,
// *testing.B and *testing.F can be passed, and so can a recorder in a test of
// the check itself.
type TB interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// Failure is the first disagreement a check found, after shrinking.
type Failure struct {
	// Check is the check that failed: "CheckAmount", "CheckSelection" or
	// "CheckAccept".
	Check string
	// Seed replays the failure: the same check with Seed(Seed) and the same
	// shape options draws the failing session (before shrinking) as its first
	// case.
	Seed int64
	// Case is the index of the failing case in the run (0 for the first).
	Case int
	// Session is the shrunk failing session, a create-request body.
	Session []byte
	// Original is the failing session as generated, before shrinking.
	Original []byte
	// Shrinks is the number of shrinking steps from Original to Session.
	Shrinks int
	// Method and Network are the payment-method selection of a
	// CheckSelection failure ("" otherwise).
	Method, Network string
	// Want is the reference's answer for Session, Got the caller's.
	Want, Got string
}

// Error describes the failure on a few lines: the check, the seed, the shrunk
// session and both answers.
func (f *Failure) Error() string {
	body := string(f.Session)
	if f.Method != "" {
		body += "\n  selecting: " + strings.TrimSpace(f.Method+" "+f.Network)
	}
	return fmt.Sprintf("sessiontest: %s: case %d disagrees with the reference (seed %d: Seed(%d) replays it as the first case; shrunk in %d steps)\n"+
		"  session:   %s\n  reference: %s\n  yours:     %s",
		f.Check, f.Case, f.Seed, f.Seed, f.Shrinks, body, f.Want, f.Got)
}

// verdict compares the caller's answer with the reference's for one case.
type verdict func(c any) (want, got string, agree bool)

// run draws cfg.cases cases from g, case i from seed cfg.seed+i, and returns
// the first on which v disagrees, shrunk, or nil.
func run(name string, cfg config, g gopter.Gen, v verdict) *Failure {
	for i := range cfg.cases {
		seed := cfg.seed + int64(i)
		res := g(&gopter.GenParameters{MaxSize: 100, MaxShrinkCount: maxShrinks, Rng: rand.New(rand.NewSource(seed))})
		c, _ := res.Retrieve()
		want, got, agree := v(c)
		if agree {
			continue
		}
		f := &Failure{Check: name, Seed: seed, Case: i, Original: caseJSON(c)}
	shrinking:
		for f.Shrinks < maxShrinks {
			next := res.Shrinker(c)
			for cand, ok := next(); ok; cand, ok = next() {
				if w, g, agree := v(cand); !agree {
					c, want, got = cand, w, g
					f.Shrinks++
					continue shrinking
				}
			}
			break
		}
		f.Session, f.Want, f.Got = caseJSON(c), want, got
		if sc, ok := c.(selCase); ok {
			f.Method, f.Network = sc.method, sc.network
		}
		return f
	}
	return nil
}

func caseJSON(c any) []byte {
	if sc, ok := c.(selCase); ok {
		return sc.JSON
	}
	return c.(InvalidCase).JSON
}

// maxShrinks bounds the shrinking steps of one failure.
const maxShrinks = 1000

// sessionCases generates valid sessions as InvalidCase values that are not
// broken, so that run and shrinkInvalid serve both checks.
// With cfg.refusals, one case in four is an invalid variant that
// ReferenceAmount refuses.
func sessionCases(cfg *config) gopter.Gen {
	return func(p *gopter.GenParameters) *gopter.GenResult {
		if cfg.refusals && chance(p.Rng, 1, 4) {
			for range 100 { // about one variant in three is refused
				c := randInvalid(p.Rng, cfg)
				if _, _, err := ReferenceAmount(c.JSON); err != nil {
					return gopter.NewGenResult(c, shrinkInvalid)
				}
			}
		}
		return gopter.NewGenResult(breakParams(randParams(p.Rng, cfg), -1, 0), shrinkInvalid)
	}
}

// acceptCases generates valid sessions and invalid variants, half each.
func acceptCases(cfg *config) gopter.Gen {
	return func(p *gopter.GenParameters) *gopter.GenResult {
		var c InvalidCase
		if chance(p.Rng, 1, 2) {
			c = breakParams(randParams(p.Rng, primerOnly(cfg)), -1, 0)
		} else {
			c = randInvalid(p.Rng, cfg)
		}
		return gopter.NewGenResult(c, shrinkInvalid)
	}
}

// call runs f, turning a panic into an error.
func call[T any](f func() T) (v T, panicked error) {
	defer func() {
		if r := recover(); r != nil {
			panicked = fmt.Errorf("panic: %v", r)
		}
	}()
	return f(), nil
}

// ReferenceAmount is paysession's answer to what CheckAmount asks of the
// caller's function: the effective amount of a create request (the override
// if set, else the calculated amount, which exists only with a line item),
// or the error that decoding or pricing it reports.
func ReferenceAmount(sessionJSON []byte) (amount int64, ok bool, err error) {
	s, err := session.DecodeRequest(sessionJSON)
	if err != nil {
		return 0, false, err
	}
	q, err := pricing.Calculate(s)
	if err != nil {
		return 0, false, err
	}
	amount, ok = q.Amount()
	return amount, ok, nil
}

func describeAmount(amount int64, ok bool, err error) string {
	switch {
	case err != nil:
		return "error: " + firstLine(err)
	case !ok:
		return "no amount"
	}
	return "amount " + strconv.FormatInt(amount, 10)
}

func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	var list fielderr.List
	if errors.As(err, &list) && len(list) > 1 {
		s += " (and " + strconv.Itoa(len(list)-1) + " more)"
	}
	return s
}

// CheckAmount checks the caller's amount function against paysession's on
// generated valid sessions (see Session): f receives a create request
// (POST /client-session) as JSON and returns the amount to charge in minor
// units — the top-level amount when the request has one, else Σ (amount ×
// quantity − discountAmount + taxAmount) over the line items + shipping + every
// fee — with ok false when there is none (no override and no line item), or
// an error. Every session is valid, so an error disagrees, and so does a
// panic; with Refusals(true) some are not, and on those f must return an
// error (any error).
//
// On the first disagreement CheckAmount shrinks the session to a small one
// that still disagrees, reports it with t.Errorf (with the seed that replays
// it) and returns it; it returns nil when every case agrees. Options set the
// number of cases, the seed and the shape of the sessions. An invalid option
// is reported with t.Fatalf.
func CheckAmount(t TB, f func(sessionJSON []byte) (amount int64, ok bool, err error), opts ...Option) *Failure {
	t.Helper()
	cfg := newConfig(opts)
	if cfg.err != nil {
		t.Fatalf("%v", cfg.err)
		return nil
	}
	fail := run("CheckAmount", cfg, sessionCases(&cfg), func(v any) (string, string, bool) {
		c := v.(InvalidCase)
		return compareAmounts(func() (int64, bool, error) { return ReferenceAmount(c.JSON) },
			func() (int64, bool, error) { return f(append([]byte(nil), c.JSON...)) })
	})
	if fail != nil {
		t.Errorf("%v", fail)
	}
	return fail
}

// compareAmounts runs the reference and the caller's function (a panic is an
// error) and compares their answers: both errors agree, whatever they say.
func compareAmounts(ref, f func() (int64, bool, error)) (want, got string, agree bool) {
	wa, wok, werr := ref()
	type answer struct {
		amount int64
		ok     bool
		err    error
	}
	a, perr := call(func() answer {
		amount, ok, err := f()
		return answer{amount, ok, err}
	})
	if perr != nil {
		a.err = perr
	}
	want, got = describeAmount(wa, wok, werr), describeAmount(a.amount, a.ok, a.err)
	if werr != nil || a.err != nil {
		return want, got, (werr != nil) == (a.err != nil)
	}
	return want, got, wok == a.ok && (!wok || wa == a.amount)
}

// ReferenceAccept is paysession's answer to what CheckAccept asks of the
// caller's function: nil when Primer accepts the create request, else every
// problem (a fielderr.List), from validation.PrimerJSON.
func ReferenceAccept(sessionJSON []byte) error {
	_, err := validation.PrimerJSON(sessionJSON)
	return err
}

func describeAccept(err error) string {
	if err == nil {
		return "accepted"
	}
	return "refused: " + firstLine(err)
}

// CheckAccept checks the caller's validator against paysession's on
// generated create requests, half of them valid sessions (see Session) and
// half invalid variants (see Invalid): f receives the request as JSON and
// returns nil to accept it or an error to refuse it. Only acceptance is
// compared, not the error itself; a panic counts as a refusal.
//
// On the first disagreement CheckAccept shrinks the request to a small one
// that still disagrees, reports it with t.Errorf (with the seed that replays
// it) and returns it; it returns nil when every case agrees. Options set the
// number of cases, the seed and the shape of the sessions. An invalid option
// is reported with t.Fatalf.
func CheckAccept(t TB, f func(sessionJSON []byte) error, opts ...Option) *Failure {
	t.Helper()
	cfg := newConfig(opts)
	if cfg.err != nil {
		t.Fatalf("%v", cfg.err)
		return nil
	}
	fail := run("CheckAccept", cfg, acceptCases(&cfg), func(v any) (string, string, bool) {
		c := v.(InvalidCase)
		werr := ReferenceAccept(c.JSON)
		gerr, perr := call(func() error { return f(append([]byte(nil), c.JSON...)) })
		if perr != nil {
			gerr = perr
		}
		return describeAccept(werr), describeAccept(gerr), (werr == nil) == (gerr == nil)
	})
	if fail != nil {
		t.Errorf("%v", fail)
	}
	return fail
}
