package rate

// Independent oracles: math/big rationals with their own rounding, and
// shopspring/decimal with its own rounding functions.

import (
	"math/big"
	"slices"

	"github.com/paysession/paysession/currency"
	"github.com/shopspring/decimal"
)

// ratOf returns the exact value of r.
func ratOf(r Rate) *big.Rat {
	c, s := r.Coefficient()
	return new(big.Rat).SetFrac(big.NewInt(c), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(s)), nil))
}

// bigRound rounds x to an integer by mode, written from the definitions.
func bigRound(x *big.Rat, mode currency.RoundingMode) (*big.Int, bool) {
	num, den := x.Num(), x.Denom()
	fl := new(big.Int).Div(num, den) // Euclidean, den > 0: the floor
	rem := new(big.Int).Sub(num, new(big.Int).Mul(fl, den))
	if rem.Sign() == 0 {
		return fl, true
	}
	ceil := new(big.Int).Add(fl, big.NewInt(1))
	pos := x.Sign() > 0
	cmp := new(big.Int).Lsh(rem, 1).Cmp(den)
	pick := func(up bool) (*big.Int, bool) {
		if up {
			return ceil, true
		}
		return fl, true
	}
	switch mode {
	case currency.Floor:
		return fl, true
	case currency.Ceiling:
		return ceil, true
	case currency.Down:
		return pick(!pos)
	case currency.Up:
		return pick(pos)
	case currency.HalfUp, currency.HalfDown, currency.HalfEven:
		if cmp < 0 {
			return fl, true
		}
		if cmp > 0 {
			return ceil, true
		}
		switch mode {
		case currency.HalfUp:
			return pick(pos)
		case currency.HalfDown:
			return pick(!pos)
		}
		return pick(fl.Bit(0) == 1)
	}
	return nil, false // Exact: inexact
}

// bigWant is the oracle's answer for a rational result: the int64 value,
// or the error expected.
func bigWant(x *big.Rat, mode currency.RoundingMode) (int64, error) {
	if t, _ := bigRound(x, currency.Down); !t.IsInt64() {
		return 0, ErrOverflow // out of range before any rounding
	}
	v, ok := bigRound(x, mode)
	if !ok {
		return 0, ErrInexact
	}
	if !v.IsInt64() {
		return 0, ErrOverflow
	}
	return v.Int64(), nil
}

// decOf returns r as a shopspring decimal.
func decOf(r Rate) decimal.Decimal {
	c, s := r.Coefficient()
	return decimal.New(c, int32(-s))
}

// decRound rounds d to an integer with shopspring's own functions; false
// for the modes it has none for (HalfDown) and for Exact when inexact.
func decRound(d decimal.Decimal, mode currency.RoundingMode) (decimal.Decimal, bool) {
	switch mode {
	case currency.HalfEven:
		return d.RoundBank(0), true
	case currency.HalfUp:
		return d.Round(0), true // half away from zero
	case currency.Up:
		return d.RoundUp(0), true
	case currency.Down:
		return d.RoundDown(0), true
	case currency.Ceiling:
		return d.RoundCeil(0), true
	case currency.Floor:
		return d.RoundFloor(0), true
	case currency.Exact:
		return d, d.IsInteger()
	}
	return decimal.Decimal{}, false
}

// decWant is shopspring's answer; ok is false when it has no such mode.
func decWant(d decimal.Decimal, mode currency.RoundingMode) (v int64, err error, ok bool) {
	if mode == currency.HalfDown {
		return 0, nil, false
	}
	t := d.RoundDown(0)
	if t.Cmp(decimal.NewFromInt(1<<62).Mul(decimal.NewFromInt(2))) >= 0 || t.Cmp(decimal.NewFromInt(-1<<62).Mul(decimal.NewFromInt(2))) < 0 {
		return 0, ErrOverflow, true
	}
	r, exact := decRound(d, mode)
	if !exact {
		return 0, ErrInexact, true
	}
	if r.Cmp(decimal.NewFromInt(1<<62).Mul(decimal.NewFromInt(2))) >= 0 || r.Cmp(decimal.NewFromInt(-1<<62).Mul(decimal.NewFromInt(2))) < 0 {
		return 0, ErrOverflow, true
	}
	return r.IntPart(), nil, true
}

// bigSplit is Split's rule from its definition: total rounded once, floors,
// units to the largest remainders, equal remainders by lower index.
func bigSplit(rr *big.Rat, xs []int64, mode currency.RoundingMode) ([]int64, int64, error) {
	sum := new(big.Rat)
	type share struct {
		i     int
		floor *big.Int
		rem   *big.Rat
	}
	shares := make([]share, len(xs))
	for i, x := range xs {
		e := new(big.Rat).Mul(new(big.Rat).SetInt64(x), rr)
		sum.Add(sum, e)
		fl, _ := bigRound(e, currency.Floor)
		shares[i] = share{i, fl, new(big.Rat).Sub(e, new(big.Rat).SetInt(fl))}
		if !fl.IsInt64() {
			return nil, 0, ErrOverflow
		}
	}
	total, err := bigWant(sum, mode)
	if err != nil {
		return nil, 0, err
	}
	floors := new(big.Int)
	for _, s := range shares {
		floors.Add(floors, s.floor)
	}
	left := new(big.Int).Sub(big.NewInt(total), floors).Int64()
	order := slices.Clone(shares)
	slices.SortStableFunc(order, func(a, b share) int { return b.rem.Cmp(a.rem) })
	parts := make([]int64, len(xs))
	for _, s := range shares {
		parts[s.i] = s.floor.Int64()
	}
	for k := range left {
		parts[order[k].i]++
	}
	return parts, total, nil
}
