package currency

import (
	"strconv"
	"strings"

	"github.com/paysession/paysession/internal/checked"
)

// Amount is an amount of money: an int64 number of minor units together with
// its currency. 560 GBP minor units is £5.60; 100 JPY minor units is ¥100.
//
// Amount is a small comparable value (two words) with unexported fields:
// compare two amounts with == (same currency and same number of minor units)
// or use one as a map key. Its zero value is "no amount": Code reports the
// zero Code, IsValid reports false, String returns "" and every arithmetic
// method fails with ErrInvalidCode. The only ways to obtain a valid Amount
// are NewAmount and ParseAmount (and UnmarshalText), which refuse the zero
// Code and currencies without a minor unit, so a valid Amount always has a
// number of decimals.
//
// Arithmetic never mixes currencies and never wraps: Add, Sub, Neg and Cmp
// return an error wrapping ErrCurrencyMismatch for two different
// currencies, and Add, Sub and Neg one wrapping ErrOverflow when the exact
// result does not fit in an int64.
type Amount struct {
	minor int64
	code  Code
}

// NewAmount returns minor units of c as an Amount. c must be a valid code
// with a minor unit: the zero Code fails with ErrInvalidCode, an N.A.
// currency (XAU, XDR, XXX, ...) with ErrNoMinorUnit. Every int64 is accepted.
func NewAmount(minor int64, c Code) (Amount, error) {
	if c.digits() < 0 {
		return Amount{}, codeErr(strconv.FormatInt(minor, 10), c)
	}
	return Amount{minor: minor, code: c}, nil
}

// ParseAmount reads a decimal string in major units of c, as ToMinor does
// ("49.99", "-0.5", "100"), rounding with mode, and returns it as an Amount.
func ParseAmount(amount string, c Code, mode RoundingMode) (Amount, error) {
	m, err := ToMinor(amount, c, mode)
	if err != nil {
		return Amount{}, err
	}
	return Amount{minor: m, code: c}, nil
}

// Minor returns the amount in minor units (560 for £5.60).
func (a Amount) Minor() int64 { return a.minor }

// Code returns the currency of the amount; the zero Code for the zero Amount.
func (a Amount) Code() Code { return a.code }

// IsValid reports whether a is an amount, i.e. not the zero Amount.
func (a Amount) IsValid() bool { return a.code.IsValid() }

// IsZero reports whether a is the zero Amount ("no amount"), so that a struct
// field of type Amount with the json tag option omitzero is left out when it
// is unset. An amount of 0 minor units in a currency is not the zero Amount.
func (a Amount) IsZero() bool { return a == Amount{} }

// Sign returns -1, 0 or +1 as a is negative, zero or positive.
func (a Amount) Sign() int {
	switch {
	case a.minor < 0:
		return -1
	case a.minor > 0:
		return 1
	}
	return 0
}

// same checks that a and b are valid amounts of one currency.
func (a Amount) same(b Amount) error {
	if !a.IsValid() {
		return &AmountError{Input: a.String(), Code: a.code, Err: ErrInvalidCode}
	}
	if !b.IsValid() {
		return &AmountError{Input: b.String(), Code: b.code, Err: ErrInvalidCode}
	}
	if a.code != b.code {
		return &AmountError{Input: b.String(), Code: a.code, Err: ErrCurrencyMismatch}
	}
	return nil
}

// Add returns a+b. Both must be valid amounts of the same currency (else an
// error wrapping ErrInvalidCode or ErrCurrencyMismatch) and the sum must fit
// in an int64 (else ErrOverflow). On error the result is the zero Amount.
func (a Amount) Add(b Amount) (Amount, error) {
	if err := a.same(b); err != nil {
		return Amount{}, err
	}
	s, ok := checked.Add(a.minor, b.minor)
	if !ok {
		return Amount{}, &AmountError{Input: a.String() + " + " + b.String(), Code: a.code, Err: ErrOverflow}
	}
	return Amount{minor: s, code: a.code}, nil
}

// Sub returns a-b, with the same rules as Add.
func (a Amount) Sub(b Amount) (Amount, error) {
	if err := a.same(b); err != nil {
		return Amount{}, err
	}
	s, ok := checked.Sub(a.minor, b.minor)
	if !ok {
		return Amount{}, &AmountError{Input: a.String() + " - " + b.String(), Code: a.code, Err: ErrOverflow}
	}
	return Amount{minor: s, code: a.code}, nil
}

// Neg returns -a. The zero Amount fails with ErrInvalidCode; the one amount
// whose negation does not fit, math.MinInt64 minor units, with ErrOverflow.
func (a Amount) Neg() (Amount, error) {
	if !a.IsValid() {
		return Amount{}, &AmountError{Code: a.code, Err: ErrInvalidCode}
	}
	n, ok := checked.Sub(0, a.minor)
	if !ok {
		return Amount{}, &AmountError{Input: "-(" + a.String() + ")", Code: a.code, Err: ErrOverflow}
	}
	return Amount{minor: n, code: a.code}, nil
}

// Cmp compares a and b: -1 if a < b, 0 if a == b, +1 if a > b. Amounts of two
// currencies have no order: Cmp then fails with ErrCurrencyMismatch (and
// with ErrInvalidCode when either is the zero Amount).
func (a Amount) Cmp(b Amount) (int, error) {
	if err := a.same(b); err != nil {
		return 0, err
	}
	switch {
	case a.minor < b.minor:
		return -1, nil
	case a.minor > b.minor:
		return 1, nil
	}
	return 0, nil
}

// String returns the currency code and the amount in major units in plain
// decimal notation with exactly the ISO number of decimals, separated by one
// space: "GBP 5.60", "JPY 100", "KWD -1.234". The zero Amount is "".
// It is the text MarshalText writes and UnmarshalText reads.
func (a Amount) String() string {
	if !a.IsValid() {
		return ""
	}
	var buf [40]byte
	return string(a.appendText(buf[:0]))
}

// Decimal returns the amount in major units in plain decimal notation, without
// the code ("5.60" for GBP 560), as ToMajor does; "" for the zero Amount.
func (a Amount) Decimal() string {
	if !a.IsValid() {
		return ""
	}
	var buf [32]byte
	return string(appendMajor(buf[:0], a.minor, a.code.digits()))
}

// Format writes the amount as a person reads it in locale ("£5.60" in en-GB,
// "5,60 £" in de-DE), with Format's rules and options (WithDisplay,
// Accounting). The zero Amount fails with ErrInvalidCode.
func (a Amount) Format(locale string, opts ...FormatOption) (string, error) {
	return Format(a.minor, a.code, locale, opts...)
}

// AppendFormat appends Format's text to dst, as the package's AppendFormat
// does (no allocation when dst has room).
func (a Amount) AppendFormat(dst []byte, locale string, opts ...FormatOption) ([]byte, error) {
	return AppendFormat(dst, a.minor, a.code, locale, opts...)
}

// AppendText appends String's text to b (nothing for the zero Amount).
func (a Amount) AppendText(b []byte) ([]byte, error) {
	return a.appendText(b), nil
}

func (a Amount) appendText(b []byte) []byte {
	if !a.IsValid() {
		return b
	}
	b = append(b, a.code.String()...)
	b = append(b, ' ')
	return appendMajor(b, a.minor, a.code.digits())
}

// MarshalText returns String's text, so that json.Marshal writes an Amount as
// a JSON string, "GBP 5.60", and the zero Amount as "".
func (a Amount) MarshalText() ([]byte, error) {
	return a.appendText(nil), nil
}

// UnmarshalText reads String's text strictly: a current code, exactly one
// space, and a plain decimal with no more decimals than the currency has
// ("GBP 5.6" is accepted as 560; "GBP 5.601", "gbp 5.60", "GBP  5.60" and
// "5.60" are errors). The empty text is the zero Amount, as MarshalText
// writes it. On error *a is left unchanged.
func (a *Amount) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*a = Amount{}
		return nil
	}
	s := string(text)
	code, num, ok := strings.Cut(s, " ")
	if !ok {
		return &AmountError{Input: s, Err: ErrSyntax}
	}
	c, err := Parse(code)
	if err != nil {
		return err
	}
	v, err := ParseAmount(num, c, Exact)
	if err != nil {
		return err
	}
	*a = v
	return nil
}
