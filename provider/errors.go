package provider

import (
	"strconv"

	"github.com/paysession/paysession/currency"
)

// ErrorCode is the stable, machine-readable code of a conversion error: the
// rule that refused the amount. It is an error itself, so errors.Is(err,
// provider.CodeGranularity) works on any error of this package. The codes
// never change text.
type ErrorCode string

// Error returns the code itself.
func (c ErrorCode) Error() string { return string(c) }

// The conversion error codes.
const (
	// CodeNotAccepted: the provider does not accept the currency.
	CodeNotAccepted ErrorCode = "not_accepted"
	// CodeNoMinorUnit: the currency has no minor unit (ISO 4217 "N.A.":
	// XAU, XDR, XXX, ...) and cannot carry an amount.
	CodeNoMinorUnit ErrorCode = "no_minor_unit"
	// CodeInvalidCode: the zero currency.Code.
	CodeInvalidCode ErrorCode = "invalid_code"
	// CodeGranularity: the wire integer would not be a multiple of the
	// provider's granularity (5124 KWD at Stripe: the last digit must be 0;
	// 501 ISK at Stripe).
	CodeGranularity ErrorCode = "granularity"
	// CodePrecision: the amount has more decimals than the other side
	// allows (10.50 HUF to PayPal, which takes whole forints; 1.50 CLP from
	// Adyen, which ISO cannot hold).
	CodePrecision ErrorCode = "precision"
	// CodeDigitLimit: the wire integer would exceed the provider's largest
	// value (8 digits at Stripe for most currencies).
	CodeDigitLimit ErrorCode = "digit_limit"
	// CodeNegative: a negative amount for a provider that refuses them.
	CodeNegative ErrorCode = "negative"
	// CodeOverflow: the result would leave int64.
	CodeOverflow ErrorCode = "overflow"
	// CodeSyntax: a wire amount that is not written in the provider's
	// form (ParseWire).
	CodeSyntax ErrorCode = "syntax"
	// CodeRoundingMode: an undefined currency.RoundingMode.
	CodeRoundingMode ErrorCode = "rounding_mode"
)

// Error is a conversion the provider's rules refuse. It names the provider,
// the currency, the rule (Code), and the amount: ISO minor units for Wire,
// the wire amount for Unwire and ParseWire.
type Error struct {
	Provider string        // the profile's Name
	Currency currency.Code // the currency (may be the zero Code)
	Code     ErrorCode     // the rule that refused the amount
	// Amount is the amount given, in ISO minor units (FromWire false) or
	// wire units (FromWire true); Input is the text given to ParseWire,
	// quoted and escaped, at most 48 bytes of it.
	Amount   int64
	FromWire bool
	Input    string
	// Limit is the number the rule compares with: the granularity or step
	// for CodeGranularity and CodePrecision, the largest value for
	// CodeDigitLimit; 0 otherwise.
	Limit int64
	title string
}

// Error returns a message naming the provider, the amount, the currency and
// the rule, such as
// "stripe: 5124 KWD: the wire amount must be a multiple of 10 (granularity)".
func (e *Error) Error() string {
	amount := e.Input
	if amount == "" {
		amount = strconv.FormatInt(e.Amount, 10)
	}
	if e.FromWire {
		amount = "wire " + amount
	}
	code := e.Currency.String()
	if code == "" {
		code = "(no currency)"
	}
	who := e.title
	if who == "" {
		who = e.Provider
	}
	msg := e.Provider + ": " + amount + " " + code + ": "
	lim := strconv.FormatInt(e.Limit, 10)
	switch e.Code {
	case CodeNotAccepted:
		msg += who + " does not accept " + code
	case CodeNoMinorUnit:
		msg += code + " has no minor unit (ISO 4217 N.A.) and cannot carry an amount"
	case CodeInvalidCode:
		msg += "no currency (zero Code)"
	case CodeGranularity:
		if e.FromWire {
			msg += "not a multiple of " + lim + ", as " + who + " requires for " + code
		} else {
			msg += "the wire amount must be a multiple of " + lim + " (granularity); name a rounding mode to round it"
		}
	case CodePrecision:
		if e.FromWire {
			msg += "more decimals than ISO 4217 gives " + code
		} else {
			msg += "more decimals than " + who + " takes for " + code + " (it must be a multiple of " + lim + " minor units); name a rounding mode to round it"
		}
	case CodeDigitLimit:
		msg += "the wire amount exceeds " + who + "'s largest, " + lim + " (digit limit)"
	case CodeNegative:
		msg += who + " takes no negative amounts"
	case CodeOverflow:
		msg += "out of range (int64)"
	case CodeSyntax:
		msg += "not a wire amount of " + who + " (" + syntaxWant(e) + ")"
	case CodeRoundingMode:
		msg += "unknown rounding mode"
	default:
		msg += string(e.Code)
	}
	return msg
}

func syntaxWant(e *Error) string {
	if e.Limit == int64(Decimal) {
		return "a decimal number such as 10.50, at most " + strconv.Itoa(MaxWireLen) + " bytes"
	}
	return "an integer such as 500"
}

// Unwrap returns e.Code, so that errors.Is(err, CodeGranularity) works.
func (e *Error) Unwrap() error { return e.Code }
