package rate

// Independent oracles: math/big rationals with their own rounding, and
// shopspring/decimal with its own rounding functions.

import (
	"math/big"
	"slices"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/internal/decimaloracle"
	"github.com/shopspring/decimal"
)

// ratOf returns the exact value of r.
func ratOf(r Rate) *big.Rat {
	c, s := r.Coefficient()
	return new(big.Rat).SetFrac(big.NewInt(c), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(s)), nil))
}

// bigWant is the oracle's answer for a rational result: the int64 value,
// or the error expected.
func bigWant(x *big.Rat, mode currency.RoundingMode) (int64, error) {
	if t, _ := decimaloracle.RoundRat(x, currency.Down); !t.IsInt64() {
		return 0, ErrOverflow // out of range before any rounding
	}
	v, ok := decimaloracle.RoundRat(x, mode)
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

// decWant is shopspring's answer; ok is false when it has no such mode.
func decWant(d decimal.Decimal, mode currency.RoundingMode) (v int64, err error, ok bool) {
	if mode == currency.HalfDown {
		return 0, nil, false
	}
	t := d.RoundDown(0)
	if t.Cmp(decimal.NewFromInt(1<<62).Mul(decimal.NewFromInt(2))) >= 0 || t.Cmp(decimal.NewFromInt(-1<<62).Mul(decimal.NewFromInt(2))) < 0 {
		return 0, ErrOverflow, true
	}
	r, exact := decimaloracle.Round(d, mode)
	if mode == currency.Exact {
		r, exact = d, d.IsInteger()
	}
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
		fl, _ := decimaloracle.RoundRat(e, currency.Floor)
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
