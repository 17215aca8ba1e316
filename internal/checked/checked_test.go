package checked

import (
	"math"
	"math/big"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
)

func fits(z *big.Int) bool { return z.IsInt64() }

// interesting mixes values near the int64 limits with ordinary ones, so the
// properties exercise the overflow boundary and not only small numbers.
func interesting() gopter.Gen {
	return gen.OneGenOf(
		gen.Int64(),
		gen.Int64Range(-1000, 1000),
		gen.OneConstOf(int64(math.MaxInt64), int64(math.MinInt64), int64(math.MaxInt64-1), int64(math.MinInt64+1), int64(-1), int64(0), int64(1), int64(math.MaxInt32), int64(3037000499), int64(3037000500)),
	)
}

func TestAgreesWithBig(t *testing.T) {
	p := gopter.NewProperties(gopter.DefaultTestParameters())
	check := func(op func(a, b int64) (int64, bool), bop func(z, x, y *big.Int) *big.Int) func(a, b int64) bool {
		return func(a, b int64) bool {
			got, ok := op(a, b)
			want := bop(new(big.Int), big.NewInt(a), big.NewInt(b))
			if !fits(want) {
				return !ok
			}
			return ok && got == want.Int64()
		}
	}
	p.Property("Add agrees with math/big", prop.ForAll(check(Add, (*big.Int).Add), interesting(), interesting()))
	p.Property("Sub agrees with math/big", prop.ForAll(check(Sub, (*big.Int).Sub), interesting(), interesting()))
	p.Property("Mul agrees with math/big", prop.ForAll(check(Mul, (*big.Int).Mul), interesting(), interesting()))
	p.TestingRun(t)
}

func TestEdges(t *testing.T) {
	cases := []struct {
		name   string
		op     func(a, b int64) (int64, bool)
		a, b   int64
		want   int64
		wantOK bool
	}{
		{"max+1", Add, math.MaxInt64, 1, 0, false},
		{"min-1", Sub, math.MinInt64, 1, 0, false},
		{"min+(-1)", Add, math.MinInt64, -1, 0, false},
		{"0-min", Sub, 0, math.MinInt64, 0, false},
		{"-1-min", Sub, -1, math.MinInt64, math.MaxInt64, true},
		{"min*-1", Mul, math.MinInt64, -1, 0, false},
		{"-1*min", Mul, -1, math.MinInt64, 0, false},
		{"100*10", Mul, 100, 10, 1000, true},
		{"sqrt boundary", Mul, 3037000499, 3037000499, 9223372030926249001, true},
		{"sqrt boundary+1", Mul, 3037000500, 3037000500, 0, false},
		{"500+650", Add, 500, 150, 650, true},
	}
	for _, c := range cases {
		got, ok := c.op(c.a, c.b)
		if ok != c.wantOK || (ok && got != c.want) {
			t.Errorf("%s: got (%d, %v), want (%d, %v)", c.name, got, ok, c.want, c.wantOK)
		}
	}
}

func FuzzMul(f *testing.F) {
	f.Add(int64(3037000500), int64(3037000500))
	f.Add(int64(math.MinInt64), int64(-1))
	f.Fuzz(func(t *testing.T, a, b int64) {
		got, ok := Mul(a, b)
		want := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
		if ok != want.IsInt64() || (ok && got != want.Int64()) {
			t.Fatalf("Mul(%d, %d) = (%d, %v), want %s", a, b, got, ok, want)
		}
	})
}
