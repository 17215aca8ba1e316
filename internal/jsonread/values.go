package jsonread

import (
	"encoding/binary"
	"math/bits"
	"strconv"
)

// Reading scalar values, and any value through a Builder.

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
	return r.intAt()
}

// intAt is Int at a number token.
func (r *Reader) intAt() (v int64, ok bool) {
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
	r.returned += len(b)
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
	r.returned += len(b)
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
						r.returned += i - start
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
			r.returned += len(b)
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
	if !r.fatal && r.pos < len(r.data) {
		switch kindOf[r.data[r.pos]] {
		case Null:
			r.literal("null")
			return 0, !r.fatal, !r.fatal
		case Number:
			v, ok = r.intAt()
			return v, false, ok
		}
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
