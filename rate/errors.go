package rate

import (
	"errors"
	"strconv"
)

// Sentinel errors. Every error of the package is one of them or wraps one
// (a *ParseError); test with errors.Is. Their texts are stable.
var (
	// ErrSyntax: not a plain decimal or percentage.
	ErrSyntax = errors.New("invalid rate syntax (want a plain decimal like 0.08875 or a percentage like 8.875%)")
	// ErrTooLong: a rate string longer than MaxLen bytes.
	ErrTooLong = errors.New("rate too long")
	// ErrDigits: more than MaxDigits significant digits or more than
	// MaxScale decimal places.
	ErrDigits = errors.New("rate has too many digits (at most 18 significant digits and 18 decimal places)")
	// ErrNegative: a negative rate or negative basis points, or a negative
	// amount where the operation needs amounts ≥ 0 (Split).
	ErrNegative = errors.New("rate must not be negative")
	// ErrInexact: a result that is not a whole number of minor units,
	// computed with currency.Exact.
	ErrInexact = errors.New("result needs rounding")
	// ErrOverflow: a result outside int64.
	ErrOverflow = errors.New("result out of range")
	// ErrMode: an undefined rounding mode.
	ErrMode = errors.New("undefined rounding mode")
	// ErrCurrency: a currency without ISO minor unit (or the zero Code) in
	// Convert.
	ErrCurrency = errors.New("currency has no minor unit")
	// ErrLength: Split's dst and amounts differ in length.
	ErrLength = errors.New("dst and amounts differ in length")
)

// maxShown bounds how much of an input a message quotes.
const maxShown = 24

// ParseError reports a rate string Parse refused, or basis points FromBPS
// refused.
type ParseError struct {
	Input string // the string given to Parse, or the basis points in decimal
	Err   error  // ErrSyntax, ErrTooLong, ErrDigits or ErrNegative
}

// Error returns a message naming the input (at most 24 bytes of it), e.g.
// `rate: "1e-3": invalid rate syntax (…)`.
func (e *ParseError) Error() string {
	in := e.Input
	if len(in) > maxShown {
		in = in[:maxShown]
		return "rate: " + strconv.Quote(in) + "...: " + e.Err.Error()
	}
	return "rate: " + strconv.Quote(in) + ": " + e.Err.Error()
}

// Unwrap returns e.Err.
func (e *ParseError) Unwrap() error { return e.Err }
