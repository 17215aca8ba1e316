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
