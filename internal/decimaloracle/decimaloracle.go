// Package decimaloracle holds the independent rounding oracles the tests of
// this module check amounts against: rounding of math/big rationals written
// from the modes' definitions, and shopspring/decimal's own rounding
// functions. It is for tests only: no package of the library imports it
// outside its _test.go files, so neither it nor shopspring/decimal joins
// the library's import graph through it.
//
// Neither oracle shares code with the rounding under test (package currency
// and the amount kernel): RoundRat works from the floor and the remainder
// compared with one half, Round delegates to shopspring.
package decimaloracle

import (
	"math/big"

	"github.com/paysession/paysession/currency"
	"github.com/shopspring/decimal"
)

// RoundRat rounds x to an integer by mode, from the modes' definitions:
// floor, ceiling, toward or away from zero, or the nearest integer with
// ties half up (away from zero), half down (toward zero) or half even. A
// value that is already an integer is itself in every mode; ok is false
// only for currency.Exact (or an undefined mode) when x is not an integer.
func RoundRat(x *big.Rat, mode currency.RoundingMode) (v *big.Int, ok bool) {
	num, den := x.Num(), x.Denom()
	fl := new(big.Int).Div(num, den) // Euclidean, den > 0: the floor
	rem := new(big.Int).Sub(num, new(big.Int).Mul(fl, den))
	if rem.Sign() == 0 {
		return fl, true
	}
	ceil := new(big.Int).Add(fl, big.NewInt(1))
	pos := x.Sign() > 0
	cmp := new(big.Int).Lsh(rem, 1).Cmp(den) // the fraction against 1/2
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
		if cmp != 0 {
			return pick(cmp > 0)
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

// Round rounds d to an integer with shopspring's own functions (RoundBank,
// Round, RoundUp, RoundDown, RoundCeil, RoundFloor). ok is false for the
// modes shopspring has no function for: currency.HalfDown, and
// currency.Exact, which is no rounding at all.
func Round(d decimal.Decimal, mode currency.RoundingMode) (r decimal.Decimal, ok bool) {
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
	}
	return d, false
}
