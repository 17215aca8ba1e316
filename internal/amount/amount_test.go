package amount

import (
	"math"
	"math/big"
	"math/rand"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/internal/propgen"
)

func TestLineOf(t *testing.T) {
	cases := []struct {
		a, q, d, x int64
		sub, total int64
		p          Problem
	}{
		{500, 1, 0, 0, 500, 500, 0},
		{250, 2, 100, 30, 500, 430, 0},
		{500, 1, 900, 0, 500, -400, DiscountExceedsSubtotal},
		{500, 1, 500, 0, 500, 0, 0},
		{-500, 1, 1, 0, -500, -501, Negative},
		{5, 0, 0, 0, 0, 0, Quantity},
		{5, 1, -1, -2, 5, 4, NegativeDiscount | NegativeTax},
		{math.MaxInt64, 2, 0, 0, 0, 0, Overflow},
		{math.MaxInt64, 1, 0, 1, 0, 0, Overflow},
		{math.MinInt64, 1, 1, 0, 0, 0, Negative | Overflow},
	}
	for _, c := range cases {
		l := LineOf(c.a, c.q, c.d, c.x)
		if l.Problems != c.p || c.p&Overflow == 0 && (l.Subtotal != c.sub || l.Total != c.total) {
			t.Errorf("LineOf(%d, %d, %d, %d) = %+v, want %d %d %b", c.a, c.q, c.d, c.x, l, c.sub, c.total, c.p)
		}
	}
}

func TestOrder(t *testing.T) {
	var o Order
	o.AddLine(500, 1, 0, 0)
	o.AddFee(100, true)
	o.AddFee(25, false)
	r := o.Result(50)
	if r.Calculated != 675 || !r.Exists || r.Items != 500 || r.Fees != 25 || r.Surcharge != 100 || r.Overflow != NoOverflow {
		t.Errorf("Primer's example with a fee: %+v", r)
	}
	if a, ok := r.Effective(700, true); a != 700 || !ok {
		t.Errorf("override: %d %v", a, ok)
	}
	if a, ok := r.Effective(0, false); a != 675 || !ok {
		t.Errorf("no override: %d %v", a, ok)
	}
	if r := (&Order{}).Result(50); r.Exists {
		t.Errorf("no line items: %+v", r)
	}
	var neg Order
	neg.AddLine(500, 1, 0, 0)
	if neg.AddFee(-1, false) {
		t.Error("AddFee(-1) is sound")
	}
	if r := neg.Result(0); r.Exists {
		t.Errorf("negative fee: %+v", r)
	}
	var ship Order
	ship.AddLine(500, 1, 0, 0)
	if r := ship.Result(-1); r.Exists {
		t.Errorf("negative shipping: %+v", r)
	}
	// Exact sums: MaxInt64 + 1 − 1 fits, though a running sum would not.
	var exact Order
	exact.AddLine(math.MaxInt64, 1, 0, 0)
	exact.AddLine(1, 1, 0, 0)
	exact.AddFee(0, false)
	if r := exact.Result(0); r.Overflow != ItemsSum || r.Exists {
		t.Errorf("MaxInt64 + 1: %+v", r)
	}
	for _, tc := range []struct {
		fees []int64
		sur  bool
		want Sum
	}{
		{[]int64{math.MaxInt64, 1}, false, FeesSum},
		{[]int64{math.MaxInt64, 1}, true, SurchargeSum},
		{[]int64{math.MaxInt64}, false, CalculatedSum},
	} {
		var o Order
		o.AddLine(1, 1, 0, 0)
		for _, f := range tc.fees {
			o.AddFee(f, tc.sur)
		}
		if r := o.Result(0); r.Overflow != tc.want || r.Exists {
			t.Errorf("fees %v surcharge %v: %+v", tc.fees, tc.sur, r)
		}
	}
	var over Order
	over.AddLine(math.MaxInt64, 2, 0, 0)
	if r := over.Result(0); !r.LineOverflow || r.Exists {
		t.Errorf("line overflow: %+v", r)
	}
}

var (
	bigMin = big.NewInt(math.MinInt64)
	bigMax = big.NewInt(math.MaxInt64)
)

func fits(x *big.Int) bool { return x.Cmp(bigMin) >= 0 && x.Cmp(bigMax) <= 0 }

// The calculated amount exists exactly when the math/big oracle, written from
// the package's rules, says so, and then equals it.
func TestPropOracle(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 2000
	ps := gopter.NewProperties(params)
	v := func(r *rand.Rand) int64 {
		switch r.Intn(4) {
		case 0:
			return r.Int63() - r.Int63()
		case 1:
			return math.MaxInt64 - r.Int63n(math.MaxInt64/3)
		}
		return r.Int63n(1004) - 3
	}
	wide := propgen.FromRand(v)
	line := propgen.FromRand(func(r *rand.Rand) []int64 { return []int64{v(r), v(r), v(r), v(r)} })
	ps.Property("Order agrees with math/big", prop.ForAll(func(ls [][]int64, fees []int64, ship int64) bool {
		var o Order
		sum := new(big.Int)
		sound, lineOver := len(ls) > 0, false
		for _, l := range ls {
			a, q, d, x := l[0], l[1]%5, l[2], l[3] // quantities mostly -4..4
			got := o.AddLine(a, q, d, x)
			sub := new(big.Int).Mul(big.NewInt(a), big.NewInt(q))
			net := new(big.Int).Sub(sub, big.NewInt(d))
			total := new(big.Int).Add(net, big.NewInt(x))
			if !fits(sub) || !fits(net) || !fits(total) {
				lineOver = true
				if got.Problems&Overflow == 0 {
					return false
				}
			} else if got.Total != total.Int64() || got.Subtotal != sub.Int64() {
				return false
			}
			if a < 0 || q < 1 || d < 0 || x < 0 || lineOver || d > a*q {
				sound = false
			}
			sum.Add(sum, total)
		}
		for i, f := range fees {
			o.AddFee(f, i%2 == 0)
			sum.Add(sum, big.NewInt(f))
			sound = sound && f >= 0
		}
		sum.Add(sum, big.NewInt(ship))
		sound = sound && ship >= 0 && fits(sum)
		r := o.Result(ship)
		return r.Exists == sound && (!sound || r.Calculated == sum.Int64())
	}, gen.SliceOfN(3, line), gen.SliceOfN(2, wide), wide))
	ps.TestingRun(t)
}
