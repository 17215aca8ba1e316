package rate

import "strconv"

// Bounds of a Rate.
const (
	// MaxDigits is the largest number of significant digits of a Rate.
	MaxDigits = 18
	// MaxScale is the largest number of decimal places of a Rate.
	MaxScale = 18
	// MaxLen is the longest string Parse reads, in bytes; longer inputs
	// fail at once with ErrTooLong.
	MaxLen = 64
)

// maxCoef is the largest coefficient, 10^MaxDigits − 1.
const maxCoef = 999_999_999_999_999_999

// pow10 holds 10^0 … 10^19.
var pow10 = [...]uint64{
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
	10000000000, 100000000000, 1000000000000, 10000000000000, 100000000000000,
	1000000000000000, 10000000000000000, 100000000000000000, 1000000000000000000,
	10000000000000000000,
}

// Rate is an exact, non-negative decimal rate, coefficient × 10^-scale (see
// the package documentation for its bounds). It is comparable; the zero Rate
// is 0.
type Rate struct {
	coef  uint64 // ≤ maxCoef
	scale uint8  // ≤ MaxScale; coef has no trailing zero when scale > 0
}

// New returns the Rate coefficient × 10^-scale: New(8875, 5) is 0.08875. The
// coefficient must have at most MaxDigits digits and the scale lie in
// 0…MaxScale once trailing zeros are removed (otherwise ErrDigits); a
// negative coefficient is ErrNegative.
func New(coefficient int64, scale int) (Rate, error) {
	in := strconv.FormatInt(coefficient, 10) + "e-" + strconv.Itoa(scale)
	if coefficient < 0 {
		return Rate{}, &ParseError{Input: in, Err: ErrNegative}
	}
	c := uint64(coefficient)
	for scale > 0 && c%10 == 0 && c != 0 {
		c /= 10
		scale--
	}
	if c == 0 {
		return Rate{}, nil
	}
	if c > maxCoef || scale < 0 || scale > MaxScale {
		return Rate{}, &ParseError{Input: in, Err: ErrDigits}
	}
	return Rate{coef: c, scale: uint8(scale)}, nil
}

// FromBPS returns the rate of bps basis points (hundredths of a percent):
// FromBPS(290) is 0.029, FromBPS(8875) is 0.8875. Negative basis points are
// ErrNegative; more than MaxDigits digits ErrDigits.
func FromBPS(bps int64) (Rate, error) {
	r, err := New(bps, 4)
	if err != nil {
		return Rate{}, &ParseError{Input: strconv.FormatInt(bps, 10) + " bps", Err: err.(*ParseError).Err}
	}
	return r, nil
}

// MustParse is Parse for rates known to be valid; it panics on an error.
func MustParse(s string) Rate {
	r, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return r
}

// Parse reads a rate: a plain decimal ("0.08875", "151.237", "7") or a
// percentage ("8.875%"). See the package documentation for the syntax and
// bounds. Errors are *ParseError values wrapping ErrSyntax, ErrTooLong,
// ErrDigits or ErrNegative. Parse does not allocate when it succeeds.
func Parse(s string) (Rate, error) {
	if len(s) > MaxLen {
		return Rate{}, &ParseError{Input: s, Err: ErrTooLong}
	}
	in := s
	neg := len(s) > 0 && s[0] == '-'
	if neg {
		s = s[1:]
	}
	pct := len(s) > 0 && s[len(s)-1] == '%'
	if pct {
		s = s[:len(s)-1]
	}
	// Digits: skip leading zeros of the integer part, then collect the
	// significant digits; fractional zeros at the end are not significant.
	// One pass over the digits, the point ignored: coef collects the
	// digits from the first non-zero one to the last non-zero one; trail
	// counts the zeros after the last non-zero digit; nfrac counts the
	// fractional digits. The value is coef × 10^(trail − nfrac).
	var coef uint64
	sig, trail, nfrac := 0, 0, 0
	i, intDigits := 0, 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		intDigits++
	}
	if intDigits == 0 {
		return Rate{}, &ParseError{Input: in, Err: ErrSyntax}
	}
	if i < len(s) {
		if s[i] != '.' || i+1 == len(s) {
			return Rate{}, &ParseError{Input: in, Err: ErrSyntax}
		}
		for j := i + 1; j < len(s); j++ {
			if s[j] < '0' || s[j] > '9' {
				return Rate{}, &ParseError{Input: in, Err: ErrSyntax}
			}
		}
		nfrac = len(s) - i - 1
	}
	for j := 0; j < len(s); j++ {
		if s[j] == '.' {
			continue
		}
		d := uint64(s[j] - '0')
		if d == 0 {
			if sig > 0 {
				trail++
			}
			continue
		}
		if sig+trail+1 > MaxDigits {
			return Rate{}, &ParseError{Input: in, Err: ErrDigits}
		}
		for ; trail > 0; trail-- {
			coef *= 10
			sig++
		}
		coef = coef*10 + d
		sig++
	}
	if neg {
		return Rate{}, &ParseError{Input: in, Err: ErrNegative}
	}
	if coef == 0 {
		return Rate{}, nil
	}
	e := trail - nfrac
	if pct {
		e -= 2
	}
	if e > 0 {
		if sig+e > MaxDigits {
			return Rate{}, &ParseError{Input: in, Err: ErrDigits}
		}
		coef *= pow10[e]
		e = 0
	}
	if -e > MaxScale {
		return Rate{}, &ParseError{Input: in, Err: ErrDigits}
	}
	return Rate{coef: coef, scale: uint8(-e)}, nil
}

// IsZero reports whether r is 0.
func (r Rate) IsZero() bool { return r.coef == 0 }

// Coefficient returns r's coefficient and scale: r = coefficient ×
// 10^-scale, in the canonical form (no trailing zero when scale > 0).
func (r Rate) Coefficient() (coefficient int64, scale int) { return int64(r.coef), int(r.scale) }

// Cmp compares r and o: -1 if r < o, 0 if equal, +1 if r > o.
func (r Rate) Cmp(o Rate) int {
	// Bring both to the larger scale in 128 bits.
	a, b := mul64(r.coef, pow10[MaxScale-int(r.scale)]), mul64(o.coef, pow10[MaxScale-int(o.scale)])
	return a.cmp(b)
}

// String returns r as a plain decimal in canonical form ("0.08875",
// "151.237", "0"), which Parse reads back to r.
func (r Rate) String() string {
	var buf [48]byte
	return string(appendDecimal(buf[:0], r.coef, int(r.scale)))
}

// Percent returns r as a percentage ("8.875%", "15123.7%", "0%"), which
// Parse reads back to r.
func (r Rate) Percent() string {
	var buf [48]byte
	b := appendDecimal(buf[:0], r.coef, int(r.scale)-2)
	return string(append(b, '%'))
}

// AppendText implements encoding.TextAppender: it appends String's text.
func (r Rate) AppendText(b []byte) ([]byte, error) {
	return appendDecimal(b, r.coef, int(r.scale)), nil
}

// MarshalText implements encoding.TextMarshaler: String's text.
func (r Rate) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler with Parse.
func (r *Rate) UnmarshalText(text []byte) error {
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// appendDecimal appends c × 10^-s in plain notation; s may be negative.
func appendDecimal(b []byte, c uint64, s int) []byte {
	var digits [24]byte
	ds := strconv.AppendUint(digits[:0], c, 10)
	if c == 0 {
		return append(b, '0')
	}
	if s <= 0 {
		b = append(b, ds...)
		for range -s {
			b = append(b, '0')
		}
		return b
	}
	if len(ds) <= s {
		b = append(b, '0', '.')
		for range s - len(ds) {
			b = append(b, '0')
		}
		return append(b, ds...)
	}
	n := len(ds) - s
	b = append(b, ds[:n]...)
	b = append(b, '.')
	return append(b, ds[n:]...)
}
