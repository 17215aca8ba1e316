package currency

// shopspring/decimal as an independent oracle for ToMinor: its own parser
// and its own rounding functions, for every mode it has; half-down, which
// it lacks, against math/big.

import (
	"errors"
	"math/big"
	"testing"

	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/shopspring/decimal"
)

// decimalWant is what shopspring says ToMinor(s, c, m) is: ok is false when
// it has no such mode (HalfDown) or the mode is Exact.
func decimalWant(s string, d int, m RoundingMode) (v int64, overflow, ok bool) {
	x, err := decimal.NewFromString(s)
	if err != nil {
		return 0, false, false
	}
	x = x.Shift(int32(d))
	var r decimal.Decimal
	switch m {
	case HalfEven:
		r = x.RoundBank(0)
	case HalfUp:
		r = x.Round(0)
	case Up:
		r = x.RoundUp(0)
	case Down:
		r = x.RoundDown(0)
	case Ceiling:
		r = x.RoundCeil(0)
	case Floor:
		r = x.RoundFloor(0)
	default:
		return 0, false, false
	}
	if !r.BigInt().IsInt64() {
		return 0, true, true
	}
	return r.IntPart(), false, true
}

// halfDownWant is math/big's half-down.
func halfDownWant(s string, d int) (int64, bool) {
	x := exact(s, d)
	fl := new(big.Int).Div(x.Num(), x.Denom())
	rem := new(big.Int).Sub(x.Num(), new(big.Int).Mul(fl, x.Denom()))
	if rem.Sign() != 0 {
		c := new(big.Int).Lsh(rem, 1).Cmp(x.Denom())
		if c > 0 || c == 0 && x.Sign() < 0 {
			fl.Add(fl, big.NewInt(1))
		}
	}
	return fl.Int64(), fl.IsInt64()
}

// agreesWithDecimal checks one conversion against the oracles.
func agreesWithDecimal(t *testing.T, s string, c Code, m RoundingMode) bool {
	d, ok := c.MinorUnits()
	if !ok || !plainDecimal.MatchString(s) || len(s) > MaxAmountLen {
		return true
	}
	got, err := ToMinor(s, c, m)
	if m == HalfDown {
		want, fits := halfDownWant(s, d)
		if !fits {
			return errors.Is(err, ErrOverflow)
		}
		if err != nil || got != want {
			t.Logf("ToMinor(%q, %s, half-down) = %d, %v; math/big %d", s, c, got, err, want)
			return false
		}
		return true
	}
	want, overflow, ok := decimalWant(s, d, m)
	if !ok {
		return true
	}
	if overflow {
		return errors.Is(err, ErrOverflow)
	}
	if err != nil || got != want {
		t.Logf("ToMinor(%q, %s, %v) = %d, %v; shopspring %d", s, c, m, got, err, want)
		return false
	}
	return true
}

func TestPropertiesDecimalOracle(t *testing.T) {
	props := properties(t)
	props.Property("ToMinor equals shopspring/decimal (every mode it has) and math/big (half-down)", prop.ForAll(
		func(s string, c Code, m RoundingMode) bool { return agreesWithDecimal(t, s, c, m) },
		genDecimal(), genPaymentCode(), gen.UInt8Range(0, uint8(Floor)).Map(func(v uint8) RoundingMode { return RoundingMode(v) })))
	props.TestingRun(t)
}

func FuzzToMinorDecimal(f *testing.F) {
	for _, s := range []string{"49.99", "-0.5", "0.125", "-0.125", "2.5", "-2.5", "92233720368547758.075", "0.0000001"} {
		for m := range uint8(8) {
			f.Add(s, "USD", m)
		}
	}
	f.Fuzz(func(t *testing.T, s, code string, mode uint8) {
		c, err := Parse(code)
		if err != nil {
			return
		}
		if !agreesWithDecimal(t, s, c, RoundingMode(mode%8)) {
			t.Fatalf("ToMinor(%q, %s, %v) disagrees with the oracles", s, c, RoundingMode(mode%8))
		}
	})
}
