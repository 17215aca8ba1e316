package amount

import (
	"math"
	"testing"
)

// LineOf's unchecked path for small values gives what the fully checked path
// gives, for every combination of values around its bounds (0, 1, 2³¹ and
// their neighbours, extremes) and discounts around the subtotal.
func TestLineOfFastPathAgrees(t *testing.T) {
	vals := []int64{-1, 0, 1, 2, 1<<31 - 2, 1<<31 - 1, 1 << 31, 1<<31 + 1, 1 << 40, math.MaxInt64, math.MinInt64, 1999}
	for _, a := range vals {
		for _, q := range vals {
			ds := append([]int64{}, vals...)
			if a >= 0 && q >= 0 && a < 1<<31 && q < 1<<31 {
				ds = append(ds, a*q-1, a*q, a*q+1)
			}
			for _, d := range ds {
				for _, x := range vals {
					if got, want := LineOf(a, q, d, x), lineOf(a, q, d, x); got != want {
						t.Fatalf("LineOf(%d, %d, %d, %d) = %+v, checked path %+v", a, q, d, x, got, want)
					}
				}
			}
		}
	}
}

// A Run added to an order gives the order AddLine would give it, line by
// line, for runs of common lines; Run.Add refuses any other line and adds
// nothing for it.
func TestRunAgreesWithAddLine(t *testing.T) {
	lines := [][4]int64{{1999, 1, 100, 320}, {0, 1, 0, 0}, {1<<31 - 1, 1<<31 - 1, 1<<31 - 1, 1<<31 - 1}, {5, 3, 15, 0}, {7, 2, 0, 9}}
	var run Run
	var o, want Order
	for _, l := range lines {
		if !run.Add(l[0], l[1], l[2], l[3]) {
			t.Fatalf("Run.Add(%v) refused a common line", l)
		}
		want.AddLine(l[0], l[1], l[2], l[3])
	}
	for _, l := range [][4]int64{{-1, 1, 0, 0}, {1, 0, 0, 0}, {5, 1, 6, 0}, {1 << 31, 1, 0, 0}, {1, 1, 0, -1}} {
		before := run
		if run.Add(l[0], l[1], l[2], l[3]) || run != before {
			t.Errorf("Run.Add(%v) took a line that is not common", l)
		}
	}
	o.AddRun(run)
	if o != want || o.Result(499) != want.Result(499) {
		t.Errorf("order with the run %+v, with AddLine %+v", o, want)
	}
}
