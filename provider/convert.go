package provider

import (
	"math"

	"github.com/paysession/paysession/currency"
)

// MaxWireLen is the longest wire amount ParseWire reads, in bytes (PayPal's
// limit for its decimal strings).
const MaxWireLen = 32

// Wire converts minor, in ISO 4217 minor units of c, to the provider's wire
// integer: 5 ISK is 500 at Stripe and Adyen, 500 CLP is 50000 at Adyen,
// 5120 KWD is 5120 at Stripe, 1000 HUF is 10 at PayPal (written "10" by
// AppendWire). For a Decimal-form rule the integer counts units of
// 10^-Exponent, the value AppendWire writes in decimal.
//
// The conversion is exact or an error (an *Error wrapping the ErrorCode of
// the rule that refused it): a currency the provider does not accept
// (CodeNotAccepted, CodeNoMinorUnit, CodeInvalidCode), a negative amount
// where they are refused (CodeNegative), an amount with more decimals than
// the wire has (CodePrecision) or whose wire integer is not a multiple of
// the granularity (CodeGranularity), and a wire integer beyond the
// provider's largest value (CodeDigitLimit) or int64 (CodeOverflow).
//
// With a rounding mode other than currency.Exact, an amount that is not a
// multiple of the rule's Step is first rounded to one with that mode
// (5124 KWD at Stripe is 5120 with HalfEven; 1050 HUF at PayPal is 11 with
// HalfUp); the limits still apply to the rounded amount. Wire never
// allocates when it succeeds.
func (p Profile) Wire(minor int64, c currency.Code, mode currency.RoundingMode) (int64, error) {
	if t := p.t; t != nil {
		h := &t.hot[t.idx[numeric(c)]]
		if minor >= h.lo && minor <= h.hi && (h.step == 1 || minor%h.step == 0) {
			if h.div == 1 {
				return minor * h.mul, nil
			}
			return minor / h.div, nil
		}
	}
	return p.wireSlow(minor, c, mode)
}

func (p Profile) wireSlow(minor int64, c currency.Code, mode currency.RoundingMode) (int64, error) {
	r := p.tab().rule(c)
	fail := func(code ErrorCode, limit int64) (int64, error) {
		return 0, p.err(c, code, minor, false, limit)
	}
	if code, ok := p.refusal(r, c); !ok {
		return fail(code, 0)
	}
	if minor < 0 && !p.tab().negative {
		return fail(CodeNegative, 0)
	}
	v := minor
	if v%r.step != 0 {
		if mode > currency.Floor {
			return fail(CodeRoundingMode, 0)
		}
		if mode == currency.Exact {
			if r.div > 1 && v%r.div != 0 {
				return fail(CodePrecision, r.div)
			}
			return fail(CodeGranularity, r.gran)
		}
		var err error
		if v, err = currency.RoundMultiple(v, r.step, mode); err != nil {
			return fail(CodeOverflow, 0)
		}
	}
	if v < r.lo || v > r.hi {
		if r.max == math.MaxInt64 {
			return fail(CodeOverflow, 0)
		}
		return fail(CodeDigitLimit, r.max)
	}
	if r.div == 1 {
		return v * r.mul, nil
	}
	return v / r.div, nil
}

// refusal returns the code of a currency r refuses, or ok.
func (p Profile) refusal(r *Rule, c currency.Code) (ErrorCode, bool) {
	if r.accepted {
		return "", true
	}
	if !c.IsValid() {
		return CodeInvalidCode, false
	}
	if _, ok := c.MinorUnits(); !ok {
		return CodeNoMinorUnit, false
	}
	return CodeNotAccepted, false
}

func (p Profile) err(c currency.Code, code ErrorCode, amount int64, fromWire bool, limit int64) *Error {
	t := p.tab()
	return &Error{Provider: t.name, title: t.title, Currency: c, Code: code, Amount: amount, FromWire: fromWire, Limit: limit}
}

// Unwire converts a wire integer of the provider back to ISO 4217 minor
// units of c, exactly: 500 ISK from Stripe is 5; 501 is refused
// (CodeGranularity); 150 CLP from Adyen (1.50 pesos) is refused
// (CodePrecision: ISO gives CLP no decimals). A wire integer beyond the
// provider's largest value is CodeDigitLimit, a negative one where they are
// refused CodeNegative, and a currency the provider does not accept
// CodeNotAccepted (or CodeNoMinorUnit, CodeInvalidCode). Unwire(Wire(v)) is
// v for every v that Wire converts exactly. Unwire never allocates when it
// succeeds.
func (p Profile) Unwire(wire int64, c currency.Code) (int64, error) {
	if t := p.t; t != nil {
		h := &t.hot[t.idx[numeric(c)]]
		if wire >= h.wlo && wire <= h.whi && (h.gran == 1 || wire%h.gran == 0) {
			if h.div > 1 {
				return wire * h.div, nil
			}
			if h.mul == 1 || wire%h.mul == 0 {
				return wire / h.mul, nil
			}
		}
	}
	return p.unwireSlow(wire, c)
}

func (p Profile) unwireSlow(wire int64, c currency.Code) (int64, error) {
	r := p.tab().rule(c)
	fail := func(code ErrorCode, limit int64) (int64, error) {
		return 0, p.err(c, code, wire, true, limit)
	}
	if code, ok := p.refusal(r, c); !ok {
		return fail(code, 0)
	}
	if wire < 0 && !p.tab().negative {
		return fail(CodeNegative, 0)
	}
	if r.max != math.MaxInt64 && (wire > r.max || wire < -r.max) {
		return fail(CodeDigitLimit, r.max)
	}
	if wire%r.gran != 0 {
		return fail(CodeGranularity, r.gran)
	}
	if r.div > 1 {
		return fail(CodeOverflow, 0)
	}
	return fail(CodePrecision, r.mul)
}

// AppendWire appends the wire form of minor (ISO minor units of c) to dst:
// the integer Wire returns for an Integer-form rule ("500"), the same value
// as a decimal string in major units with Exponent decimals for a
// Decimal-form rule ("100" for 100 JPY and "10.50" for 1050 USD at
// PayPal). Errors are Wire's; AppendWire does not allocate when dst has
// room.
func (p Profile) AppendWire(dst []byte, minor int64, c currency.Code, mode currency.RoundingMode) ([]byte, error) {
	w, err := p.Wire(minor, c, mode)
	if err != nil {
		return dst, err
	}
	r := p.tab().rule(c)
	if r.form == Decimal {
		return appendDecimal(dst, w, int(r.exp)), nil
	}
	return appendInt(dst, w), nil
}

// WireString returns AppendWire's text as a string.
func (p Profile) WireString(minor int64, c currency.Code, mode currency.RoundingMode) (string, error) {
	var buf [40]byte
	b, err := p.AppendWire(buf[:0], minor, c, mode)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// FormatWire writes a wire integer of the provider (as Wire returns it) in
// the rule's form: "500", or for a Decimal-form rule "10.50". A currency the
// provider does not accept is an error.
func (p Profile) FormatWire(wire int64, c currency.Code) (string, error) {
	r := p.tab().rule(c)
	if code, ok := p.refusal(r, c); !ok {
		return "", p.err(c, code, wire, true, 0)
	}
	var buf [40]byte
	if r.form == Decimal {
		return string(appendDecimal(buf[:0], wire, int(r.exp))), nil
	}
	return string(appendInt(buf[:0], wire)), nil
}

// ParseWire reads a wire amount as the provider writes it and converts it
// back to ISO minor units of c with Unwire. An Integer-form rule reads an
// optional '-' and ASCII digits ("500"). A Decimal-form rule reads an
// optional '-', digits, and optionally '.' and digits, as PayPal's pattern
// allows (".5" included); fractional digits beyond the rule's Exponent must
// be zeros ("3.00" JPY is 3: providers write such trailing zeros back). '+',
// spaces, exponents, grouping separators, the empty string and anything
// longer than MaxWireLen bytes are CodeSyntax. ParseWire never allocates
// when it succeeds, and reads at most MaxWireLen bytes of any input.
func (p Profile) ParseWire(s string, c currency.Code) (int64, error) {
	r := p.tab().rule(c)
	if code, ok := p.refusal(r, c); !ok {
		return 0, p.textErr(c, code, s, 0)
	}
	w, code := parseWire(s, r)
	if code != "" {
		return 0, p.textErr(c, code, s, int64(r.form))
	}
	v, err := p.Unwire(w, c)
	if err != nil {
		e := err.(*Error)
		e.Input = clip(s)
		return 0, e
	}
	return v, nil
}

func (p Profile) textErr(c currency.Code, code ErrorCode, s string, limit int64) *Error {
	e := p.err(c, code, 0, true, limit)
	e.Input = clip(s)
	return e
}

// maxQuoted bounds the quoted input in an error message, in bytes.
const maxQuoted = 48

// clip quotes s for an error message: control bytes, quotes and
// backslashes escaped, at most maxQuoted bytes of quoted text (cut before
// an escape or a UTF-8 sequence, then "...").
func clip(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, maxQuoted+8)
	b = append(b, '"')
	for i := 0; i < len(s); {
		var piece []byte
		n := 1
		switch ch := s[i]; {
		case ch == '"' || ch == '\\':
			piece = []byte{'\\', ch}
		case ch < 0x20 || ch == 0x7f:
			piece = []byte{'\\', 'x', hex[ch>>4], hex[ch&15]}
		case ch < 0x80:
			piece = []byte{ch}
		default:
			for n < 4 && i+n < len(s) && s[i+n]&0xC0 == 0x80 {
				n++
			}
			piece = []byte(s[i : i+n])
		}
		if len(b)+len(piece) > maxQuoted {
			return string(b) + `"...`
		}
		b = append(b, piece...)
		i += n
	}
	return string(append(b, '"'))
}

// parseWire reads s in r's form and returns the wire integer, or the error
// code (CodeSyntax, or CodeOverflow for digits beyond int64, or
// CodePrecision for nonzero digits beyond the exponent).
func parseWire(s string, r *Rule) (int64, ErrorCode) {
	if len(s) == 0 || len(s) > MaxWireLen {
		return 0, CodeSyntax
	}
	i := 0
	neg := s[0] == '-'
	if neg {
		i++
	}
	var mag uint64
	overflow := false
	digit := func(d byte) {
		if mag > (math.MaxUint64-9)/10 {
			overflow = true
			return
		}
		mag = mag*10 + uint64(d)
	}
	start := i
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		digit(s[i] - '0')
		i++
	}
	intDigits := i - start
	frac := 0
	if i < len(s) && s[i] == '.' && r.form == Decimal {
		i++
		fstart := i
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			if frac < int(r.exp) {
				digit(s[i] - '0')
				frac++
			} else if s[i] != '0' {
				return 0, CodePrecision
			}
			i++
		}
		if i == fstart {
			return 0, CodeSyntax
		}
	} else if intDigits == 0 {
		return 0, CodeSyntax
	}
	if i != len(s) {
		return 0, CodeSyntax
	}
	if r.form == Decimal {
		for ; frac < int(r.exp); frac++ {
			digit(0)
		}
	}
	if overflow {
		return 0, CodeOverflow
	}
	if neg {
		if mag > 1<<63 {
			return 0, CodeOverflow
		}
		return -int64(mag-1) - 1, ""
	}
	if mag > math.MaxInt64 {
		return 0, CodeOverflow
	}
	return int64(mag), ""
}

// magnitude returns |v| as uint64 (math.MinInt64 included).
func magnitude(v int64) uint64 {
	if v < 0 {
		return uint64(-(v + 1)) + 1
	}
	return uint64(v)
}

func appendInt(dst []byte, v int64) []byte {
	return appendDecimal(dst, v, 0)
}

// appendDecimal appends v × 10^-exp in plain notation with exactly exp
// decimals ("10.50" for 1050 and 2; "0.05" for 5 and 2; "-3" for -3 and 0).
func appendDecimal(dst []byte, v int64, exp int) []byte {
	if v < 0 {
		dst = append(dst, '-')
	}
	var digits [40]byte
	i := len(digits)
	m := magnitude(v)
	for n := 0; m > 0 || n <= exp; n++ {
		if n == exp && exp > 0 {
			i--
			digits[i] = '.'
		}
		i--
		digits[i] = byte('0' + m%10)
		m /= 10
	}
	return append(dst, digits[i:]...)
}
