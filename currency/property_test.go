package currency

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
)

// Domain generators shared by the properties of this package.

// genCode draws any List One code, N.A. codes included.
func genCode() gopter.Gen {
	all := Codes()
	vals := make([]interface{}, len(all))
	for i, c := range all {
		vals[i] = c
	}
	return gen.OneConstOf(vals...)
}

// genPaymentCode draws a List One code that has a minor unit.
func genPaymentCode() gopter.Gen {
	var vals []interface{}
	for _, c := range Codes() {
		if _, ok := c.MinorUnits(); ok {
			vals = append(vals, c)
		}
	}
	return gen.OneConstOf(vals...)
}

// genMinor draws int64 amounts, biased toward small and extreme values.
func genMinor() gopter.Gen {
	return gen.OneGenOf(
		gen.Int64(),
		gen.Int64Range(-100000, 100000),
		gen.OneConstOf(int64(0), int64(math.MaxInt64), int64(math.MinInt64), int64(math.MaxInt64-1), int64(math.MinInt64+1)),
	)
}

// genDecimal draws plain decimal strings with up to 22 integer and 8
// fractional digits, sometimes negative.
func genDecimal() gopter.Gen {
	return gopter.CombineGens(gen.Bool(), gen.IntRange(1, 22), gen.IntRange(0, 8), gen.SliceOfN(30, gen.NumChar())).
		Map(func(v []interface{}) string {
			neg, ni, nf, ds := v[0].(bool), v[1].(int), v[2].(int), v[3].([]rune)
			s := string(ds[:ni])
			if nf > 0 {
				s += "." + string(ds[ni:ni+nf])
			}
			if neg {
				s = "-" + s
			}
			return s
		})
}

func properties(t *testing.T) *gopter.Properties {
	p := gopter.DefaultTestParameters()
	p.MinSuccessfulTests = 2000
	return gopter.NewProperties(p)
}

func TestPropertiesCodes(t *testing.T) {
	props := properties(t)
	props.Property("every List One code parses to itself, exponent 0,2,3,4 or N.A.", prop.ForAll(
		func(c Code) bool {
			p, err := Parse(c.String())
			if err != nil || p != c || !p.IsValid() {
				return false
			}
			n, err := ParseNumeric(c.Numeric())
			if err != nil || n != c {
				return false
			}
			d, ok := c.MinorUnits()
			return !ok || d == 0 || d == 2 || d == 3 || d == 4
		}, genCode()))
	props.Property("lower-case variants are malformed", prop.ForAll(
		func(c Code) bool {
			_, err := Parse(strings.ToLower(c.String()))
			return errors.Is(err, ErrMalformed)
		}, genCode()))
	props.Property("Parse never panics and succeeds only on three upper-case letters", prop.ForAll(
		func(s string) bool {
			c, err := Parse(s)
			if err != nil {
				return !c.IsValid()
			}
			return c.String() == s
		}, gen.AnyString()))
	props.TestingRun(t)
}

// exact returns the exact value of a decimal string times 10^d.
func exact(s string, d int) *big.Rat {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic("bad decimal " + s)
	}
	return r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil)))
}

func TestPropertiesConversion(t *testing.T) {
	props := properties(t)
	props.Property("minor → major → minor is the identity", prop.ForAll(
		func(v int64, c Code) bool {
			s, err := ToMajor(v, c)
			if err != nil {
				return false
			}
			back, err := ToMinor(s, c, Exact)
			return err == nil && back == v
		}, genMinor(), genPaymentCode()))
	props.Property("major → minor → major is the identity on canonical strings", prop.ForAll(
		func(v int64, c Code) bool {
			s, _ := ToMajor(v, c)
			m, err := ToMinor(s, c, Exact)
			if err != nil {
				return false
			}
			s2, err := ToMajor(m, c)
			return err == nil && s2 == s
		}, genMinor(), genPaymentCode()))
	props.Property("each rounding mode is within one minor unit, on its promised side (math/big)", prop.ForAll(
		func(s string, c Code, m RoundingMode) bool {
			d, _ := c.MinorUnits()
			x := exact(s, d)
			got, err := ToMinor(s, c, m)
			floor := new(big.Int).Div(x.Num(), x.Denom()) // Euclidean: floor for positive denominators
			isInt := x.IsInt()
			if err != nil {
				if errors.Is(err, ErrInexact) {
					return m == Exact && !isInt
				}
				if errors.Is(err, ErrOverflow) {
					lo, hi := new(big.Int).Sub(floor, big.NewInt(1)), new(big.Int).Add(floor, big.NewInt(1))
					return !lo.IsInt64() || !hi.IsInt64() || !floor.IsInt64()
				}
				return false
			}
			g := new(big.Rat).SetInt64(got)
			diff := new(big.Rat).Sub(g, x) // got - exact
			if diff.Cmp(big.NewRat(1, 1)) >= 0 || diff.Cmp(big.NewRat(-1, 1)) <= 0 {
				return false
			}
			if isInt {
				return diff.Sign() == 0
			}
			neg := x.Sign() < 0
			abs := new(big.Rat).Abs(diff)
			half := abs.Cmp(big.NewRat(1, 2))
			awayFromZero := (diff.Sign() > 0) != neg
			switch m {
			case Exact:
				return false
			case Up:
				return awayFromZero
			case Down:
				return !awayFromZero
			case Ceiling:
				return diff.Sign() > 0
			case Floor:
				return diff.Sign() < 0
			case HalfUp, HalfDown, HalfEven:
				if half > 0 {
					return false // not the nearest
				}
				if half < 0 {
					return true
				}
				// a tie
				switch m {
				case HalfUp:
					return awayFromZero
				case HalfDown:
					return !awayFromZero
				default:
					return got%2 == 0
				}
			}
			return false
		}, genDecimal(), genPaymentCode(), gen.UInt8Range(0, uint8(Floor)).Map(func(v uint8) RoundingMode { return RoundingMode(v) })))
	props.Property("conversion never panics", prop.ForAll(
		func(s string, c Code, m uint8, v int64) bool {
			_, _ = ToMinor(s, c, RoundingMode(m))
			_, _ = ToMajor(v, c)
			_, _ = CashRound(v, c, RoundingMode(m))
			return true
		}, gen.AnyString(), genCode(), gen.UInt8(), genMinor()))
	props.Property("cash rounding gives a multiple of the increment within one increment", prop.ForAll(
		func(v int64, c Code, m RoundingMode) bool {
			got, err := CashRound(v, c, m)
			inc := CashIncrement(c)
			if err != nil {
				return errors.Is(err, ErrOverflow)
			}
			d := new(big.Int).Sub(big.NewInt(got), big.NewInt(v))
			return got%inc == 0 && d.CmpAbs(big.NewInt(inc)) < 0
		}, genMinor(), genPaymentCode(), gen.UInt8Range(1, uint8(Floor)).Map(func(v uint8) RoundingMode { return RoundingMode(v) })))
	props.TestingRun(t)
}
