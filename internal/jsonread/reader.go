package jsonread

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/paysession/paysession/internal/limits"
)

// Codes of the problems a Reader reports. Their text equals the matching
// session.ErrorCode, so a decoder converts them with a plain conversion.
const (
	CodeSyntax       = "syntax"
	CodeType         = "type"
	CodeDuplicateKey = "duplicate_key"
	CodeRange        = "range"
	CodeTooLarge     = "too_large"
	// CodeTooManyErrors closes a list cut at Limits.MaxErrors; its message
	// says how many problems were left out (limits.TooManyErrorsMessage).
	CodeTooManyErrors = limits.TooManyErrorsCode
)

// Kind is the JSON type of the next value.
type Kind uint8

// The kinds of JSON values. Invalid is returned by Peek when there is no
// value to read (a syntax error, or the reader has stopped).
const (
	Invalid Kind = iota
	Null
	Bool
	Number
	String
	Array
	Object
)

var kindNames = [...]string{"invalid", "null", "boolean", "number", "string", "array", "object"}

// String returns the kind's name ("null", "boolean", "number", "string",
// "array", "object"; "invalid").
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "invalid"
}

// Limits bounds what a Reader accepts. A zero or negative field means "no
// bound", which only tests should use.
type Limits struct {
	// MaxBytes is the largest input accepted.
	MaxBytes int
	// MaxDepth is the deepest nesting of arrays and objects; the top-level
	// value is at depth 1 when it is an array or object.
	MaxDepth int
	// MaxArrayLen bounds the elements of any array and MaxMembers the members
	// of any object, unless the decoder passes a bound of its own.
	MaxArrayLen int
	MaxMembers  int
	// MaxValues bounds the values Any builds over the whole document (every
	// element and member counts, at every depth), so that free-form data
	// cannot make the decoder allocate far more than the input's size.
	MaxValues int
	// MaxErrors bounds the field-level problems recorded. Past it the reader
	// reads on, only counting the further problems: Errors then returns the
	// first MaxErrors problems followed by one CodeTooManyErrors error at "$"
	// saying how many were left out.
	MaxErrors int
}

// Standard returns the bounds every decoder of the module uses (package
// internal/limits): the Primer request, response and PATCH decoders and the
// KOMOJU decoder read with the same limits.
func Standard() Limits {
	return Limits{
		MaxBytes:    limits.MaxInputBytes,
		MaxDepth:    limits.MaxDepth,
		MaxArrayLen: limits.MaxArrayLen,
		MaxMembers:  limits.MaxObjectMembers,
		MaxValues:   limits.MaxFreeFormValues,
		MaxErrors:   limits.MaxErrors,
	}
}

// Error is one problem, at one place of the document.
type Error struct {
	// Path is the JSONPath of the value concerned ("$" for the document).
	Path string
	// Code is one of the Code constants, or a decoder's own code (Fail).
	Code string
	// Message says what is wrong, in words.
	Message string
	// Offset is the byte offset in the input where the problem was found.
	Offset int
}

// seg is one step of the current path: a key or an array index, in two
// words of 32 bits and no pointer, so that a step costs one small store on
// the way in and nothing on the way out. A key is kept as its place in the
// input; its text (decoded, when it has escapes) is made again only when a
// path is built, that is, when a problem is reported.
type seg struct {
	off int32 // a key: offset of its text, just after the opening quote; an element: -1
	n   int32 // a key: the length of its text as written; an element: its index
}

// keyText returns the text of the key s as written in the input.
func (r *Reader) keyText(s seg) []byte { return r.data[s.off : s.off+s.n] }

// keyBytes returns the key s decoded (its text when it has no escapes).
func (r *Reader) keyBytes(s seg) []byte {
	raw := r.keyText(s)
	if bytes.IndexByte(raw, '\\') < 0 {
		return raw
	}
	k := Reader{data: r.data[:s.off+s.n+1], pos: int(s.off) - 1}
	b, _ := k.scanString(nil) // read once already: it is well-formed
	return b
}

// Reader reads one JSON document. Build it with New; it is not safe for
// concurrent use.
type Reader struct {
	data  []byte
	src   string // a copy of data that strings share, or "" (see NewShared)
	pos   int
	lim   Limits
	depth int
	path  []seg
	seen  [][]byte // keys of the objects being read, innermost last
	errs  []Error
	fatal bool
	// omitted counts the problems past lim.MaxErrors, which are not recorded.
	omitted int
	built   int    // values built by Any so far
	buf     []byte // scratch for StringBytes when a string has escapes

	// Initial backing arrays, so that reading a typical document needs no
	// allocation for the path or the duplicate-key bookkeeping.
	pathArr [16]seg
	seenArr [32][]byte
}

// New returns a Reader over data. If data exceeds lim.MaxBytes the reader has
// already stopped with a CodeTooLarge error at "$".
func New(data []byte, lim Limits) *Reader {
	r := &Reader{data: data, lim: lim}
	r.path = r.pathArr[:0]
	r.seen = r.seenArr[:0]
	if lim.MaxBytes > 0 && len(data) > lim.MaxBytes {
		r.stop(CodeTooLarge, "input is larger than the limit of "+strconv.Itoa(lim.MaxBytes)+" bytes", "$")
	}
	return r
}

// NewShared is New, except that the strings the reader returns (String,
// Number, Key) are substrings of one private copy of data instead of a copy
// each: reading allocates once for all of them, and every string it returns
// keeps that copy (the input's size) alive.
func NewShared(data []byte, lim Limits) *Reader {
	r := New(data, lim)
	if !r.fatal {
		r.src = string(data)
	}
	return r
}

// Key returns the key of the member being read (call it in Object's member
// callback, before reading nested objects) as a string the caller may keep.
func (r *Reader) Key() string {
	if len(r.path) == 0 || r.path[len(r.path)-1].off < 0 {
		return ""
	}
	sg := r.path[len(r.path)-1]
	k := r.keyBytes(sg)
	if r.src != "" && len(k) == int(sg.n) {
		return r.src[sg.off : sg.off+sg.n]
	}
	return string(k)
}

// Stopped reports whether the reader has stopped on a fatal error.
func (r *Reader) Stopped() bool { return r.fatal }

// Errors returns the problems found, in document order. After a fatal error
// it returns that error alone. Past Limits.MaxErrors problems it returns the
// first MaxErrors followed by one CodeTooManyErrors error at "$" saying how
// many more there were. Every message is at most limits.MaxMessageBytes long.
func (r *Reader) Errors() []Error {
	if r.omitted > 0 && !r.fatal {
		return append(r.errs[:len(r.errs):len(r.errs)], Error{Path: "$", Code: CodeTooManyErrors,
			Message: limits.TooManyErrorsMessage(r.omitted), Offset: len(r.data)})
	}
	return r.errs
}

// Offset returns the current byte offset.
func (r *Reader) Offset() int { return r.pos }

// Finish checks that nothing but whitespace follows the value read; call it
// once the top-level value has been read.
func (r *Reader) Finish() {
	if r.fatal {
		return
	}
	r.ws()
	if r.pos < len(r.data) {
		r.syntax("unexpected " + r.describe() + " after the top-level value")
	}
}

// stop records a fatal error, dropping every field-level error.
func (r *Reader) stop(code, msg, path string) {
	if r.fatal {
		return
	}
	r.fatal = true
	r.omitted = 0
	r.errs = append(r.errs[:0], Error{Path: path, Code: code, Message: limits.Message(msg), Offset: r.pos})
}

func (r *Reader) syntax(msg string) {
	r.stop(CodeSyntax, "syntax error at byte offset "+strconv.Itoa(r.pos)+": "+msg, "$")
}

// Fail records a field-level problem at the current path (the value being
// read). It does not consume the value: a member or element callback that
// returns without consuming its value has it skipped.
func (r *Reader) Fail(code, msg string) {
	if r.fatal {
		return
	}
	if r.lim.MaxErrors > 0 && len(r.errs) >= r.lim.MaxErrors {
		r.omitted++ // counted, not built: no path, no message
		return
	}
	r.errs = append(r.errs, Error{Path: r.Path(), Code: code, Message: limits.Message(msg), Offset: r.pos})
}

// Path returns the JSONPath of the value being read.
func (r *Reader) Path() string {
	b := make([]byte, 0, 32)
	return string(r.AppendPath(b))
}

// AppendPath appends the JSONPath of the value being read to dst.
func (r *Reader) AppendPath(dst []byte) []byte {
	dst = append(dst, '$')
	for _, s := range r.path {
		if s.off >= 0 {
			dst = AppendKey(dst, r.keyBytes(s))
		} else {
			dst = append(dst, '[')
			dst = strconv.AppendInt(dst, int64(s.n), 10)
			dst = append(dst, ']')
		}
	}
	return dst
}

// AppendKey appends one path step for an object key: ".key" when the key is
// an identifier, "['key']" otherwise (see the package documentation). A key
// longer than limits.MaxKeyBytes is cut to that many bytes at a UTF-8
// boundary and marked with limits.Ellipsis (".aaaa…", "['a b…']"), so that
// no path repeats a long key in full.
func AppendKey(dst []byte, key []byte) []byte {
	short, cut := limits.CutBytes(key, limits.MaxKeyBytes)
	if isIdent(short) { // the part shown decides: a path costs O(MaxKeyBytes) per key
		dst = append(dst, '.')
		dst = append(dst, short...)
		if cut {
			dst = append(dst, limits.Ellipsis...)
		}
		return dst
	}
	dst = append(dst, '[', '\'')
	for _, c := range short {
		switch {
		case c == '\'' || c == '\\':
			dst = append(dst, '\\', c)
		case c < 0x20:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		default:
			dst = append(dst, c)
		}
	}
	if cut {
		dst = append(dst, limits.Ellipsis...)
	}
	return append(dst, '\'', ']')
}

const hex = "0123456789abcdef"

func isIdent(k []byte) bool {
	if len(k) == 0 {
		return false
	}
	for i, c := range k {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c == '$':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// ws skips whitespace.
// at skips whitespace and reports whether c is the next byte (inlined: in
// compact JSON it is one comparison).
func (r *Reader) at(c byte) bool {
	if r.pos < len(r.data) && r.data[r.pos] == c {
		return true
	}
	r.wsSlow()
	return r.pos < len(r.data) && r.data[r.pos] == c
}

func (r *Reader) ws() {
	if r.pos < len(r.data) && r.data[r.pos] > ' ' {
		return // compact JSON: no whitespace at all (inlined)
	}
	r.wsSlow()
}

func (r *Reader) wsSlow() {
	for r.pos < len(r.data) {
		switch r.data[r.pos] {
		case ' ', '\t', '\n', '\r':
			r.pos++
		default:
			return
		}
	}
}

// describe names the byte at the current position for a syntax error.
func (r *Reader) describe() string {
	if r.pos >= len(r.data) {
		return "end of input"
	}
	c := r.data[r.pos]
	if c >= 0x20 && c < 0x7f {
		return "character " + strconv.QuoteRune(rune(c))
	}
	return "byte 0x" + string([]byte{hex[c>>4], hex[c&0xF]})
}

// Peek skips whitespace and returns the kind of the next value without
// consuming it. At anything that cannot start a value it stops the reader
// with a syntax error and returns Invalid.
func (r *Reader) Peek() Kind {
	if r.fatal {
		return Invalid
	}
	r.ws()
	if r.pos >= len(r.data) {
		r.syntax("unexpected end of input, expected a value")
		return Invalid
	}
	if k := kindOf[r.data[r.pos]]; k != Invalid {
		return k
	}
	r.syntax("unexpected " + r.describe() + ", expected a value")
	return Invalid
}

// kindOf is the kind of value each byte starts (Invalid: none). Read-only.
var kindOf = [256]Kind{
	'{': Object, '[': Array, '"': String, 't': Bool, 'f': Bool, 'n': Null,
	'-': Number, '0': Number, '1': Number, '2': Number, '3': Number, '4': Number,
	'5': Number, '6': Number, '7': Number, '8': Number, '9': Number,
}

// Null consumes the next value and returns true if it is null; otherwise it
// consumes nothing and returns false.
func (r *Reader) Null() bool {
	// Not Peek: anything but 'n' is for the read that follows to judge
	// (a bad byte or the end of input is its syntax error, at this offset).
	r.ws()
	if r.fatal || r.pos >= len(r.data) || r.data[r.pos] != 'n' {
		return false
	}
	r.literal("null")
	return !r.fatal
}

func (r *Reader) literal(lit string) {
	if len(r.data)-r.pos < len(lit) || string(r.data[r.pos:r.pos+len(lit)]) != lit {
		// Find the first byte that differs, for the message.
		i := 0
		for r.pos+i < len(r.data) && i < len(lit) && r.data[r.pos+i] == lit[i] {
			i++
		}
		r.pos += i
		r.syntax("unexpected " + r.describe() + " in literal " + lit)
		return
	}
	r.pos += len(lit)
}

// mismatch records a type error for the next value (of kind got), then skips
// it.
func (r *Reader) mismatch(want string, got Kind) {
	if got == Invalid {
		return
	}
	r.Fail(CodeType, "expected "+want+", got "+got.String())
	r.Skip()
}

// Bool reads a boolean. Any other value is a type error (recorded, value
// skipped, ok false).
func (r *Reader) Bool() (v, ok bool) {
	k := r.Peek()
	if k != Bool {
		r.mismatch("a boolean", k)
		return false, false
	}
	if r.data[r.pos] == 't' {
		r.literal("true")
		return true, !r.fatal
	}
	r.literal("false")
	return false, !r.fatal
}

// scanNumber consumes a number token and returns its text, and whether it
// is an integer (no fraction, no exponent).
func (r *Reader) scanNumber() (lit []byte, integer bool) {
	start := r.pos
	d := r.data
	i := r.pos
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
		if i < len(d) && d[i] >= '0' && d[i] <= '9' {
			r.pos = i
			r.syntax("leading zero in a number")
			return nil, false
		}
	case i < len(d) && d[i] >= '1' && d[i] <= '9':
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
	default:
		r.pos = i
		r.syntax("unexpected " + r.describe() + " in a number, expected a digit")
		return nil, false
	}
	integer = true
	if i < len(d) && d[i] == '.' {
		integer = false
		i++
		j := i
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
		if i == j {
			r.pos = i
			r.syntax("unexpected " + r.describe() + " after a decimal point, expected a digit")
			return nil, false
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		integer = false
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		j := i
		for i < len(d) && d[i] >= '0' && d[i] <= '9' {
			i++
		}
		if i == j {
			r.pos = i
			r.syntax("unexpected " + r.describe() + " in an exponent, expected a digit")
			return nil, false
		}
	}
	r.pos = i
	return d[start:i], integer
}

// Int reads an integer: a JSON number token with no fraction and no exponent
// ("7.5", "1e3", "1.0" and the string "700" are type errors). "-0" reads as 0.
// An integer outside int64 is a CodeRange error. On an error the value is
// skipped and ok is false.
func (r *Reader) Int() (v int64, ok bool) {
	k := r.Peek()
	if k != Number {
		r.mismatch("an integer", k)
		return 0, false
	}
	// Fast path, reading the digits once: up to 18 digits (no overflow), no
	// leading zero, no fraction or exponent after them.
	d, i := r.data, r.pos
	neg := d[i] == '-'
	if neg {
		i++
	}
	var u uint64
	j := i
	for ; j < len(d) && j-i < 19; j++ {
		c := d[j] - '0'
		if c > 9 {
			break
		}
		u = u*10 + uint64(c)
	}
	if n := j - i; n > 0 && n < 19 && (d[i] != '0' || n == 1) && (j == len(d) || kindOf[d[j]] != Number && d[j] != '.' && d[j]|0x20 != 'e') {
		r.pos = j
		if neg {
			return -int64(u), true
		}
		return int64(u), true
	}
	start := r.pos
	lit, integer := r.scanNumber()
	if r.fatal {
		return 0, false
	}
	if !integer {
		r.pos = start
		r.Fail(CodeType, "expected an integer, got the number "+clip(lit))
		r.pos = start + len(lit)
		return 0, false
	}
	neg = lit[0] == '-'
	digits := lit
	if neg {
		digits = lit[1:]
	}
	// Accumulate as a negative number so that MinInt64 fits.
	var n int64
	const minDiv10 = -9223372036854775808 / 10
	for _, c := range digits {
		dgt := int64(c - '0')
		if n < minDiv10 || (n == minDiv10 && dgt > 8) {
			r.pos = start
			r.Fail(CodeRange, "integer "+clip(lit)+" is outside the 64-bit range")
			r.pos = start + len(lit)
			return 0, false
		}
		n = n*10 - dgt
	}
	if !neg {
		if n == -9223372036854775808 {
			r.pos = start
			r.Fail(CodeRange, "integer "+clip(lit)+" is outside the 64-bit range")
			r.pos = start + len(lit)
			return 0, false
		}
		n = -n
	}
	return n, true
}

// Number reads any JSON number and returns its exact literal text.
func (r *Reader) Number() (lit string, ok bool) {
	k := r.Peek()
	if k != Number {
		r.mismatch("a number", k)
		return "", false
	}
	return r.numberString()
}

func (r *Reader) numberString() (string, bool) {
	start := r.pos
	b, _ := r.scanNumber()
	if r.fatal {
		return "", false
	}
	if r.src != "" {
		return r.src[start : start+len(b)], true
	}
	return string(b), true
}

// clip returns at most 40 bytes of a literal, for messages.
func clip(b []byte) string {
	if len(b) > 40 {
		return string(b[:40]) + "…"
	}
	return string(b)
}

// String reads a string and returns it as a string the caller may keep (a
// substring of the shared copy when the reader was made by NewShared and the
// string has no escapes).
func (r *Reader) String() (string, bool) {
	k := r.Peek()
	if k != String {
		r.mismatch("a string", k)
		return "", false
	}
	start := r.pos + 1
	b, esc := r.scanString(r.buf[:0])
	if r.fatal {
		return "", false
	}
	if esc {
		r.buf = b
		return string(b), true
	}
	if r.src != "" {
		return r.src[start : start+len(b)], true
	}
	return string(b), true
}

// StringOrNull reads a string, as String does, or null (null true, s "").
// It is String after a check for null, in one step.
func (r *Reader) StringOrNull() (s string, null, ok bool) {
	r.ws()
	if !r.fatal && r.pos < len(r.data) {
		switch r.data[r.pos] {
		case '"':
			// scanString's loop by hand, for the common plain string.
			d, start := r.data, r.pos+1
			i := start
			for i+8 <= len(d) {
				if m := special(binary.LittleEndian.Uint64(d[i:])) & highs; m != 0 {
					i += bits.TrailingZeros64(m) >> 3
					if d[i] == '"' && r.src != "" {
						r.pos = i + 1
						return r.src[start:i], false, true
					}
					break
				}
				i += 8
			}
			b, esc := r.scanRest(r.buf[:0], start, i)
			if r.fatal {
				return "", false, false
			}
			if esc {
				r.buf = b
				return string(b), false, true
			}
			if r.src != "" {
				return r.src[start : start+len(b)], false, true
			}
			return string(b), false, true
		case 'n':
			r.literal("null")
			return "", !r.fatal, !r.fatal
		}
	}
	s, ok = r.String()
	return s, false, ok
}

// IntOrNull reads an integer, as Int does, or null (null true, v 0).
func (r *Reader) IntOrNull() (v int64, null, ok bool) {
	r.ws()
	if !r.fatal && r.pos < len(r.data) && r.data[r.pos] == 'n' {
		r.literal("null")
		return 0, !r.fatal, !r.fatal
	}
	v, ok = r.Int()
	return v, false, ok
}

// StringBytes reads a string and returns its contents: a view into the input
// when the string has no escapes, otherwise a scratch buffer reused by the
// next call. Either way the caller must copy what it keeps.
func (r *Reader) StringBytes() ([]byte, bool) {
	k := r.Peek()
	if k != String {
		r.mismatch("a string", k)
		return nil, false
	}
	b, esc := r.scanString(r.buf[:0])
	if esc {
		r.buf = b
	}
	return b, !r.fatal
}

// scanString consumes a string token at r.pos (an opening quote). It returns
// a view into the input when the string has no escapes (esc false), or the
// decoded contents appended to buf (esc true). It reads the input once:
// plain ASCII eight bytes at a time (see special), and each non-ASCII
// character is checked as UTF-8 where it stands.
func (r *Reader) scanString(buf []byte) (s []byte, esc bool) {
	d := r.data
	start := r.pos + 1
	i := start
	// The common case, a plain ASCII string, in this loop (plainRun's, by
	// hand: the compiler does not inline a loop this size).
	for i+8 <= len(d) {
		if m := special(binary.LittleEndian.Uint64(d[i:])) & highs; m != 0 {
			i += bits.TrailingZeros64(m) >> 3
			if d[i] == '"' {
				r.pos = i + 1
				return d[start:i], false
			}
			break
		}
		i += 8
	}
	return r.scanRest(buf, start, i)
}

// scanRest continues scanString at i, in a string that starts at start.
func (r *Reader) scanRest(buf []byte, start, i int) (s []byte, esc bool) {
	d := r.data
	for {
		i = plainRun(d, i)
		if i >= len(d) {
			r.pos = len(d)
			r.syntax("unexpected end of input in a string")
			return nil, false
		}
		switch c := d[i]; {
		case c == '"':
			r.pos = i + 1
			return d[start:i], false
		case c == '\\':
			return r.scanEscaped(append(buf, d[start:i]...), i)
		case c < 0x20:
			r.pos = i
			r.syntax("control character " + r.describe() + " in a string")
			return nil, false
		default:
			n := utf8Len(d[i:])
			if n == 0 {
				r.pos = i
				r.syntax("invalid UTF-8 " + r.describe() + " in a string")
				return nil, false
			}
			i += n
		}
	}
}

// Word-at-a-time string scanning ("SWAR", SIMD within a register): eight
// input bytes are loaded as one little-endian uint64 and tested together.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// special returns w with the high bit of each byte set (in w & highs) when
// that byte may end a run of plain string bytes: '"', '\\', a control byte
// (< 0x20) or a non-ASCII byte (≥ 0x80). As with the classic "has a zero
// byte" test, (x − 0x01…) &^ x & 0x80…, a borrow between bytes may flag a
// byte above a true hit, never below one: the lowest flagged byte, the only
// one the scanner uses, is exact.
func special(w uint64) uint64 {
	// Below 0x80, a byte's high bit after x − 1 says x was 0 (so after
	// w ^ '"'…, that it was '"'), and after x − 0x20 that it was below 0x20;
	// OR-ing w itself flags the bytes from 0x80 up, whatever the rest says.
	return ((w ^ (ones * '"')) - ones) | ((w ^ (ones * '\\')) - ones) | (w - ones*0x20) | w
}

// plainRun returns the index of the first byte at or after i that is not a
// plain string byte (see special), or len(d).
func plainRun(d []byte, i int) int {
	for ; i+8 <= len(d); i += 8 {
		if m := special(binary.LittleEndian.Uint64(d[i:])) & highs; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	return plainTail(d, i)
}

// plainTail is plainRun for the last bytes, fewer than eight.
func plainTail(d []byte, i int) int {
	if i >= len(d) {
		return len(d)
	}
	// The last bytes, padded with zeros: a zero is a control byte, so a hit
	// past the end means none.
	var tail [8]byte
	copy(tail[:], d[i:])
	m := special(binary.LittleEndian.Uint64(tail[:])) & highs
	return min(i+bits.TrailingZeros64(m)>>3, len(d))
}

// utf8Len returns the length of the valid UTF-8 character that b starts
// with (a non-ASCII byte), or 0 when it does not start one.
func utf8Len(b []byte) int {
	if len(b) >= 2 && b[0]&0xE0 == 0xC0 && b[0] >= 0xC2 && b[1]&0xC0 == 0x80 {
		return 2 // the common case of accented Latin letters, without a call
	}
	ch, n := utf8.DecodeRune(b)
	if ch == utf8.RuneError && n <= 1 {
		return 0
	}
	return n
}

// scanEscaped continues a string with escapes from position i (a backslash),
// decoding into buf.
func (r *Reader) scanEscaped(buf []byte, i int) ([]byte, bool) {
	d := r.data
	for {
		j := plainRun(d, i)
		buf = append(buf, d[i:j]...)
		i = j
		if i >= len(d) {
			break
		}
		c := d[i]
		switch {
		case c == '"':
			r.pos = i + 1
			return buf, true
		case c == '\\':
			if i+1 >= len(d) {
				r.pos = i + 1
				r.syntax("unexpected end of input in an escape")
				return nil, false
			}
			e := d[i+1]
			switch e {
			case '"', '\\', '/':
				buf = append(buf, e)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				r1, ok := r.hex4(i + 2)
				if !ok {
					return nil, false
				}
				i += 6
				if utf16.IsSurrogate(r1) {
					if r1 < 0xDC00 && i+1 < len(d) && d[i] == '\\' && d[i+1] == 'u' {
						r2, ok := r.hex4(i + 2)
						if !ok {
							return nil, false
						}
						if dec := utf16.DecodeRune(r1, r2); dec != utf8.RuneError {
							buf = utf8.AppendRune(buf, dec)
							i += 6
							continue
						}
					}
					r1 = utf8.RuneError
				}
				buf = utf8.AppendRune(buf, r1)
				continue
			default:
				r.pos = i + 1
				r.syntax("invalid escape " + r.describe() + " in a string")
				return nil, false
			}
			i += 2
		case c < 0x20:
			r.pos = i
			r.syntax("control character " + r.describe() + " in a string")
			return nil, false
		default:
			n := utf8Len(d[i:])
			if n == 0 {
				r.pos = i
				r.syntax("invalid UTF-8 " + r.describe() + " in a string")
				return nil, false
			}
			buf = append(buf, d[i:i+n]...)
			i += n
		}
	}
	r.pos = i
	r.syntax("unexpected end of input in a string")
	return nil, false
}

func (r *Reader) hex4(i int) (rune, bool) {
	if i+4 > len(r.data) {
		r.pos = len(r.data)
		r.syntax("unexpected end of input in a \\u escape")
		return 0, false
	}
	var v rune
	for j := i; j < i+4; j++ {
		c := r.data[j]
		switch {
		case c >= '0' && c <= '9':
			v = v<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			v = v<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			v = v<<4 | rune(c-'A'+10)
		default:
			r.pos = j
			r.syntax("invalid hexadecimal " + r.describe() + " in a \\u escape")
			return 0, false
		}
	}
	return v, true
}

// enter checks the depth limit before reading into an array or object.
func (r *Reader) enter() bool {
	r.depth++
	if r.lim.MaxDepth > 0 && r.depth > r.lim.MaxDepth {
		r.stop(CodeTooLarge, "nesting deeper than the limit of "+strconv.Itoa(r.lim.MaxDepth), r.Path())
		return false
	}
	return true
}

// Object reads an object, calling member for each member with the key (a
// view valid only during the call) and the reader positioned at the member's
// value, its path extended by the key. member must consume the value with
// one read (Int, String, Object, Skip, …); if it returns without consuming
// it (say, after Fail), the value is skipped. A key seen before in the same
// object is a CodeDuplicateKey error (once per key, however often it
// repeats) and its value is skipped without calling member. More than max members (max ≤ 0: the reader's MaxMembers) stops the
// reader with CodeTooLarge. If the value is not an object it is a type error,
// skipped, and Object returns false.
func (r *Reader) Object(max int, member func(key []byte)) bool {
	return r.object(max, nil, member, nil)
}

// ObjectFields is Object for an object of a fixed schema: member receives,
// with the key, its number in fields, or -1 when the key is not one of them
// (the decoder's unknown field). Dispatching on the number costs no string
// comparison, and a repeated name is found with one bit test.
func (r *Reader) ObjectFields(max int, fields *Fields, member func(field int, key []byte)) bool {
	return r.object(max, fields, nil, member)
}

func (r *Reader) object(max int, fields *Fields, member func(key []byte), fmember func(int, []byte)) bool {
	k := r.Peek()
	if k != Object {
		r.mismatch("an object", k)
		return false
	}
	if max <= 0 {
		max = r.lim.MaxMembers
	}
	if !r.enter() {
		return false
	}
	r.pos++ // '{'
	seenStart := len(r.seen)
	var seenMap map[string]struct{}
	var dupReported map[string]struct{} // duplicate keys reported, made at the first
	var seenFields uint64
	n := 0
	defer func() {
		if len(r.seen) > seenStart {
			clear(r.seen[seenStart:])
			r.seen = r.seen[:seenStart]
		}
		r.depth--
	}()
	r.ws()
	if r.pos < len(r.data) && r.data[r.pos] == '}' {
		r.pos++
		return true
	}
	for {
		if !r.at('"') {
			r.syntax("unexpected " + r.describe() + ", expected a string key")
			return false
		}
		keyOff := r.pos + 1
		// A key of up to 15 plain bytes (most are) is read here from one or
		// two words, which also give Fields its words: no call, no second
		// look at the key. Any other key goes through scanString.
		var key []byte
		esc, field, fast := false, -1, false
		if d, i := r.data, keyOff; i+16 <= len(d) {
			w0 := binary.LittleEndian.Uint64(d[i:])
			if m := special(w0) & highs; m != 0 {
				if j := i + bits.TrailingZeros64(m)>>3; d[j] == '"' {
					key, r.pos, fast = d[i:j], j+1, true
					if fields != nil {
						field = fields.find(w0&(1<<(8*uint(j-i))-1), 0, key)
					}
				}
			} else if m := special(binary.LittleEndian.Uint64(d[i+8:])) & highs; m != 0 {
				if j := i + 8 + bits.TrailingZeros64(m)>>3; d[j] == '"' {
					key, r.pos, fast = d[i:j], j+1, true
					if fields != nil {
						field = fields.find(w0, binary.LittleEndian.Uint64(d[j-8:]), key)
					}
				}
			}
		}
		if !fast {
			key, esc = r.scanString(nil)
			if r.fatal {
				return false
			}
			if fields != nil {
				field = fields.Index(key)
			}
		}
		keyEnd := r.pos - 1
		if !esc {
			key = key[:len(key):len(key)]
		}
		if !r.at(':') {
			r.syntax("unexpected " + r.describe() + ", expected ':' after an object key")
			return false
		}
		r.pos++
		n++
		r.path = append(r.path, seg{off: int32(keyOff), n: int32(keyEnd - keyOff)})
		if max > 0 && n > max {
			r.path = r.path[:len(r.path)-1]
			r.stop(CodeTooLarge, "object has more than "+strconv.Itoa(max)+" members", r.Path())
			return false
		}
		// Duplicate detection: one bit per name of a schema; for other keys,
		// a linear scan for small objects, a map beyond.
		dup := false
		if field >= 0 {
			bit := uint64(1) << uint(field)
			dup = seenFields&bit != 0
			seenFields |= bit
		} else if seenMap != nil {
			if _, dup = seenMap[string(key)]; !dup {
				seenMap[string(key)] = struct{}{}
			}
		} else {
			for _, s := range r.seen[seenStart:] {
				if bytes.Equal(s, key) {
					dup = true
					break
				}
			}
			if !dup {
				r.seen = append(r.seen, key)
				if len(r.seen)-seenStart > 16 {
					seenMap = make(map[string]struct{}, 32)
					for _, s := range r.seen[seenStart:] {
						seenMap[string(s)] = struct{}{}
					}
				}
			}
		}
		r.ws()
		p0 := r.pos
		switch {
		case dup:
			// Once per key and object, however often it repeats: one
			// mistake, one problem (and 999 copies of a key cannot fill the
			// list).
			if _, again := dupReported[string(key)]; !again {
				if dupReported == nil {
					dupReported = make(map[string]struct{})
				}
				dupReported[string(key)] = struct{}{}
				r.Fail(CodeDuplicateKey, "duplicate key "+limits.Quote(string(key)))
			}
		case fmember != nil:
			fmember(field, key)
		default:
			member(key)
		}
		if r.fatal {
			return false
		}
		if r.pos == p0 {
			r.Skip()
		}
		r.path = r.path[:len(r.path)-1]
		if r.fatal {
			return false
		}
		if r.pos < len(r.data) && r.data[r.pos] == ',' { // next's fast path, by hand
			r.pos++
			continue
		}
		if more, ok := r.nextSlow('}'); !more {
			return ok
		}
	}
}

// Array reads an array, calling elem for each element with the reader
// positioned at it, its path extended by the index. elem must consume the
// element, as Object's member must; an unconsumed element is skipped. More
// than max elements (max ≤ 0: the reader's MaxArrayLen) stops the reader
// with CodeTooLarge. If the value is not an array it is a type error, skipped,
// and Array returns false.
func (r *Reader) Array(max int, elem func(i int)) bool {
	k := r.Peek()
	if k != Array {
		r.mismatch("an array", k)
		return false
	}
	if max <= 0 {
		max = r.lim.MaxArrayLen
	}
	if !r.enter() {
		return false
	}
	defer func() { r.depth-- }()
	r.pos++ // '['
	r.ws()
	if r.pos < len(r.data) && r.data[r.pos] == ']' {
		r.pos++
		return true
	}
	for i := 0; ; i++ {
		if max > 0 && i >= max {
			r.stop(CodeTooLarge, "array has more than "+strconv.Itoa(max)+" elements", r.Path())
			return false
		}
		r.path = append(r.path, seg{off: -1, n: int32(i)})
		r.ws()
		p0 := r.pos
		elem(i)
		if !r.fatal && r.pos == p0 {
			r.Skip()
		}
		r.path = r.path[:len(r.path)-1]
		if r.fatal {
			return false
		}
		if r.pos < len(r.data) && r.data[r.pos] == ',' { // next's fast path, by hand
			r.pos++
			continue
		}
		if more, ok := r.nextSlow(']'); !more {
			return ok
		}
	}
}

// next reads what follows an element of an array or a member of an object:
// ',' (more is true), the closing byte (more is false, ok true), or anything
// else, a syntax error (ok false).
func (r *Reader) next(closing byte) (more, ok bool) {
	if r.pos < len(r.data) && r.data[r.pos] == ',' { // inlined
		r.pos++
		return true, true
	}
	return r.nextSlow(closing)
}

func (r *Reader) nextSlow(closing byte) (more, ok bool) {
	in := "an array"
	if closing == '}' {
		in = "an object"
	}
	r.ws()
	if r.pos < len(r.data) {
		switch r.data[r.pos] {
		case ',':
			r.pos++
			return true, true
		case closing:
			r.pos++
			return false, true
		}
	}
	r.syntax("unexpected " + r.describe() + ", expected ',' or '" + string(closing) + "' in " + in)
	return false, false
}

// Skip consumes the next value, whatever it is, checking its syntax and the
// reader's limits (duplicate keys inside it are not looked for).
func (r *Reader) Skip() {
	switch r.Peek() {
	case Null:
		r.literal("null")
	case Bool:
		if r.data[r.pos] == 't' {
			r.literal("true")
		} else {
			r.literal("false")
		}
	case Number:
		r.scanNumber()
	case String:
		r.skipString()
	case Array:
		r.skipContainer(']')
	case Object:
		r.skipContainer('}')
	}
}

// skipString consumes a string, decoding escapes into the scratch buffer.
func (r *Reader) skipString() {
	if b, esc := r.scanString(r.buf[:0]); esc {
		r.buf = b
	}
}

// skipContainer skips an array or object without building paths for every
// element (only the limits' error messages need one).
func (r *Reader) skipContainer(end byte) {
	if !r.enter() {
		return
	}
	defer func() { r.depth-- }()
	r.pos++
	r.ws()
	if r.pos < len(r.data) && r.data[r.pos] == end {
		r.pos++
		return
	}
	max := r.lim.MaxArrayLen
	what := "elements"
	if end == '}' {
		max = r.lim.MaxMembers
		what = "members"
	}
	for n := 1; ; n++ {
		if max > 0 && n > max {
			r.stop(CodeTooLarge, "value has more than "+strconv.Itoa(max)+" "+what, r.Path())
			return
		}
		r.ws()
		if end == '}' {
			if r.pos >= len(r.data) || r.data[r.pos] != '"' {
				r.syntax("unexpected " + r.describe() + ", expected a string key")
				return
			}
			r.skipString()
			if r.fatal {
				return
			}
			r.ws()
			if r.pos >= len(r.data) || r.data[r.pos] != ':' {
				r.syntax("unexpected " + r.describe() + ", expected ':' after an object key")
				return
			}
			r.pos++
		}
		r.Skip()
		if r.fatal {
			return
		}
		if more, _ := r.next(end); !more {
			return
		}
	}
}

// Builder turns JSON values into a caller's representation, for Any.
// Array receives a slice it may keep; Object receives keys and values it may
// keep, in document order, without duplicates.
type Builder[V any] interface {
	Null() V
	Bool(b bool) V
	Number(lit string) V
	String(s string) V
	Array(elems []V) V
	Object(keys []string, vals []V) V
}

// Any reads any value into b's representation. Duplicate keys are recorded
// as errors and the later member is dropped; the reader's limits apply,
// MaxValues included.
func Any[V any](r *Reader, b Builder[V]) (V, bool) {
	var zero V
	if r.fatal {
		return zero, false
	}
	r.built++
	if r.lim.MaxValues > 0 && r.built > r.lim.MaxValues {
		r.stop(CodeTooLarge, "more than "+strconv.Itoa(r.lim.MaxValues)+" values in free-form data", r.Path())
		return zero, false
	}
	switch r.Peek() {
	case Null:
		r.literal("null")
		return b.Null(), !r.fatal
	case Bool:
		v, ok := r.Bool()
		return b.Bool(v), ok
	case Number:
		lit, ok := r.numberString()
		if !ok {
			return zero, false
		}
		return b.Number(lit), true
	case String:
		s, ok := r.String()
		return b.String(s), ok
	case Array:
		var elems []V
		ok := r.Array(0, func(int) {
			v, ok := Any(r, b)
			if ok {
				elems = append(elems, v)
			}
		})
		if !ok || r.fatal {
			return zero, false
		}
		return b.Array(elems), true
	case Object:
		var keys []string
		var vals []V
		ok := r.Object(0, func([]byte) {
			k := r.Key()
			v, ok := Any(r, b)
			if ok {
				keys = append(keys, k)
				vals = append(vals, v)
			}
		})
		if !ok || r.fatal {
			return zero, false
		}
		return b.Object(keys, vals), true
	}
	return zero, false
}
