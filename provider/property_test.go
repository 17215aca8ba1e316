package provider_test

import (
	"math"
	"math/big"
	"math/rand"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/internal/decimaloracle"
	"github.com/paysession/paysession/internal/propgen"
	"github.com/paysession/paysession/provider"
)

// conv is one conversion to check: a profile, one of its currencies, an ISO
// amount and a rounding mode.
type conv struct {
	p     provider.Profile
	c     currency.Code
	minor int64
	mode  currency.RoundingMode
}

var modes = []currency.RoundingMode{currency.HalfEven, currency.HalfUp, currency.HalfDown, currency.Up, currency.Down, currency.Ceiling, currency.Floor}

// randomProfile is a built-in profile, or a user-defined one with random
// exponents, granularities and limits for a few currencies.
func randomProfile(r *rand.Rand) provider.Profile {
	bs := provider.Builtin()
	if r.Intn(3) > 0 {
		return bs[r.Intn(len(bs))]
	}
	var rules []provider.RuleParams
	codes := currency.Codes()
	seen := map[currency.Code]bool{}
	for n := 1 + r.Intn(6); len(rules) < n; {
		c := codes[r.Intn(len(codes))]
		if _, ok := c.MinorUnits(); !ok || seen[c] {
			continue
		}
		seen[c] = true
		rp := provider.RuleParams{Code: c, Exponent: r.Intn(7), Granularity: propgen.Pick[int64](r, 1, 1, 2, 5, 10, 25, 100, 1000),
			Form: propgen.Pick(r, provider.Integer, provider.Decimal)}
		if r.Intn(2) == 0 {
			rp.MaxValue = r.Int63n(1e12) + 1
		}
		rules = append(rules, rp)
	}
	p, err := provider.New(provider.Params{Name: "random", Rules: rules, Negative: propgen.Pick(r, provider.AllowNegative, provider.RefuseNegative)})
	if err != nil {
		panic(err)
	}
	return p
}

func randomAmount(r *rand.Rand, step int64) int64 {
	var v int64
	switch r.Intn(5) {
	case 0:
		v = r.Int63n(1000)
	case 1:
		v = r.Int63n(1e9)
	case 2:
		v = r.Int63()
	case 3:
		v = r.Int63n(1e6) * step
	default:
		v = r.Int63n(1e13)
	}
	if r.Intn(4) == 0 {
		v = -v
	}
	return v
}

func genConv() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) conv {
		p := randomProfile(r)
		cs := p.Codes()
		c := cs[r.Intn(len(cs))]
		return conv{p, c, randomAmount(r, p.Rule(c).Step()), modes[r.Intn(len(modes))]}
	})
}

// oracle converts with math/big, from the rule's definition: the wire value
// is minor × 10^(exponent − ISO exponent), rounded with the mode to the
// nearest multiple of the smallest wire amount an ISO amount can reach that
// is a multiple of the granularity. ok is false when it is outside the
// limits (the provider's largest value, int64) or negative where the
// provider refuses negative amounts.
func oracle(p provider.Profile, c currency.Code, minor int64, mode currency.RoundingMode) (int64, bool) {
	rule := p.Rule(c)
	if minor < 0 && !p.AllowsNegative() { // refused before any rounding
		return 0, false
	}
	iso, _ := c.MinorUnits()
	shift := rule.Exponent() - iso
	x := new(big.Rat).SetInt64(minor)
	unit := big.NewInt(rule.Granularity()) // the multiple, in wire units
	if shift >= 0 {
		f := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(shift)), nil)
		x.Mul(x, new(big.Rat).SetInt(f))
		g := new(big.Int).GCD(nil, nil, unit, f)
		unit.Mul(unit, f).Div(unit, g) // lcm(granularity, 10^shift)
	} else {
		d := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-shift)), nil)
		x.Quo(x, new(big.Rat).SetInt(d))
	}
	q := new(big.Rat).Quo(x, new(big.Rat).SetInt(unit))
	n := roundRat(q, mode)
	w := n.Mul(n, unit)
	if !w.IsInt64() {
		return 0, false
	}
	v := w.Int64()
	if v < 0 && !p.AllowsNegative() {
		return 0, false
	}
	if m, ok := rule.MaxValue(); ok && (v > m || v < -m) {
		return 0, false
	}
	// The ISO amount must fit int64 too.
	back := new(big.Rat).SetInt64(v)
	if shift < 0 {
		back.Mul(back, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-shift)), nil)))
		if !back.Num().IsInt64() {
			return 0, false
		}
	}
	return v, true
}

// roundRat rounds q to an integer with mode by the math/big oracle
// (independent of package currency's rounding); Exact floors, as before.
func roundRat(q *big.Rat, mode currency.RoundingMode) *big.Int {
	if mode == currency.Exact {
		mode = currency.Floor
	}
	v, _ := decimaloracle.RoundRat(q, mode)
	return v
}

func TestProperties(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 2000
	props := gopter.NewProperties(params)

	props.Property("Unwire(Wire(v)) == v for every v Wire converts exactly", prop.ForAll(func(x conv) bool {
		w, err := x.p.Wire(x.minor, x.c, currency.Exact)
		if err != nil {
			return true
		}
		back, err := x.p.Unwire(w, x.c)
		s, serr := x.p.WireString(x.minor, x.c, currency.Exact)
		parsed, perr := x.p.ParseWire(s, x.c)
		return err == nil && back == x.minor && serr == nil && perr == nil && parsed == x.minor
	}, genConv()))

	props.Property("Wire(Unwire(w)) == w for every w Unwire converts", prop.ForAll(func(x conv) bool {
		v, err := x.p.Unwire(x.minor, x.c) // x.minor read as a wire amount
		if err != nil {
			return true
		}
		w, err := x.p.Wire(v, x.c, currency.Exact)
		return err == nil && w == x.minor
	}, genConv()))

	props.Property("exact conversion succeeds exactly when the math/big oracle needs no rounding", prop.ForAll(func(x conv) bool {
		w, err := x.p.Wire(x.minor, x.c, currency.Exact)
		down, ok1 := oracle(x.p, x.c, x.minor, currency.Floor)
		up, ok2 := oracle(x.p, x.c, x.minor, currency.Ceiling)
		if ok1 && ok2 && down == up {
			return err == nil && w == down
		}
		return err != nil
	}, genConv()))

	props.Property("with a rounding mode: the math/big oracle, within one step of the exact value", prop.ForAll(func(x conv) bool {
		w, err := x.p.Wire(x.minor, x.c, x.mode)
		want, ok := oracle(x.p, x.c, x.minor, x.mode)
		if !ok {
			return err != nil
		}
		if err != nil || w != want {
			t.Logf("%s %d %s %v: got %d, %v; oracle %d (rule %+v)", x.p.Name(), x.minor, x.c, x.mode, w, err, want, x.p.Rule(x.c).Params())
			return false
		}
		back, err := x.p.Unwire(w, x.c)
		if err != nil {
			return false
		}
		d := new(big.Int).Sub(big.NewInt(back), big.NewInt(x.minor))
		return d.CmpAbs(big.NewInt(x.p.Rule(x.c).Step())) < 0
	}, genConv()))

	props.Property("conversion is monotonic", prop.ForAll(func(x conv, y int64) bool {
		a, b := x.minor, y
		if a > b {
			a, b = b, a
		}
		wa, err1 := x.p.Wire(a, x.c, x.mode)
		wb, err2 := x.p.Wire(b, x.c, x.mode)
		if err1 != nil || err2 != nil {
			return true
		}
		return wa <= wb
	}, genConv(), propgen.FromRand(func(r *rand.Rand) int64 { return randomAmount(r, 1) })))

	props.Property("the ISO profile is the identity", prop.ForAll(func(x conv) bool {
		w, err := provider.ISO().Wire(x.minor, x.c, x.mode)
		return err == nil && w == x.minor
	}, genConv()))

	props.TestingRun(t)
}

// TestOracleSanity makes sure the oracle can disagree: it is not the code
// under test.
func TestOracleSanity(t *testing.T) {
	if v, ok := oracle(stripe, code("KWD"), 5125, currency.HalfEven); !ok || v != 5120 {
		t.Errorf("oracle KWD: %d %v", v, ok)
	}
	if v, ok := oracle(paypal, code("HUF"), -1050, currency.HalfUp); !ok || v != -11 {
		t.Errorf("oracle HUF: %d %v", v, ok)
	}
	if _, ok := oracle(stripe, code("USD"), math.MaxInt64, currency.HalfEven); ok {
		t.Error("oracle ignores the limit")
	}
}
