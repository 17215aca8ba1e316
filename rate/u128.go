package rate

import (
	"math/bits"

	"github.com/paysession/paysession/currency"
)

// u128 is an unsigned 128-bit integer. Every product the package forms fits
// in it: an int64 magnitude (< 2^63) times a coefficient (< 2^60) is below
// 2^123.
type u128 struct{ hi, lo uint64 }

func mul64(a, b uint64) u128 {
	hi, lo := bits.Mul64(a, b)
	return u128{hi, lo}
}

// mul returns u × b and whether it fits in 128 bits.
func (u u128) mul(b uint64) (u128, bool) {
	h1, l1 := bits.Mul64(u.lo, b)
	h2, l2 := bits.Mul64(u.hi, b)
	hi, c := bits.Add64(h1, l2, 0)
	return u128{hi, l1}, h2 == 0 && c == 0
}

func (u u128) add(v u128) (u128, bool) {
	lo, c := bits.Add64(u.lo, v.lo, 0)
	hi, c2 := bits.Add64(u.hi, v.hi, c)
	return u128{hi, lo}, c2 == 0
}

func (u u128) cmp(v u128) int {
	switch {
	case u.hi < v.hi:
		return -1
	case u.hi > v.hi:
		return 1
	case u.lo < v.lo:
		return -1
	case u.lo > v.lo:
		return 1
	}
	return 0
}

// divmod returns u / d and u mod d for d > 0.
func (u u128) divmod(d uint64) (u128, uint64) {
	if u.hi == 0 {
		return u128{0, u.lo / d}, u.lo % d // one division
	}
	qhi, r := bits.Div64(0, u.hi, d)
	qlo, r := bits.Div64(r, u.lo, d)
	return u128{qhi, qlo}, r
}

// quotient is a magnitude divided by a positive divisor: the truncated
// quotient, how the remainder compares with half the divisor (-1, 0, +1),
// and whether the remainder is non-zero.
type quotient struct {
	q       u128
	half    int
	inexact bool
}

// divPow10 divides u by 10^s, 0 ≤ s ≤ 38.
func divPow10(u u128, s int) quotient {
	if s <= 19 {
		q, r := u.divmod(pow10[s])
		return quotient{q, halfCmp(u128{0, r}, u128{0, pow10[s]}), r != 0}
	}
	// Two steps: u = (q·10^(s−19) + r2)·10^19 + r1, remainder r2·10^19 + r1.
	q1, r1 := u.divmod(pow10[19])
	q, r2 := q1.divmod(pow10[s-19])
	rem, _ := mul64(r2, pow10[19]).add(u128{0, r1})
	d := mul64(pow10[s-19], pow10[19])
	return quotient{q, halfCmp(rem, d), rem != u128{}}
}

// divBy divides u by d > 0.
func divBy(u u128, d uint64) quotient {
	q, r := u.divmod(d)
	return quotient{q, halfCmp(u128{0, r}, u128{0, d}), r != 0}
}

// halfCmp compares a remainder r < d with d/2: 2r against d. d < 2^127.
func halfCmp(r, d u128) int {
	r2 := u128{r.hi<<1 | r.lo>>63, r.lo << 1}
	return r2.cmp(d)
}

// round rounds the quotient of a magnitude with sign neg by mode and
// returns it as an int64. A truncated quotient outside int64 is ErrOverflow
// before anything else; then an inexact quotient under currency.Exact is
// ErrInexact. The mode has been checked (checkMode).
func (q quotient) round(neg bool, mode currency.RoundingMode) (int64, error) {
	m := q.q
	if m.hi != 0 {
		return 0, ErrOverflow
	}
	if q.inexact {
		if mode == currency.Exact {
			if _, err := signed(neg, m.lo); err != nil {
				return 0, err
			}
			return 0, ErrInexact
		}
		if mode.RoundsAway(neg, m.lo, q.half) {
			if m.lo == 1<<64-1 {
				return 0, ErrOverflow
			}
			m.lo++
		}
	}
	return signed(neg, m.lo)
}

// signed returns mag with sign neg as an int64.
func signed(neg bool, mag uint64) (int64, error) {
	if neg {
		if mag > 1<<63 {
			return 0, ErrOverflow
		}
		return int64(-mag), nil // wraps correctly for 2^63
	}
	if mag > 1<<63-1 {
		return 0, ErrOverflow
	}
	return int64(mag), nil
}

// magnitude returns |x| (math.MinInt64 included) and its sign.
func magnitude(x int64) (uint64, bool) {
	if x < 0 {
		return -uint64(x), true
	}
	return uint64(x), false
}

// checkMode returns ErrMode for an undefined rounding mode.
func checkMode(mode currency.RoundingMode) error {
	if mode > currency.Floor {
		return ErrMode
	}
	return nil
}
