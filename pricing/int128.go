package pricing

import (
	"math"
	"math/bits"

	"github.com/paysession/paysession/currency"
)

// bpsDenominator is 100 % in basis points.
const bpsDenominator = 10000

// mulBPS returns x × bps / 10 000 rounded by mode, and whether the result
// fits in an int64. NewPricer never lets currency.Exact reach it with a
// non-zero bps.
// It is exact: the product is formed in 128 bits and divided once.
func mulBPS(x, bps int64, mode currency.RoundingMode) (int64, bool) {
	if bps < 0 {
		return 0, false
	}
	neg := x < 0
	mag := uint64(x)
	if neg {
		mag = -mag // two's complement magnitude; right for MinInt64 too
	}
	hi, lo := bits.Mul64(mag, uint64(bps))
	if hi >= bpsDenominator {
		return 0, false // quotient does not fit in 64 bits
	}
	q, r := bits.Div64(hi, lo, bpsDenominator)
	if r != 0 {
		half := 0
		switch {
		case 2*r < bpsDenominator:
			half = -1
		case 2*r > bpsDenominator:
			half = 1
		}
		if roundAway(mode, neg, q, half) {
			if q == math.MaxUint64 {
				return 0, false
			}
			q++
		}
	}
	return signed(neg, q)
}

// roundAway reports whether a magnitude q, truncated toward zero with a
// non-zero remainder, must grow by one unit. half compares the remainder with
// half a unit (-1 below, 0 a tie, +1 above).
func roundAway(mode currency.RoundingMode, neg bool, q uint64, half int) bool {
	switch mode {
	case currency.Up:
		return true
	case currency.Down:
		return false
	case currency.Ceiling:
		return !neg
	case currency.Floor:
		return neg
	case currency.HalfDown:
		return half > 0
	case currency.HalfEven:
		return half > 0 || half == 0 && q&1 == 1
	default: // currency.HalfUp
		return half >= 0
	}
}

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
