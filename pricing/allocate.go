package pricing

import (
	"errors"
	"math"
	"math/bits"
)

// Errors of Allocate and AllocateInto.
var (
	// ErrWeights: the weights are empty, one is negative, they sum to 0, or
	// their sum does not fit in an int64.
	ErrWeights = errors.New("pricing: weights must be ≥ 0 with a positive sum that fits in int64")
	// ErrLength: dst and weights have different lengths.
	ErrLength = errors.New("pricing: dst and weights differ in length")
)

// Allocate splits amount into len(weights) parts proportional to the weights,
// by the largest-remainder method, and returns the parts. They always sum to
// amount exactly. See AllocateInto for the rules.
func Allocate(amount int64, weights []int64) ([]int64, error) {
	if err := checkWeights(weights); err != nil {
		return nil, err
	}
	dst := make([]int64, len(weights))
	if err := AllocateInto(dst, amount, weights); err != nil {
		return nil, err
	}
	return dst, nil
}

// AllocateInto is Allocate writing the parts into dst, which must have the
// length of weights; it does not allocate.
//
// The rules: with W the sum of the weights, part i is first
// floor(|amount| × weights[i] / W), computed exactly (128-bit product, one
// division). The units still missing, fewer than the number of weights, go
// one each to the parts with the largest remainders; equal remainders are
// broken by the lower index. A part of weight 0 is always 0. A negative
// amount (a refund) is split like its absolute value and every part negated,
// so Allocate(-a, w) is the negation of Allocate(a, w). Each part therefore
// lies strictly within one minor unit of its exact share amount × w / W.
//
// Weights must be ≥ 0 with a positive sum that fits in an int64 (otherwise
// ErrWeights); dst must have their length (otherwise ErrLength). On an error
// dst is left unchanged.
func AllocateInto(dst []int64, amount int64, weights []int64) error {
	if len(dst) != len(weights) {
		return ErrLength
	}
	if err := checkWeights(weights); err != nil {
		return err
	}
	var total uint64
	for _, w := range weights {
		total += uint64(w)
	}
	neg := amount < 0
	mag := uint64(amount)
	if neg {
		mag = -mag
	}
	// First pass: floor shares, kept as uint64 bit patterns in dst (a share
	// can be 2^63 when amount is MinInt64).
	var given uint64
	for i, w := range weights {
		hi, lo := bits.Mul64(mag, uint64(w))
		q, _ := bits.Div64(hi, lo, total) // hi < total since w ≤ total
		dst[i] = int64(q)
		given += q
	}
	left := mag - given // Σ remainders = left × total, so left < len(weights)
	// rem recomputes the remainder of part i from its floor share with
	// wrapping multiplications: mag×w − q×total is the remainder exactly
	// modulo 2^64, and the remainder is < total ≤ MaxInt64.
	rem := func(i int) uint64 { return mag*uint64(weights[i]) - uint64(dst[i])*total }
	switch {
	case left == 0:
	case left < 64:
		// Few units: pick the largest (remainder, −index) key below the last
		// pick, left times.
		prevR, prevI := uint64(math.MaxUint64), -1
		for range left {
			bestR, bestI := uint64(0), -1
			for i := range weights {
				r := rem(i)
				if (r < prevR || r == prevR && i > prevI) && (bestI < 0 || r > bestR) {
					bestR, bestI = r, i
				}
			}
			dst[bestI]++
			prevR, prevI = bestR, bestI
		}
	default:
		// Many units: find by bisection the left-th largest remainder T,
		// give a unit to every remainder above T, then to the lowest
		// indexes with remainder T until none is left.
		lo, hi := uint64(0), total-1 // invariant: above(hi) < left
		for lo < hi {
			mid := lo + (hi-lo)/2
			if above(rem, len(weights), mid) < left {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		t := lo
		rest := left - above(rem, len(weights), t)
		for i := range weights {
			r := rem(i)
			if r > t {
				dst[i]++
			} else if r == t && rest > 0 {
				dst[i]++
				rest--
			}
		}
	}
	for i := range dst {
		dst[i], _ = signed(neg, uint64(dst[i]))
	}
	return nil
}

// above counts the remainders greater than t.
func above(rem func(int) uint64, n int, t uint64) uint64 {
	var c uint64
	for i := range n {
		if rem(i) > t {
			c++
		}
	}
	return c
}

func checkWeights(weights []int64) error {
	var total uint64
	for _, w := range weights {
		if w < 0 {
			return ErrWeights
		}
		total += uint64(w)
		if total > math.MaxInt64 {
			return ErrWeights
		}
	}
	if total == 0 {
		return ErrWeights
	}
	return nil
}
