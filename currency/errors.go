package currency

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// Sentinel errors. Every error the package returns wraps exactly one of them;
// test with errors.Is. The typed errors (*ParseError, *AmountError,
// *RoundingModeError, *LocaleError, *DisplayError) carry the offending input; get them with
// errors.As.
var (
	// ErrMalformed: a currency code that is not three upper-case ASCII
	// letters, or a numeric code that is not three ASCII digits.
	ErrMalformed = errors.New("malformed currency code")
	// ErrUnknown: a well-formed code that ISO 4217 does not list as current
	// and never listed as withdrawn.
	ErrUnknown = errors.New("unknown currency code")
	// ErrWithdrawn: a code in ISO 4217 List Three (withdrawn); the
	// *ParseError carries the date.
	ErrWithdrawn = errors.New("withdrawn currency code")

	// ErrInvalidCode: an operation on the zero Code.
	ErrInvalidCode = errors.New("invalid currency code (zero value)")
	// ErrNoMinorUnit: an amount in a currency whose ISO minor unit is
	// "N.A." (XAU, XDR, XXX, ...); such currencies cannot hold an amount.
	ErrNoMinorUnit = errors.New("currency has no minor unit (ISO 4217 N.A.)")
	// ErrSyntax: an amount that is not a plain decimal number.
	ErrSyntax = errors.New("invalid decimal syntax")
	// ErrTooLong: an amount longer than MaxAmountLen bytes.
	ErrTooLong = errors.New("amount too long")
	// ErrInexact: an amount with more fractional digits than the currency
	// allows, converted without a rounding mode (Exact), or a cash amount
	// that is not a multiple of the cash increment.
	ErrInexact = errors.New("amount needs rounding")
	// ErrOverflow: a result outside the range of int64 minor units.
	ErrOverflow = errors.New("amount out of range")
	// ErrRoundingMode: an unknown rounding mode name.
	ErrRoundingMode = errors.New("unknown rounding mode")
	// ErrCurrencyMismatch: arithmetic or a comparison on two Amounts of
	// different currencies.
	ErrCurrencyMismatch = errors.New("amounts of different currencies")
	// ErrLocale: a locale that is not a well-formed BCP 47 tag (as Intl
	// reads one) or is too long; the *LocaleError says why.
	ErrLocale = errors.New("invalid locale")
	// ErrDisplay: an unknown name of a Display.
	ErrDisplay = errors.New("unknown currency display")
)

// maxLocaleShown bounds how much of a locale tag a LocaleError quotes (at
// most four bytes of message per byte when it is escaped).
const maxLocaleShown = 24

// maxShown bounds how much of an input an error message quotes.
const maxShown = 72

func quote(s string) string {
	if len(s) > maxShown {
		return strconv.Quote(s[:maxShown]) + "..."
	}
	return strconv.Quote(s)
}

// ParseError reports a currency code that Parse or ParseNumeric rejected.
type ParseError struct {
	Input     string // the string given to Parse or ParseNumeric
	Err       error  // ErrMalformed, ErrUnknown or ErrWithdrawn
	Withdrawn string // the withdrawal date ("2023-01") when Err is ErrWithdrawn
}

// Error returns a message naming the input, e.g.
// `currency: "HRK": withdrawn currency code (withdrawal date 2023-01)`.
func (e *ParseError) Error() string {
	msg := "currency: " + quote(e.Input) + ": " + e.Err.Error()
	if e.Withdrawn != "" {
		msg += " (withdrawal date " + e.Withdrawn + ")"
	}
	return msg
}

// Unwrap returns e.Err.
func (e *ParseError) Unwrap() error { return e.Err }

// AmountError reports an amount that could not be converted, rounded or
// formatted.
type AmountError struct {
	Input string // the amount as given to ToMinor, or the minor units in decimal
	Code  Code   // the currency of the operation (may be the zero Code)
	Err   error  // one of the package's sentinel errors
}

// Error returns a message naming the amount and currency, e.g.
// `currency: amount "0.125" USD: amount needs rounding`.
func (e *AmountError) Error() string {
	c := e.Code.String()
	if c == "" {
		c = "(no currency)"
	}
	return "currency: amount " + quote(e.Input) + " " + c + ": " + e.Err.Error()
}

// Unwrap returns e.Err.
func (e *AmountError) Unwrap() error { return e.Err }

// RoundingModeError reports an unknown rounding mode name.
type RoundingModeError struct {
	Input string
}

// Error returns a message naming the input and the known names.
func (e *RoundingModeError) Error() string {
	return "currency: " + quote(e.Input) + ": " + ErrRoundingMode.Error() +
		" (want exact, half-even, half-up, half-down, up, down, ceiling or floor)"
}

// Unwrap returns ErrRoundingMode.
func (e *RoundingModeError) Unwrap() error { return ErrRoundingMode }

// LocaleError reports a locale Format cannot use.
type LocaleError struct {
	Input  string // the tag as given
	Reason string // why it was refused ("empty tag", "tag is not well-formed", ...)
}

// Error returns a message naming the locale and the reason, e.g.
// `currency: locale "en_US": invalid locale: '_' is not a BCP 47 separator (write en-US, not en_US)`.
func (e *LocaleError) Error() string {
	in := e.Input
	if len(in) > maxLocaleShown { // a tag is short; keep the message so
		i := maxLocaleShown
		for i > 0 && !utf8.RuneStart(in[i]) {
			i--
		}
		in = in[:i] + "..."
	}
	msg := "currency: locale " + strconv.Quote(in) + ": " + ErrLocale.Error()
	if e.Reason != "" {
		msg += ": " + e.Reason
	}
	return msg
}

// Unwrap returns ErrLocale.
func (e *LocaleError) Unwrap() error { return ErrLocale }

// DisplayError reports an unknown Display name given to ParseDisplay.
type DisplayError struct {
	Input string
}

// Error returns a message naming the input and the known names.
func (e *DisplayError) Error() string {
	return "currency: " + quote(e.Input) + ": " + ErrDisplay.Error() + " (want symbol, narrow or code)"
}

// Unwrap returns ErrDisplay.
func (e *DisplayError) Unwrap() error { return ErrDisplay }
