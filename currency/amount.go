package currency

import (
	"math"
	"strconv"
)

// MaxAmountLen is the longest amount string ToMinor reads, in bytes. Longer
// inputs fail at once with ErrTooLong, so that no input costs time or memory
// out of proportion to a sane amount. 64 bytes hold every int64 amount with
// room for sign, point and trailing zeros.
const MaxAmountLen = 64

// RoundingMode says how ToMinor and CashRound treat a value that falls
// between two representable amounts. The zero value, Exact, never rounds:
// it reports ErrInexact instead.
type RoundingMode uint8

// The rounding modes. "Half" modes round to the nearest value and differ only
// on an exact tie.
const (
	Exact    RoundingMode = iota // no rounding: an inexact value is an error
	HalfEven                     // nearest; ties to the even neighbour (banker's rounding)
	HalfUp                       // nearest; ties away from zero
	HalfDown                     // nearest; ties toward zero
	Up                           // away from zero
	Down                         // toward zero (truncation)
	Ceiling                      // toward positive infinity
	Floor                        // toward negative infinity
)

var modeNames = [...]string{"exact", "half-even", "half-up", "half-down", "up", "down", "ceiling", "floor"}

// ParseRoundingMode returns the mode named s: "exact", "half-even",
// "half-up", "half-down", "up", "down", "ceiling" or "floor" (the names
// String returns; lower case only).
func ParseRoundingMode(s string) (RoundingMode, error) {
	for i, n := range modeNames {
		if n == s {
			return RoundingMode(i), nil
		}
	}
	return Exact, &RoundingModeError{Input: s}
}

// String returns the mode's name as ParseRoundingMode reads it, or
// "RoundingMode(N)" for an undefined value.
func (m RoundingMode) String() string {
	if int(m) < len(modeNames) {
		return modeNames[m]
	}
	return "RoundingMode(" + strconv.Itoa(int(m)) + ")"
}

// roundUp reports whether a magnitude q, truncated toward zero, must be
// increased by one unit. half compares the discarded part with half a unit
// (-1 below, 0 a tie, +1 above); the discarded part is never zero.
func (m RoundingMode) roundUp(neg bool, q uint64, half int) bool {
	switch m {
	case Up:
		return true
	case Down:
		return false
	case Ceiling:
		return !neg
	case Floor:
		return neg
	case HalfUp:
		return half >= 0
	case HalfDown:
		return half > 0
	case HalfEven:
		return half > 0 || half == 0 && q&1 == 1
	}
	return false
}

var pow10 = [...]uint64{1, 10, 100, 1000, 10000}

// ToMinor converts a decimal amount in major units to an integer number of
// minor units of c: "49.99" GBP is 4999, "100" JPY is 100, "1.234" KWD is
// 1234, "-0.5" USD is -50.
//
// The syntax is plain decimal notation only: an optional '-', one or more
// ASCII digits, and optionally '.' followed by one or more digits. A leading
// '+', a bare point (".5", "5."), exponents, hex, "NaN", "Inf", spaces,
// grouping separators and the empty string are ErrSyntax; leading zeros are
// allowed ("007.50"). Inputs longer than MaxAmountLen are ErrTooLong.
//
// Fractional digits beyond the ISO minor unit of c must be zero unless mode
// names a rounding (otherwise ErrInexact). A result outside int64 is
// ErrOverflow (also when the amount needs rounding too); a currency without minor unit (ISO "N.A.") is ErrNoMinorUnit;
// the zero Code is ErrInvalidCode. Errors are *AmountError values. ToMinor
// does not allocate when it succeeds.
func ToMinor(amount string, c Code, mode RoundingMode) (int64, error) {
	// Fast path: a valid amount of at most 14 bytes with no more than d
	// fractional digits. Fewer than 15 digits times 10^4 cannot leave int64,
	// so it needs no overflow check. Everything else (errors and rounding
	// included) is decided by toMinor.
	s := amount
	d := c.digits() // -1 for N.A. and the zero Code
	if d < 0 || len(s) == 0 || len(s) > 14 {
		return toMinor(amount, c, mode)
	}
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	var n int64
	i := 0
	for ; i < len(s); i++ {
		b := s[i] - '0'
		if b > 9 {
			break
		}
		n = n*10 + int64(b)
	}
	if i == 0 {
		return toMinor(amount, c, mode)
	}
	if i < len(s) {
		f := len(s) - i - 1 // fractional digits
		if s[i] != '.' || f == 0 || f > d {
			return toMinor(amount, c, mode)
		}
		for i++; i < len(s); i++ {
			b := s[i] - '0'
			if b > 9 {
				return toMinor(amount, c, mode)
			}
			n = n*10 + int64(b)
		}
		d -= f
	}
	for ; d > 0; d-- { // at most 4 times
		n *= 10
	}
	if neg {
		n = -n
	}
	return n, nil
}

// toMinor is the general path of ToMinor.
func toMinor(amount string, c Code, mode RoundingMode) (int64, error) {
	d := c.digits()
	if d < 0 {
		return 0, codeErr(amount, c)
	}
	if len(amount) > MaxAmountLen {
		return 0, amountErr(amount, c, ErrTooLong)
	}
	s := amount
	neg := false
	if len(s) > 0 && s[0] == '-' {
		neg = true
		s = s[1:]
	}
	// Integer part. At most MaxAmountLen digits, so check as we go.
	var mag uint64
	i := 0
	for ; i < len(s); i++ {
		b := s[i] - '0'
		if b > 9 {
			break
		}
		if mag > (math.MaxUint64-9)/10 {
			return 0, amountErr(amount, c, ErrOverflow)
		}
		mag = mag*10 + uint64(b)
	}
	if i == 0 {
		return 0, amountErr(amount, c, ErrSyntax)
	}
	var frac uint64 // the first d fractional digits
	nfrac := 0      // fractional digits read
	var first byte  // the first discarded digit
	sticky := false // whether a later discarded digit is non-zero
	if i < len(s) {
		if s[i] != '.' || i+1 == len(s) {
			return 0, amountErr(amount, c, ErrSyntax)
		}
		for i++; i < len(s); i++ {
			b := s[i] - '0'
			if b > 9 {
				return 0, amountErr(amount, c, ErrSyntax)
			}
			switch {
			case nfrac < d:
				frac = frac*10 + uint64(b)
			case nfrac == d:
				first = b
			default:
				sticky = sticky || b != 0
			}
			nfrac++
		}
	}
	inexact := first != 0 || sticky
	// Scale the integer part and the collected fraction to d digits.
	if nfrac < d {
		frac *= pow10[d-nfrac]
	}
	p := pow10[d]
	if mag > math.MaxUint64/p {
		return 0, amountErr(amount, c, ErrOverflow)
	}
	mag = mag*p + frac
	if mag < frac { // wrapped
		return 0, amountErr(amount, c, ErrOverflow)
	}
	if inexact {
		if mode == Exact || mode > Floor {
			// An amount outside int64 even before rounding is ErrOverflow,
			// whatever its fraction, as for a decimal.
			if _, ok := signed(neg, mag); !ok {
				return 0, amountErr(amount, c, ErrOverflow)
			}
			return 0, amountErr(amount, c, ErrInexact)
		}
		half := -1
		if first > 5 || first == 5 && sticky {
			half = 1
		} else if first == 5 {
			half = 0
		}
		if mode.roundUp(neg, mag, half) {
			mag++
			if mag == 0 {
				return 0, amountErr(amount, c, ErrOverflow)
			}
		}
	}
	v, ok := signed(neg, mag)
	if !ok {
		return 0, amountErr(amount, c, ErrOverflow)
	}
	return v, nil
}

// signed returns mag with the sign neg as int64, or false if out of range.
func signed(neg bool, mag uint64) (int64, bool) {
	if neg {
		if mag > 1<<63 {
			return 0, false
		}
		return -int64(mag-1) - 1, true
	}
	if mag > math.MaxInt64 {
		return 0, false
	}
	return int64(mag), true
}

func amountErr(input string, c Code, err error) error {
	return &AmountError{Input: input, Code: c, Err: err}
}

// codeErr is the error for a zero Code or an N.A. currency.
func codeErr(input string, c Code) error {
	if c.idx == 0 {
		return amountErr(input, c, ErrInvalidCode)
	}
	return amountErr(input, c, ErrNoMinorUnit)
}

// magnitude returns |v| as uint64 (math.MinInt64 included).
func magnitude(v int64) uint64 {
	if v < 0 {
		return uint64(-(v + 1)) + 1
	}
	return uint64(v)
}

// ToMajor formats minor units of c as a plain decimal string in major units
// with exactly the ISO number of decimals: 4999 GBP is "49.99", 100 JPY is
// "100", 1234 KWD is "1.234", -5 USD is "-0.05". Every int64 is accepted,
// math.MinInt64 included. ToMinor(ToMajor(v, c), c, Exact) returns v.
func ToMajor(minor int64, c Code) (string, error) {
	d := c.digits()
	if d < 0 {
		return "", codeErr(strconv.FormatInt(minor, 10), c)
	}
	var buf [32]byte
	return string(appendMajor(buf[:0], minor, d)), nil
}

// appendMajor appends minor, scaled by 10^-d, in plain notation.
func appendMajor(dst []byte, minor int64, d int) []byte {
	if minor < 0 {
		dst = append(dst, '-')
	}
	var digits [24]byte
	ds := strconv.AppendUint(digits[:0], magnitude(minor), 10)
	for len(ds) <= d { // at least one integer digit
		ds = append([]byte{'0'}, ds...)
	}
	n := len(ds) - d
	dst = append(dst, ds[:n]...)
	if d > 0 {
		dst = append(dst, '.')
		dst = append(dst, ds[n:]...)
	}
	return dst
}

// CashIncrement returns the smallest amount of c, in minor units, that is
// paid in cash: 5 for CHF (0.05), 100 for SEK (1 krona), 50 for DKK. It is
// CLDR's cash rounding (currencyData fractions of the release named by
// CLDRVersion), counted in ISO minor units; only the increment is taken from
// CLDR, never the exponent. A currency for which CLDR has no cash rule, or
// whose cash rule is finer than its minor unit, returns 1. The zero Code and
// N.A. currencies return 0.
func CashIncrement(c Code) int64 {
	if c.digits() < 0 {
		return 0
	}
	k := c.key()
	lo, hi := 0, len(cashIncrements)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if cashIncrements[m].key < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(cashIncrements) && cashIncrements[lo].key == k {
		return cashIncrements[lo].inc
	}
	return 1
}

// CashRound rounds minor units of c to a multiple of CashIncrement(c) with
// mode: CashRound(1234, CHF, HalfUp) is 1235, CashRound(1232, CHF, HalfUp)
// is 1230. A currency without cash increment returns minor unchanged. With
// Exact, an amount that is not a multiple is ErrInexact; a result outside
// int64 is ErrOverflow; the zero Code ErrInvalidCode, an N.A. currency
// ErrNoMinorUnit.
func CashRound(minor int64, c Code, mode RoundingMode) (int64, error) {
	inc := CashIncrement(c)
	if inc == 0 {
		return 0, codeErr(strconv.FormatInt(minor, 10), c)
	}
	v, err := RoundMultiple(minor, inc, mode)
	if err != nil {
		return 0, amountErr(strconv.FormatInt(minor, 10), c, err)
	}
	return v, nil
}
