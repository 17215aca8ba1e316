package rate

import (
	"github.com/paysession/paysession/currency"
)

// Of returns x × r rounded once by mode: 8.875 % of 1200 is 106.5, so 106
// with currency.HalfEven, 107 with currency.HalfUp. x may be negative (the
// mirror image of the positive result). Errors: ErrInexact (currency.Exact
// and a result that is not whole), ErrMode, ErrOverflow. It does not
// allocate.
func (r Rate) Of(x int64, mode currency.RoundingMode) (int64, error) {
	if err := checkMode(mode); err != nil {
		return 0, err
	}
	mag, neg := magnitude(x)
	return divPow10(mul64(mag, r.coef), int(r.scale)).round(neg, mode)
}

// Inclusive returns the part of a gross amount g that a rate r included in
// it: round(g × r / (1 + r)) by mode. 21 % included in 10000 is 1735.537…,
// so 1736; the net amount is g − Inclusive(g). Errors as for Of.
func (r Rate) Inclusive(g int64, mode currency.RoundingMode) (int64, error) {
	if err := checkMode(mode); err != nil {
		return 0, err
	}
	mag, neg := magnitude(g)
	// g × c / (10^s + c): the divisor is below 2 × 10^18.
	return divBy(mul64(mag, r.coef), pow10[r.scale]+r.coef).round(neg, mode)
}

// Convert converts x minor units of from into minor units of to at the
// exchange rate r (units of to per unit of from): round(x × r × 10^(e(to) −
// e(from))) by mode, with e the ISO 4217 exponents. 1999 USD cents at
// 151.237 are 3023.22763 yen, so 3023; 1000 KWD fils (1 KWD) at 3.2567 are
// 325.67 USD cents, so 326. A currency without minor unit (or the zero Code)
// is ErrCurrency; other errors as for Of. It does not allocate.
func (r Rate) Convert(x int64, from, to currency.Code, mode currency.RoundingMode) (int64, error) {
	if err := checkMode(mode); err != nil {
		return 0, err
	}
	ef, ok1 := from.MinorUnits()
	et, ok2 := to.MinorUnits()
	if !ok1 || !ok2 {
		return 0, ErrCurrency
	}
	mag, neg := magnitude(x)
	p := mul64(mag, r.coef)
	s := int(r.scale)
	if k := et - ef; k >= 0 {
		var ok bool
		if p, ok = p.mul(pow10[k]); !ok {
			return 0, ErrOverflow // ≥ 2^128 / 10^18 > 2^63
		}
	} else {
		s -= k
	}
	return divPow10(p, s).round(neg, mode)
}

// WithMarkup returns r × (1 + m): 151.237 with a 2 % markup (m = 0.02) is
// 154.26174. The result is exact; when it needs more than MaxDigits digits
// or MaxScale decimal places it is ErrDigits.
func (r Rate) WithMarkup(m Rate) (Rate, error) {
	// (c_r × (10^s_m + c_m)) × 10^-(s_r + s_m), both factors < 2^61.
	p := mul64(r.coef, pow10[m.scale]+m.coef)
	s := int(r.scale) + int(m.scale)
	for s > 0 {
		q, rem := p.divmod(10)
		if rem != 0 {
			break
		}
		p, s = q, s-1
	}
	if p.hi != 0 || p.lo > maxCoef || s > MaxScale {
		return Rate{}, ErrDigits
	}
	return Rate{coef: p.lo, scale: uint8(s)}, nil
}

// Split computes the rate of a total split over parts: with T = round(Σ xs ×
// r) by mode, it writes into dst (of the length of xs) parts that add up to
// T, each the floor of its exact share xs[i] × r plus one unit for the
// parts with the largest remainders (equal remainders: the lower index
// first), and returns T. Each part therefore lies within one unit of its
// exact share, and a part whose share is whole is exactly it.
//
// The amounts must be ≥ 0 (otherwise ErrNegative); dst must have their
// length (otherwise ErrLength); a part or total outside int64 is
// ErrOverflow; ErrInexact and ErrMode as for Of. On an error dst is left
// unchanged. Split does not allocate.
func (r Rate) Split(dst, xs []int64, mode currency.RoundingMode) (int64, error) {
	return split(dst, xs, r.coef, pow10[r.scale], mode)
}

// SplitInclusive is Split for the tax that gross amounts contain: the total
// round(Σ xs × r / (1 + r)) split by the largest remainder of the exact
// shares xs[i] × r / (1 + r), with the same rules and errors as Split.
func (r Rate) SplitInclusive(dst, xs []int64, mode currency.RoundingMode) (int64, error) {
	return split(dst, xs, r.coef, pow10[r.scale]+r.coef, mode)
}

// split is Split for the shares xs[i] × num / d, 0 < d < 2^61, num < 2^60.
func split(dst, xs []int64, num, d uint64, mode currency.RoundingMode) (int64, error) {
	if len(dst) != len(xs) {
		return 0, ErrLength
	}
	if err := checkMode(mode); err != nil {
		return 0, err
	}
	for _, x := range xs {
		if x < 0 {
			return 0, ErrNegative
		}
	}
	// Pass 1: the floors and the remainders summed; every error comes
	// before dst is written.
	var floors uint64 // Σ floor(xs[i] × r), checked ≤ MaxInt64
	var rems u128     // Σ remainders
	for _, x := range xs {
		q, rm := mul64(uint64(x), num).divmod(d)
		floors += q.lo
		if q.hi != 0 || q.lo > 1<<63-1 || floors > 1<<63-1 {
			return 0, ErrOverflow
		}
		rems, _ = rems.add(u128{0, rm})
	}
	// T = floors + round(rems / d).
	// (HalfEven looks at the parity of the total, not of the extra units.)
	qr := divBy(rems, d)
	extra := qr.q.lo // rems < 2^64 × d since every remainder is < d
	if qr.inexact {
		if mode == currency.Exact {
			return 0, ErrInexact
		}
		if mode.RoundsAway(false, floors+extra, qr.half) {
			extra++
		}
	}
	total := floors + extra
	if total > 1<<63-1 {
		return 0, ErrOverflow
	}
	for i, x := range xs {
		_, rm := mul64(uint64(x), num).divmod(d)
		dst[i] = int64(rm)
	}
	// The extra units (at most the number of non-zero remainders) go to the
	// largest remainders, equal ones by lower index: find the extra-th
	// largest remainder t and how many of the remainders equal to t get one.
	t, rest := threshold(dst, extra, d)
	for i, x := range xs {
		rm := uint64(dst[i])
		q, _ := mul64(uint64(x), num).divmod(d)
		dst[i] = int64(q.lo)
		switch {
		case rm > t:
			dst[i]++
		case rm == t && rest > 0:
			dst[i]++
			rest--
		}
	}
	return int64(total), nil
}

// threshold returns, for remainders rs (as int64 values < d) and left > 0
// units to give, the remainder t such that every remainder above t gets a
// unit and the first rest remainders equal to t get one too. With left = 0
// it returns t = d (nobody gets one).
func threshold(rs []int64, left, d uint64) (t, rest uint64) {
	if left == 0 {
		return d, 0
	}
	above := func(t uint64) uint64 {
		var c uint64
		for _, r := range rs {
			if uint64(r) > t {
				c++
			}
		}
		return c
	}
	if left <= 8 {
		// Few units: walk the distinct remainders downwards.
		var given uint64 // remainders above the current one
		prev := d
		for {
			best, cnt, found := uint64(0), uint64(0), false
			for _, r := range rs {
				switch u := uint64(r); {
				case u >= prev:
				case !found || u > best:
					best, cnt, found = u, 1, true
				case u == best:
					cnt++
				}
			}
			if !found || given+cnt >= left {
				return best, left - given
			}
			given += cnt
			prev = best
		}
	}
	lo, hi := uint64(0), d-1 // invariant: above(hi) < left
	for lo < hi {
		mid := lo + (hi-lo)/2
		if above(mid) < left {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, left - above(lo)
}
