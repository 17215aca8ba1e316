package currency

import (
	"errors"
	"math"
	"math/big"
	"math/rand"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/internal/propgen"
)

func TestRoundMultiple(t *testing.T) {
	cases := []struct {
		v, step int64
		mode    RoundingMode
		want    int64
		err     error
	}{
		{5124, 10, HalfEven, 5120, nil},
		{5125, 10, HalfEven, 5120, nil},
		{5135, 10, HalfEven, 5140, nil},
		{5125, 10, HalfUp, 5130, nil},
		{5125, 10, HalfDown, 5120, nil},
		{-5125, 10, HalfUp, -5130, nil},
		{-5125, 10, HalfDown, -5120, nil},
		{1050, 100, HalfUp, 1100, nil},
		{1050, 100, HalfEven, 1000, nil},
		{1001, 100, Up, 1100, nil},
		{1099, 100, Down, 1000, nil},
		{-1001, 100, Ceiling, -1000, nil},
		{-1001, 100, Floor, -1100, nil},
		{1000, 100, Exact, 1000, nil},
		{1001, 100, Exact, 0, ErrInexact},
		{1001, 100, RoundingMode(99), 0, ErrInexact},
		{5, 0, HalfEven, 0, ErrInexact},
		{math.MaxInt64, 10, Up, 0, ErrOverflow},
		{math.MinInt64, 10, Floor, 0, ErrOverflow},
		{math.MinInt64, 1 << 62, Exact, math.MinInt64, nil},
		{math.MaxInt64, math.MaxInt64, HalfEven, math.MaxInt64, nil},
		{math.MaxInt64 - 1, math.MaxInt64, HalfEven, math.MaxInt64, nil},
	}
	for _, c := range cases {
		got, err := RoundMultiple(c.v, c.step, c.mode)
		if got != c.want || !errors.Is(err, c.err) || (c.err == nil) != (err == nil) {
			t.Errorf("RoundMultiple(%d, %d, %v) = %d, %v; want %d, %v", c.v, c.step, c.mode, got, err, c.want, c.err)
		}
	}
}

// TestPropertyRoundMultiple compares RoundMultiple with a math/big oracle
// written from the modes' definitions.
func TestPropertyRoundMultiple(t *testing.T) {
	oracle := func(v, step int64, m RoundingMode) (int64, bool) {
		q := new(big.Rat).SetFrac(big.NewInt(v), big.NewInt(step))
		fl := new(big.Int).Div(q.Num(), q.Denom())
		rem := new(big.Rat).Sub(q, new(big.Rat).SetInt(fl))
		n := fl
		if rem.Sign() != 0 {
			ce := new(big.Int).Add(fl, big.NewInt(1))
			h := rem.Cmp(big.NewRat(1, 2))
			neg := v < 0
			up := map[RoundingMode]bool{
				Up: !neg, Down: neg, Ceiling: true, Floor: false,
				HalfUp: h > 0 || h == 0 && !neg, HalfDown: h > 0 || h == 0 && neg, HalfEven: h > 0 || h == 0 && ce.Bit(0) == 0,
			}[m]
			if up {
				n = ce
			}
		}
		n.Mul(n, big.NewInt(step))
		return n.Int64(), n.IsInt64()
	}
	props := gopter.NewProperties(gopter.DefaultTestParameters())
	props.Property("RoundMultiple agrees with math/big", prop.ForAll(func(x [3]int64) bool {
		v, step, m := x[0], x[1], RoundingMode(x[2])
		got, err := RoundMultiple(v, step, m)
		want, ok := oracle(v, step, m)
		if !ok {
			return errors.Is(err, ErrOverflow)
		}
		return err == nil && got == want
	}, propgen.FromRand(func(r *rand.Rand) [3]int64 {
		v := r.Int63()
		if r.Intn(2) == 0 {
			v = r.Int63n(100000)
		}
		if r.Intn(2) == 0 {
			v = -v
		}
		step := propgen.Pick[int64](r, 1, 2, 3, 5, 10, 100, 1000, r.Int63n(1<<40)+1, r.Int63()+1)
		return [3]int64{v, step, int64(1 + r.Intn(7))}
	})))
	props.TestingRun(t)
}
