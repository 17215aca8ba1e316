package currency

import "sort"

//go:generate go run ./internal/gen -data internal/gen/data -out table_gen.go -display display_gen.go

// Code is an ISO 4217 currency code that is current (in List One).
//
// Code is a small comparable value; use it as a map key or compare it with
// ==. The zero value is the invalid code: it is not equal to any parsed code,
// IsValid reports false, String returns "" and every conversion returns an
// error wrapping ErrInvalidCode. The only ways to obtain a valid Code are
// Parse, MustParse and ParseNumeric.
type Code struct {
	idx uint8 // index in currencies; 0 is the zero value
	exp uint8 // ISO minor unit + 1; 0 for N.A. and the zero value
}

// codeAt returns the Code of currencies[i]. The exponent is copied into the
// value so that conversions need no table lookup; it is a function of idx,
// so == on Codes still compares the currency only.
func codeAt(i int) Code {
	return Code{idx: uint8(i), exp: uint8(currencies[i].digits + 1)}
}

// digits returns the ISO minor unit of c, or -1 for N.A. and the zero Code.
func (c Code) digits() int { return int(c.exp) - 1 }

// entry is one row of List One.
type entry struct {
	code, numeric, name string
	digits              int8 // -1: N.A.
	fund                bool
}

type numericEntry struct {
	num, idx uint16
}

type withdrawnEntry struct {
	key              uint16
	code, name, date string
}

// key packs three upper-case ASCII letters into 15 bits. The generator uses
// the same formula.
func key(a, b, c byte) uint16 {
	return uint16(a-'A')*26*26 + uint16(b-'A')*26 + uint16(c-'A')
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }

// lookup returns the index in currencies of the List One code with key k,
// or 0: one load from keyIndex.
func lookup(k uint16) uint16 { return uint16(keyIndex[k]) }

// keyIndex maps every key (all 26³ three-letter codes) to the index in
// currencies of its List One code, or 0. It is built once from currencyKeys
// and only read after that.
var keyIndex = func() (t [26 * 26 * 26]uint8) {
	if len(currencyKeys) > 255 {
		panic("currency: more List One codes than keyIndex can number")
	}
	for i, k := range currencyKeys {
		t[k] = uint8(i + 1)
	}
	return t
}()

// Parse returns the current ISO 4217 code s.
//
// s must be exactly three upper-case ASCII letters ("usd" is malformed, not
// upper-cased) and be in List One. Errors are *ParseError values wrapping
// ErrMalformed, ErrUnknown or ErrWithdrawn (with the withdrawal date). Parse
// does not allocate when it succeeds.
func Parse(s string) (Code, error) {
	if len(s) != 3 || !isUpper(s[0]) || !isUpper(s[1]) || !isUpper(s[2]) {
		return Code{}, &ParseError{Input: s, Err: ErrMalformed}
	}
	k := key(s[0], s[1], s[2])
	if i := lookup(k); i != 0 {
		return codeAt(int(i)), nil
	}
	i := sort.Search(len(withdrawnCodes), func(i int) bool { return withdrawnCodes[i].key >= k })
	if i < len(withdrawnCodes) && withdrawnCodes[i].key == k {
		return Code{}, &ParseError{Input: s, Err: ErrWithdrawn, Withdrawn: withdrawnCodes[i].date}
	}
	return Code{}, &ParseError{Input: s, Err: ErrUnknown}
}

// MustParse is like Parse but panics if s is not a current code. It is meant
// for tests and package-level constants written in source code.
func MustParse(s string) Code {
	c, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return c
}

// ParseNumeric returns the current code whose ISO 4217 numeric code is n,
// written as exactly three ASCII digits ("392" is JPY, "008" is ALL).
// Numeric codes are reused over time (532 was ANG and is now XCG), so only
// List One is searched: a numeric code of a withdrawn currency is ErrUnknown.
func ParseNumeric(n string) (Code, error) {
	if len(n) != 3 {
		return Code{}, &ParseError{Input: n, Err: ErrMalformed}
	}
	v := uint16(0)
	for i := 0; i < 3; i++ {
		d := n[i] - '0'
		if d > 9 {
			return Code{}, &ParseError{Input: n, Err: ErrMalformed}
		}
		v = v*10 + uint16(d)
	}
	i := sort.Search(len(numericIndex), func(i int) bool { return numericIndex[i].num >= v })
	if i < len(numericIndex) && numericIndex[i].num == v {
		return codeAt(int(numericIndex[i].idx)), nil
	}
	return Code{}, &ParseError{Input: n, Err: ErrUnknown}
}

// Codes returns every current code (List One) in alphabetical order, N.A.
// codes included. Each call returns a new slice.
func Codes() []Code {
	cs := make([]Code, len(currencies)-1)
	for i := range cs {
		cs[i] = codeAt(i + 1)
	}
	return cs
}

// Withdrawn reports whether s is a withdrawn ISO 4217 code (List Three and
// not current again) and, if so, its latest withdrawal date as "YYYY-MM"
// (or "YYYY" for the few old withdrawals ISO dates by a range of years).
func Withdrawn(s string) (date string, ok bool) {
	_, err := Parse(s)
	if pe, isPE := err.(*ParseError); isPE && pe.Err == ErrWithdrawn {
		return pe.Withdrawn, true
	}
	return "", false
}

// String returns the three-letter code ("JPY"), or "" for the zero Code.
func (c Code) String() string { return currencies[c.idx].code }

// IsValid reports whether c is a current code, i.e. not the zero Code.
func (c Code) IsValid() bool { return c.idx != 0 }

// Numeric returns the three-digit ISO numeric code ("392" for JPY, "008" for
// ALL), or "" for the zero Code.
func (c Code) Numeric() string { return currencies[c.idx].numeric }

// Name returns ISO's English name of the currency ("Yen"), or "" for the zero
// Code.
func (c Code) Name() string { return currencies[c.idx].name }

// MinorUnits returns the ISO 4217 minor unit of c: the number of decimal
// digits of an amount (0 for JPY, 2 for USD, 3 for KWD, 4 for CLF). ok is
// false where ISO says "N.A." (precious metals, XDR, XXX, ...) and for the
// zero Code: such a currency has no minor unit and cannot hold an amount.
func (c Code) MinorUnits() (digits int, ok bool) {
	d := c.digits()
	if d < 0 {
		return 0, false
	}
	return d, true
}

// IsFund reports whether ISO flags c as a fund code (BOV, CHE, CHW, CLF, COU,
// MXV, USN, UYI).
func (c Code) IsFund() bool { return currencies[c.idx].fund }

// Compare returns -1, 0 or +1 as c sorts before, with or after d in
// alphabetical order of the codes ("EUR" before "USD"); the zero Code sorts
// before every valid code. It is the order of Codes, for slices.SortFunc.
func (c Code) Compare(d Code) int {
	// The table is in alphabetical order, so the index is the order.
	switch {
	case c.idx < d.idx:
		return -1
	case c.idx > d.idx:
		return 1
	}
	return 0
}

// AppendText appends the three-letter code to b (nothing for the zero Code).
func (c Code) AppendText(b []byte) ([]byte, error) {
	return append(b, c.String()...), nil
}

// MarshalText returns the three-letter code, so that json.Marshal writes a
// Code as a JSON string ("GBP") and a map keyed by Code with the codes as
// keys. The zero Code is "" (with the json tag option omitzero a zero Code
// field is left out).
func (c Code) MarshalText() ([]byte, error) {
	return []byte(c.String()), nil
}

// UnmarshalText reads a code as Parse does, strictly: exactly three
// upper-case ASCII letters of a current code ("usd", " USD" and "HRK" are
// errors, *ParseError values). The empty text is the zero Code, as
// MarshalText writes it. On error *c is left unchanged.
func (c *Code) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Code{}
		return nil
	}
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
