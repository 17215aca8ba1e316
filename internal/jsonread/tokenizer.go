package jsonread

import (
	"encoding/binary"
	"math/bits"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// The tokenizer: white space, literals, numbers and strings, scanned eight
// bytes at a time where it pays.

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
			return r.badChar(i)
		default:
			n := utf8Len(d[i:])
			if n == 0 {
				return r.badChar(i)
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

// badChar stops the reader with the syntax error for the byte at i of a
// string, which is a control character (below 0x20) or does not start
// valid UTF-8, and returns what a scan returns then.
func (r *Reader) badChar(i int) ([]byte, bool) {
	r.pos = i
	what := "invalid UTF-8 "
	if r.data[i] < 0x20 {
		what = "control character "
	}
	r.syntax(what + r.describe() + " in a string")
	return nil, false
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
			return r.badChar(i)
		default:
			n := utf8Len(d[i:])
			if n == 0 {
				return r.badChar(i)
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
