// Package checked holds the overflow-checked int64 arithmetic every amount in
// paysession goes through. Each operation returns the result and ok=false when
// the exact result does not fit in an int64; the returned value is then
// meaningless and must not be used.
package checked

import "math"

// Add returns a+b and whether it fits in an int64.
func Add(a, b int64) (int64, bool) {
	c := a + b
	if (b > 0 && c < a) || (b < 0 && c > a) {
		return 0, false
	}
	return c, true
}

// Sub returns a-b and whether it fits in an int64.
func Sub(a, b int64) (int64, bool) {
	c := a - b
	if (b > 0 && c > a) || (b < 0 && c < a) {
		return 0, false
	}
	return c, true
}

// Mul returns a*b and whether it fits in an int64.
func Mul(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	if (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return 0, false
	}
	c := a * b
	if c/b != a {
		return 0, false
	}
	return c, true
}
