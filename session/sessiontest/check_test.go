package sessiontest_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/paysession/paysession/currency"

	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/session/sessiontest"
)

// recorder is a sessiontest.TB that keeps what it is told.
type recorder struct {
	errors, fatals []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.fatals = append(r.fatals, fmt.Sprintf(format, args...))
}

func lines(t *testing.T, data []byte) int {
	t.Helper()
	s, err := session.DecodeRequest(data)
	if err != nil {
		t.Fatalf("counterexample does not decode: %v\n%s", err, data)
	}
	return s.NumLineItems()
}

func TestCheckAmountCatchesForgottenDiscount(t *testing.T) {
	for seed := int64(1); seed <= 20; seed++ {
		var r recorder
		f := sessiontest.CheckAmount(&r, forgottenDiscount, sessiontest.Seed(seed*1000))
		if f == nil || len(r.errors) != 1 {
			t.Fatalf("seed %d: the forgotten discount was not caught (%d errors)", seed, len(r.errors))
		}
		if n := lines(t, f.Session); n != 1 {
			t.Errorf("seed %d: counterexample has %d line items, want 1:\n%s", seed, n, f.Session)
		}
		if !strings.Contains(string(f.Session), `"discountAmount":`) {
			t.Errorf("seed %d: counterexample has no discount: %s", seed, f.Session)
		}
		if seed == 1 {
			t.Log(r.errors[0])
		}
	}
}

func TestCheckAmountCatchesFloat(t *testing.T) {
	var r recorder
	f := sessiontest.CheckAmount(&r, floatAmount, sessiontest.Seed(7))
	if f == nil {
		t.Fatal("the float implementation was not caught")
	}
	t.Log(r.errors[0])
}

func TestCheckAmountCatchesFloat32(t *testing.T) {
	var r recorder
	f := sessiontest.CheckAmount(&r, float32Amount, sessiontest.Seed(11), sessiontest.Cases(5000))
	if f == nil {
		t.Fatal("the float32 implementation was not caught")
	}
	t.Log(r.errors[0])
}

// The forgotten discount shrinks to one line item whatever the shape.
func TestForgottenDiscountShrinksToOneLine(t *testing.T) {
	for seed := int64(0); seed < 10; seed++ {
		var r recorder
		f := sessiontest.CheckAmount(&r, forgottenDiscount, sessiontest.Seed(seed), sessiontest.MaxLines(30), sessiontest.Overrides(false),
			sessiontest.Currencies(currency.MustParse("KWD"), currency.MustParse("JPY"), currency.MustParse("ISK")))
		if f == nil {
			t.Fatalf("seed %d: not caught", seed)
		}
		if n := lines(t, f.Session); n != 1 {
			t.Errorf("seed %d: %d line items:\n%s", seed, n, f.Session)
		}
	}
}

func TestCheckAmountPassesCorrect(t *testing.T) {
	var r recorder
	if f := sessiontest.CheckAmount(&r, correctAmount, sessiontest.Cases(2000)); f != nil {
		t.Fatalf("a correct implementation failed: %v", f)
	}
	if len(r.errors)+len(r.fatals) != 0 {
		t.Fatalf("messages for a correct implementation: %v %v", r.errors, r.fatals)
	}
}

func TestCheckAccept(t *testing.T) {
	var r recorder
	if f := sessiontest.CheckAccept(&r, sessiontest.ReferenceAccept, sessiontest.Seed(3)); f != nil {
		t.Fatalf("the reference disagrees with itself: %v", f)
	}
	// A validator that only checks the currency misses the rest.
	lax := func(data []byte) error {
		var o order
		if err := json.Unmarshal(data, &o); err != nil {
			return err
		}
		if _, err := currency.Parse(o.CurrencyCode); err != nil {
			return err
		}
		return nil
	}
	f := sessiontest.CheckAccept(&r, lax, sessiontest.Seed(3))
	if f == nil || len(r.errors) != 1 || f.Check != "CheckAccept" {
		t.Fatalf("a lax validator was not caught: %v", r.errors)
	}
	if !strings.HasPrefix(f.Want, "refused: ") || f.Got != "accepted" {
		t.Errorf("want/got = %q/%q", f.Want, f.Got)
	}
	var o order
	if err := json.Unmarshal(f.Session, &o); err != nil || len(o.Order.LineItems) > 1 {
		t.Errorf("counterexample is not small (%v):\n%s", err, f.Session)
	}
	t.Log(r.errors[0])
	// A validator that refuses everything, and one that panics.
	r = recorder{}
	if f := sessiontest.CheckAccept(&r, func([]byte) error { return errors.New("no") }, sessiontest.Seed(3)); f == nil || f.Want != "accepted" {
		t.Errorf("refusing everything passed: %v", f)
	}
	if f := sessiontest.CheckAccept(&r, func([]byte) error { panic("boom") }, sessiontest.Seed(3)); f == nil || f.Got != "refused: panic: boom" {
		t.Errorf("a panic: %v", f)
	}
}

func TestCheckAmountReportsErrorsAndPanics(t *testing.T) {
	var r recorder
	f := sessiontest.CheckAmount(&r, func([]byte) (int64, bool, error) { return 0, false, errors.New("nope") }, sessiontest.Seed(1))
	if f == nil || f.Got != "error: nope" {
		t.Fatalf("an error was not reported: %v", f)
	}
	if f.Session == nil || f.Original == nil || !strings.Contains(f.Error(), "Seed(") {
		t.Errorf("failure incomplete: %+v", f)
	}
	f = sessiontest.CheckAmount(&r, func([]byte) (int64, bool, error) { panic("boom") }, sessiontest.Seed(1))
	if f == nil || f.Got != "error: panic: boom" {
		t.Fatalf("a panic was not reported: %v", f)
	}
	// Always "no amount" disagrees on the first session with a line item; the
	// shrunk one has one line item and nothing else needed.
	f = sessiontest.CheckAmount(&r, func([]byte) (int64, bool, error) { return 0, false, nil }, sessiontest.Seed(1))
	if f == nil || f.Got != "no amount" || lines(t, f.Session) > 1 {
		t.Fatalf("always no amount: %v", f)
	}
}

// The seed a failure reports replays it as the first case.
func TestSeedReplays(t *testing.T) {
	var r recorder
	f := sessiontest.CheckAmount(&r, forgottenDiscount, sessiontest.Seed(100), sessiontest.MaxLines(3))
	if f == nil {
		t.Fatal("not caught")
	}
	g := sessiontest.CheckAmount(&r, forgottenDiscount, sessiontest.Seed(f.Seed), sessiontest.MaxLines(3), sessiontest.Cases(1))
	if g == nil || g.Case != 0 || string(g.Original) != string(f.Original) || string(g.Session) != string(f.Session) {
		t.Fatalf("seed %d did not replay case %d: %v", f.Seed, f.Case, g)
	}
}

// The shape options are followed.
func TestShape(t *testing.T) {
	var r recorder
	kwd := currency.MustParse("KWD")
	sessiontest.CheckAmount(&r, func(data []byte) (int64, bool, error) {
		s, err := session.DecodeRequest(data)
		if err != nil {
			return 0, false, err
		}
		_, over := s.AmountOverride()
		if s.CurrencyCode() != "KWD" || s.NumLineItems() > 2 || over || s.PaymentMethod().Options != nil {
			return 0, false, errors.New("shape not followed")
		}
		return sessiontest.ReferenceAmount(data)
	}, sessiontest.Currencies(kwd), sessiontest.MaxLines(2), sessiontest.Overrides(false), sessiontest.PaymentOptions(false), sessiontest.Cases(300))
	if len(r.errors) != 0 {
		t.Fatal(r.errors[0])
	}
	sessiontest.CheckAmount(&r, func(data []byte) (int64, bool, error) {
		s, _ := session.DecodeRequest(data)
		if s.NumLineItems() != 0 {
			return 0, false, errors.New("a line item")
		}
		return sessiontest.ReferenceAmount(data)
	}, sessiontest.MaxLines(0), sessiontest.Cases(100))
	if len(r.errors) != 0 {
		t.Fatal(r.errors[0])
	}
}

func TestBadOptions(t *testing.T) {
	for _, o := range []sessiontest.Option{
		sessiontest.Cases(0), sessiontest.MaxLines(-1), sessiontest.MaxLines(1001), sessiontest.Currencies(),
		sessiontest.Currencies(currency.MustParse("XAU")), sessiontest.Currencies(currency.Code{}),
		sessiontest.Currencies(currency.MustParse("CLF")), // not Primer's, without ISOCurrencies
	} {
		var r recorder
		if f := sessiontest.CheckAmount(&r, correctAmount, o); f != nil || len(r.fatals) != 1 {
			t.Errorf("CheckAmount: %v %v", f, r.fatals)
		}
		if f := sessiontest.CheckAccept(&r, sessiontest.ReferenceAccept, o); f != nil || len(r.fatals) != 2 {
			t.Errorf("CheckAccept: %v %v", f, r.fatals)
		}
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Session(%v) did not panic", r.fatals[0])
				}
			}()
			sessiontest.Session(o)
		}()
	}
	// A nil option is ignored.
	var r recorder
	if f := sessiontest.CheckAmount(&r, correctAmount, nil, sessiontest.Cases(10)); f != nil {
		t.Error(f)
	}
}

// With Refusals, an implementation that never refuses is caught, and the
// reference itself passes.
func TestRefusals(t *testing.T) {
	var r recorder
	if f := sessiontest.CheckAmount(&r, sessiontest.ReferenceAmount, sessiontest.Refusals(true), sessiontest.Seed(5)); f != nil {
		t.Fatalf("the reference disagrees with itself: %v", f)
	}
	f := sessiontest.CheckAmount(&r, correctAmount, sessiontest.Refusals(true), sessiontest.Seed(5))
	if f == nil || !strings.HasPrefix(f.Want, "error: ") || strings.HasPrefix(f.Got, "error: ") {
		t.Fatalf("an implementation that never refuses passed: %v", f)
	}
	var o order
	if err := json.Unmarshal(f.Session, &o); err == nil && len(o.Order.LineItems) > 1 {
		t.Errorf("counterexample not small:\n%s", f.Session)
	}
	t.Log(r.errors[0])
	// Without Refusals, no case is refused.
	r = recorder{}
	if f := sessiontest.CheckAmount(&r, correctAmount, sessiontest.Refusals(false), sessiontest.Seed(5)); f != nil {
		t.Fatal(f)
	}
}

func TestCheckSelection(t *testing.T) {
	var r recorder
	correct := func(data []byte, m, n string) (int64, bool, error) { return selection(data, m, n, false, false) }
	if f := sessiontest.CheckSelection(&r, correct, sessiontest.Cases(2000)); f != nil {
		t.Fatalf("a correct selection failed: %v", f)
	}
	if f := sessiontest.CheckSelection(&r, sessiontest.ReferenceSelection, sessiontest.Refusals(true)); f != nil {
		t.Fatalf("the reference disagrees with itself: %v", f)
	}
	keep := func(data []byte, m, n string) (int64, bool, error) { return selection(data, m, n, true, false) }
	f := sessiontest.CheckSelection(&r, keep, sessiontest.Seed(2))
	if f == nil || !strings.Contains(string(f.Session), `"SURCHARGE"`) || lines(t, f.Session) != 1 {
		t.Fatalf("keeping the old SURCHARGE fee was not caught on a small session: %v", f)
	}
	if !strings.Contains(f.Error(), "selecting: ") {
		t.Errorf("the report does not say the selection: %v", f)
	}
	t.Log(f)
	klarna := func(data []byte, m, n string) (int64, bool, error) { return selection(data, m, n, false, true) }
	f = sessiontest.CheckSelection(&r, klarna, sessiontest.Seed(2))
	if f == nil || f.Method != "KLARNA" || lines(t, f.Session) != 1 {
		t.Fatalf("a KLARNA surcharge was not caught on a small session: %v", f)
	}
	t.Log(f)
	var bad recorder
	if f := sessiontest.CheckSelection(&bad, correct, sessiontest.Cases(-1)); f != nil || len(bad.fatals) != 1 {
		t.Errorf("a bad option: %v %v", f, bad.fatals)
	}
}

// With ISOCurrencies, the four-decimal currencies are checked too, and a
// failure in one still shrinks to one line item.
func TestISOCurrenciesCheck(t *testing.T) {
	var r recorder
	clf := sessiontest.Currencies(currency.MustParse("CLF"), currency.MustParse("UYW"))
	if f := sessiontest.CheckAmount(&r, correctAmount, sessiontest.ISOCurrencies(true), clf); f != nil {
		t.Fatal(f)
	}
	f := sessiontest.CheckAmount(&r, forgottenDiscount, sessiontest.ISOCurrencies(true), clf, sessiontest.MaxLines(10))
	if f == nil || lines(t, f.Session) != 1 {
		t.Fatalf("forgotten discount in CLF: %v", f)
	}
	if f := sessiontest.CheckAmount(&r, floatAmount, sessiontest.ISOCurrencies(true), clf, sessiontest.Seed(1)); f == nil {
		t.Fatal("the float implementation passed in CLF")
	}
	// CheckAccept keeps to Primer's currencies: the reference passes.
	if f := sessiontest.CheckAccept(&r, sessiontest.ReferenceAccept, sessiontest.ISOCurrencies(true), clf); f != nil {
		t.Fatal(f)
	}
}
