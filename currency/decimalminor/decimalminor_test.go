package decimalminor

import (
	"errors"
	"math"
	"math/big"
	"math/rand"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/internal/decimaloracle"
	"github.com/paysession/paysession/internal/propgen"
	"github.com/paysession/paysession/rate"
	"github.com/shopspring/decimal"
)

var modes = []currency.RoundingMode{currency.Exact, currency.HalfEven, currency.HalfUp, currency.HalfDown,
	currency.Up, currency.Down, currency.Ceiling, currency.Floor}

var codes = []currency.Code{currency.MustParse("USD"), currency.MustParse("JPY"), currency.MustParse("KWD"), currency.MustParse("CLF")}

func TestToMinor(t *testing.T) {
	gbp, usd, kwd, jpy := currency.MustParse("GBP"), currency.MustParse("USD"), currency.MustParse("KWD"), currency.MustParse("JPY")
	for _, tc := range []struct {
		d    string
		c    currency.Code
		mode currency.RoundingMode
		want int64
	}{
		{"49.99", gbp, currency.Exact, 4999},
		{"1.234", kwd, currency.Exact, 1234},
		{"-0.5", usd, currency.Exact, -50},
		{"100", jpy, currency.Exact, 100},
		{"0.125", usd, currency.HalfEven, 12},
		{"0.125", usd, currency.HalfUp, 13},
		{"0.125", usd, currency.HalfDown, 12},
		{"-0.125", usd, currency.HalfUp, -13},
		{"-0.125", usd, currency.Floor, -13},
		{"1e3", jpy, currency.Exact, 1000},
		{"0", usd, currency.Exact, 0},
		{"92233720368547758.07", usd, currency.Exact, math.MaxInt64},
		{"-92233720368547758.08", usd, currency.Exact, math.MinInt64},
		{"1e-500", usd, currency.Up, 1},
		{"-1e-500", usd, currency.HalfEven, 0},
		{"-1e-500", usd, currency.Floor, -1},
	} {
		got, err := ToMinor(decimal.RequireFromString(tc.d), tc.c, tc.mode)
		if err != nil || got != tc.want {
			t.Errorf("ToMinor(%s %v, %v) = %d, %v; want %d", tc.d, tc.c, tc.mode, got, err, tc.want)
		}
	}
	for _, tc := range []struct {
		d    decimal.Decimal
		c    currency.Code
		mode currency.RoundingMode
		want error
	}{
		{decimal.RequireFromString("0.125"), usd, currency.Exact, currency.ErrInexact},
		{decimal.RequireFromString("92233720368547758.08"), usd, currency.Exact, currency.ErrOverflow},
		{decimal.RequireFromString("92233720368547758.075"), usd, currency.HalfUp, currency.ErrOverflow},
		{decimal.RequireFromString("1e30"), usd, currency.HalfUp, currency.ErrOverflow},
		{decimal.New(1, 30000000), usd, currency.HalfUp, currency.ErrOverflow},
		{decimal.New(1, 18), usd, currency.HalfUp, currency.ErrOverflow},
		{decimal.NewFromBigInt(new(big.Int).Lsh(big.NewInt(1), 2000), -3000), usd, currency.HalfUp, currency.ErrTooLong},
		{decimal.RequireFromString("1"), currency.MustParse("XAU"), currency.HalfUp, currency.ErrNoMinorUnit},
		{decimal.RequireFromString("1"), currency.Code{}, currency.HalfUp, currency.ErrInvalidCode},
		{decimal.RequireFromString("1"), usd, currency.RoundingMode(50), currency.ErrRoundingMode},
		{decimal.New(-1, 2000000000), usd, currency.Exact, currency.ErrOverflow},
	} {
		_, err := ToMinor(tc.d, tc.c, tc.mode)
		var ae *currency.AmountError
		if !errors.Is(err, tc.want) || !errors.As(err, &ae) || len(err.Error()) > 200 {
			t.Errorf("ToMinor(%s, %v, %v): %v; want %v", describe(tc.d), tc.c, tc.mode, err, tc.want)
		}
	}
}

func TestFromMinor(t *testing.T) {
	for _, tc := range []struct {
		minor int64
		code  string
		want  string
	}{{4999, "GBP", "49.99"}, {100, "JPY", "100"}, {1234, "KWD", "1.234"}, {-5, "USD", "-0.05"}, {math.MinInt64, "CLF", "-922337203685477.5808"}} {
		d, err := FromMinor(tc.minor, currency.MustParse(tc.code))
		if err != nil || d.String() != tc.want {
			t.Errorf("FromMinor(%d %s) = %v, %v", tc.minor, tc.code, d, err)
		}
	}
	if _, err := FromMinor(1, currency.MustParse("XAU")); !errors.Is(err, currency.ErrNoMinorUnit) {
		t.Errorf("XAU: %v", err)
	}
	if _, err := FromMinor(1, currency.Code{}); !errors.Is(err, currency.ErrInvalidCode) {
		t.Errorf("zero code: %v", err)
	}
}

func TestRates(t *testing.T) {
	for _, tc := range []struct{ d, want string }{
		{"0.08875", "0.08875"}, {"151.2370", "151.237"}, {"1e2", "100"}, {"0", "0"}, {"1.5e-18", "ERR"},
	} {
		r, err := ToRate(decimal.RequireFromString(tc.d))
		if tc.want == "ERR" {
			if !errors.Is(err, rate.ErrDigits) {
				t.Errorf("ToRate(%s): %v", tc.d, err)
			}
			continue
		}
		if err != nil || r.String() != tc.want || !FromRate(r).Equal(decimal.RequireFromString(tc.d)) {
			t.Errorf("ToRate(%s) = %v, %v", tc.d, r, err)
		}
	}
	for _, d := range []string{"1e19", "1e-19", "1234567890123456789", "1e-500"} {
		if _, err := ToRate(decimal.RequireFromString(d)); !errors.Is(err, rate.ErrDigits) {
			t.Errorf("ToRate(%s): %v", d, err)
		}
	}
	if _, err := ToRate(decimal.RequireFromString("-0.1")); !errors.Is(err, rate.ErrNegative) {
		t.Errorf("ToRate(-0.1): %v", err)
	}
	if _, err := ToRate(decimal.NewFromBigInt(new(big.Int).Lsh(big.NewInt(1), 2000), -10)); !errors.Is(err, rate.ErrDigits) {
		t.Error("huge coefficient")
	}
}

type input struct {
	D    decimal.Decimal
	C    currency.Code
	Mode currency.RoundingMode
}

func genInput() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) input {
		coef := big.NewInt(r.Int63() >> uint(r.Intn(63)))
		if r.Intn(2) == 0 {
			coef.Neg(coef)
		}
		return input{decimal.NewFromBigInt(coef, int32(r.Intn(30)-22)), codes[r.Intn(len(codes))], modes[r.Intn(len(modes))]}
	})
}

// ToMinor, currency.ToMinor on the decimal's text, shopspring's rounding
// and math/big all agree.
func TestPropertiesOracles(t *testing.T) {
	p := gopter.NewProperties(gopter.DefaultTestParameters())
	p.Property("ToMinor equals currency.ToMinor, shopspring and math/big", prop.ForAll(func(in input) bool {
		return check(t, in.D, in.C, in.Mode)
	}, genInput()))
	p.Property("FromMinor then ToMinor is exact", prop.ForAll(func(in input) bool {
		v := in.D.Coefficient().Int64()
		d, err := FromMinor(v, in.C)
		back, err2 := ToMinor(d, in.C, currency.Exact)
		s, _ := currency.ToMajor(v, in.C)
		return err == nil && err2 == nil && back == v && d.Equal(decimal.RequireFromString(s))
	}, genInput()))
	p.TestingRun(t)
}

func check(t *testing.T, d decimal.Decimal, c currency.Code, mode currency.RoundingMode) bool {
	got, err := ToMinor(d, c, mode)
	// currency.ToMinor reads the same number as text (exact and rounded).
	if s := d.String(); len(s) <= currency.MaxAmountLen {
		w, werr := currency.ToMinor(s, c, mode)
		if w != got || errors.Is(err, currency.ErrInexact) != errors.Is(werr, currency.ErrInexact) ||
			errors.Is(err, currency.ErrOverflow) != errors.Is(werr, currency.ErrOverflow) {
			t.Logf("ToMinor(%s %v %v) = %d, %v; currency.ToMinor %d, %v", s, c, mode, got, err, w, werr)
			return false
		}
	}
	e, _ := c.MinorUnits()
	shifted := d.Shift(int32(e))
	x := shifted.Rat()
	want, ok := decimaloracle.RoundRat(x, mode)
	if !ok { // Exact and inexact
		return errors.Is(err, currency.ErrInexact) || errors.Is(err, currency.ErrOverflow)
	}
	if !want.IsInt64() {
		return errors.Is(err, currency.ErrOverflow)
	}
	if err != nil || got != want.Int64() {
		t.Logf("ToMinor(%s %v %v) = %d, %v; math/big %v", describe(d), c, mode, got, err, want)
		return false
	}
	if r, ok := decimaloracle.Round(shifted, mode); ok && !r.Equal(decimal.NewFromInt(got)) {
		t.Logf("ToMinor(%s %v %v) = %d; shopspring %v", describe(d), c, mode, got, r)
		return false
	}
	return true
}

func FuzzToMinor(f *testing.F) {
	f.Add("12345", int32(-3), uint8(1), uint8(0))
	f.Add("-5", int32(-1), uint8(2), uint8(1))
	f.Add("1", int32(2000000000), uint8(0), uint8(2))
	f.Add("99999999999999999999999", int32(-2000000000), uint8(7), uint8(3))
	f.Fuzz(func(t *testing.T, coef string, exp int32, mode, code uint8) {
		c, ok := new(big.Int).SetString(coef, 10)
		if !ok || len(coef) > 400 {
			return
		}
		d := decimal.NewFromBigInt(c, exp)
		m := currency.RoundingMode(mode % 9) // one undefined mode too
		if m > currency.Floor {
			if _, err := ToMinor(d, codes[0], m); !errors.Is(err, currency.ErrRoundingMode) {
				t.Fatalf("mode %d: %v", m, err)
			}
			return
		}
		cc := codes[int(code)%len(codes)]
		if c.BitLen() > MaxCoefficientBits {
			if _, err := ToMinor(d, cc, m); !errors.Is(err, currency.ErrTooLong) {
				t.Fatalf("huge coefficient: %v", err)
			}
			return
		}
		if exp > -300 && exp < 300 {
			if !check(t, d, cc, m) {
				t.Fatalf("ToMinor(%s %v %v) disagrees with the oracles", describe(d), cc, m)
			}
			return
		}
		_, _ = ToMinor(d, cc, m) // bounded work, no panic
		_, _ = ToRate(d)
	})
}
