// Package decimalminor converts between github.com/shopspring/decimal values
// and this module's exact types: integer minor units of a currency, and
// rate.Rate. It is the one package whose signatures carry decimal.Decimal,
// for code that already holds decimal values; the core packages never do.
//
// ToMinor converts a decimal amount in major units into minor units of a
// currency — exactly (currency.Exact: 49.99 GBP is 4999, 0.125 USD is an
// error) or rounded once by a named currency.RoundingMode, with the
// module's one rounding rule (shopspring's own rounding functions are not
// used). FromMinor goes back exactly. ToRate and FromRate do the same for
// rates. Errors are those of package currency (*currency.AmountError
// wrapping currency.ErrInexact, currency.ErrOverflow, currency.ErrTooLong,
// currency.ErrNoMinorUnit, currency.ErrInvalidCode) and of package rate.
//
// The package never reads or changes shopspring's package-level settings
// (DivisionPrecision, MarshalJSONWithoutQuotes, …), and its work is bounded
// whatever the decimal: a coefficient above MaxCoefficientBits bits is
// refused rather than expanded, and no power of ten beyond what the answer
// needs is ever formed.
package decimalminor

import (
	"math/big"
	"strconv"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/rate"
	"github.com/shopspring/decimal"
)

// MaxCoefficientBits bounds the coefficient of a decimal ToMinor and ToRate
// read: a larger one is currency.ErrTooLong (or rate.ErrDigits).
const MaxCoefficientBits = 1024

// maxShift is the largest power of ten ToMinor forms: beyond it, a quotient
// is known to be 0 or the product to overflow without computing them.
const maxShift = 400

var (
	bigTen    = big.NewInt(10)
	bigMinInt = big.NewInt(-1 << 63)
	bigMaxInt = big.NewInt(1<<63 - 1)
)

// describe is the decimal as an error's Input: in plain notation when that
// is short, else its coefficient and exponent (never expanded).
func describe(d decimal.Decimal) string {
	if e := d.Exponent(); e > -40 && e < 40 && d.Coefficient().BitLen() <= 256 {
		return d.String()
	}
	if d.Exponent() == 0 {
		return d.Coefficient().String()
	}
	return d.Coefficient().String() + "e" + strconv.Itoa(int(d.Exponent()))
}

func amountErr(d decimal.Decimal, c currency.Code, err error) error {
	return &currency.AmountError{Input: describe(d), Code: c, Err: err}
}

// ToMinor converts d, an amount in major units of c, to minor units: 49.99
// GBP is 4999, 1.234 KWD is 1234, -0.5 USD is -50. A value with more
// fractional digits than c's ISO minor unit is currency.ErrInexact under
// currency.Exact, and otherwise rounded once by mode. A result outside
// int64 is currency.ErrOverflow; a coefficient above MaxCoefficientBits bits
// currency.ErrTooLong; an undefined mode currency.ErrRoundingMode; a
// currency without minor unit currency.ErrNoMinorUnit (the zero Code
// currency.ErrInvalidCode). Errors are *currency.AmountError values.
func ToMinor(d decimal.Decimal, c currency.Code, mode currency.RoundingMode) (int64, error) {
	e, ok := c.MinorUnits()
	if !ok {
		if c == (currency.Code{}) {
			return 0, amountErr(d, c, currency.ErrInvalidCode)
		}
		return 0, amountErr(d, c, currency.ErrNoMinorUnit)
	}
	if mode > currency.Floor {
		return 0, amountErr(d, c, currency.ErrRoundingMode)
	}
	coef := d.Coefficient()
	if coef.BitLen() > MaxCoefficientBits {
		return 0, amountErr(d, c, currency.ErrTooLong)
	}
	if coef.Sign() == 0 {
		return 0, nil
	}
	neg := coef.Sign() < 0
	mag := new(big.Int).Abs(coef)
	// minor = mag × 10^k, k = exponent + e.
	k := int64(d.Exponent()) + int64(e)
	if k >= 0 {
		if k > 19 {
			return 0, amountErr(d, c, currency.ErrOverflow) // ≥ 10^20 minor units
		}
		mag.Mul(mag, new(big.Int).Exp(bigTen, big.NewInt(k), nil))
		return fit(d, c, neg, mag)
	}
	// Divide by 10^s and round once.
	s := -k
	var q, r *big.Int
	half := -1
	if s > maxShift {
		// mag < 2^1024 < 10^309 ≤ 10^(s−1) / 2: the quotient is 0 and the
		// remainder below half.
		q, r = new(big.Int), mag
	} else {
		div := new(big.Int).Exp(bigTen, big.NewInt(s), nil)
		q, r = new(big.Int).QuoRem(mag, div, new(big.Int))
		half = new(big.Int).Lsh(r, 1).Cmp(div)
	}
	if r.Sign() != 0 {
		if mode == currency.Exact {
			if _, err := fit(d, c, neg, q); err != nil {
				return 0, err
			}
			return 0, amountErr(d, c, currency.ErrInexact)
		}
		if mode.RoundsAway(neg, q.Uint64(), half) {
			q.Add(q, big.NewInt(1))
		}
	}
	return fit(d, c, neg, q)
}

// fit returns the signed magnitude as an int64, or ErrOverflow.
func fit(d decimal.Decimal, c currency.Code, neg bool, mag *big.Int) (int64, error) {
	v := mag
	if neg {
		v = new(big.Int).Neg(mag)
	}
	if v.Cmp(bigMinInt) < 0 || v.Cmp(bigMaxInt) > 0 {
		return 0, amountErr(d, c, currency.ErrOverflow)
	}
	return v.Int64(), nil
}

// FromMinor returns minor units of c as a decimal in major units, exactly:
// 4999 GBP is 49.99, 100 JPY is 100, 1234 KWD is 1.234. A currency without
// minor unit is currency.ErrNoMinorUnit (the zero Code
// currency.ErrInvalidCode).
func FromMinor(minor int64, c currency.Code) (decimal.Decimal, error) {
	e, ok := c.MinorUnits()
	if !ok {
		d := decimal.NewFromInt(minor)
		if c == (currency.Code{}) {
			return decimal.Decimal{}, amountErr(d, c, currency.ErrInvalidCode)
		}
		return decimal.Decimal{}, amountErr(d, c, currency.ErrNoMinorUnit)
	}
	return decimal.New(minor, int32(-e)), nil
}

// ToRate returns d as a rate.Rate, exactly: it must be ≥ 0
// (rate.ErrNegative) and fit a Rate's bounds, 18 significant digits and 18
// decimal places (rate.ErrDigits).
func ToRate(d decimal.Decimal) (rate.Rate, error) {
	coef := d.Coefficient()
	if coef.Sign() < 0 {
		return rate.Rate{}, &rate.ParseError{Input: describe(d), Err: rate.ErrNegative}
	}
	if coef.Sign() == 0 {
		return rate.Rate{}, nil
	}
	exp := int64(d.Exponent())
	if coef.BitLen() > MaxCoefficientBits || exp > 18 || exp < -maxShift {
		return rate.Rate{}, &rate.ParseError{Input: describe(d), Err: rate.ErrDigits}
	}
	c := new(big.Int).Set(coef)
	// Trailing zeros of the coefficient do not count as digits.
	m := new(big.Int)
	for exp < 0 {
		q, r := new(big.Int).QuoRem(c, bigTen, m)
		if r.Sign() != 0 {
			break
		}
		c, exp = q, exp+1
	}
	if exp > 0 {
		c.Mul(c, new(big.Int).Exp(bigTen, big.NewInt(exp), nil))
		exp = 0
	}
	if !c.IsInt64() {
		return rate.Rate{}, &rate.ParseError{Input: describe(d), Err: rate.ErrDigits}
	}
	return rate.New(c.Int64(), int(-exp))
}

// FromRate returns r as a decimal, exactly.
func FromRate(r rate.Rate) decimal.Decimal {
	c, s := r.Coefficient()
	return decimal.New(c, int32(-s))
}
