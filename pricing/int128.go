package pricing

import "math"

// signed returns the int64 with sign neg and magnitude mag, and whether it
// fits.
func signed(neg bool, mag uint64) (int64, bool) {
	if !neg {
		if mag > math.MaxInt64 {
			return 0, false
		}
		return int64(mag), true
	}
	if mag > 1<<63 {
		return 0, false
	}
	if mag == 1<<63 {
		return math.MinInt64, true
	}
	return -int64(mag), true
}
