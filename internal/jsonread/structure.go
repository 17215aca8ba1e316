package jsonread

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strconv"

	"github.com/paysession/paysession/internal/limits"
)

// Objects and arrays: members, elements, limits, duplicate keys and Skip.

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
	// One path step for the object's members, set for each in turn (nested
	// reads push theirs past it and pop back to it).
	step := len(r.path)
	r.path = append(r.path, seg{})
	ok := r.members(max, fields, member, fmember, seenStart, step)
	r.path = r.path[:step]
	// No defer: a panicking callback leaves a reader nobody reads again.
	if len(r.seen) > seenStart {
		clear(r.seen[seenStart:])
		r.seen = r.seen[:seenStart]
	}
	r.depth--
	return ok
}

// members reads the members of the object whose '{' object has consumed.
func (r *Reader) members(max int, fields *Fields, member func(key []byte), fmember func(int, []byte), seenStart, step int) bool {
	var seenMap map[string]struct{}
	var dupReported map[string]struct{} // duplicate keys reported, made at the first
	var seenFields uint64
	n := 0
	r.ws()
	if r.pos < len(r.data) && r.data[r.pos] == '}' {
		r.pos++
		return true
	}
	for {
		// The key and its ':' are read with the position in a local (r.pos
		// is written back once), the common compact case first.
		d, pos := r.data, r.pos
		if pos >= len(d) || d[pos] != '"' {
			if !r.at('"') {
				r.syntax("unexpected " + r.describe() + ", expected a string key")
				return false
			}
			pos = r.pos
		}
		keyOff := pos + 1
		// A key of up to 15 plain bytes (most are) is read here from one or
		// two words, which also give Fields its words: no call, no second
		// look at the key. Any other key goes through scanString.
		var key []byte
		esc, field, fast := false, -1, false
		if i := keyOff; i+16 <= len(d) {
			w0 := binary.LittleEndian.Uint64(d[i : i+8])
			if m := special(w0) & highs; m != 0 {
				if j := i + bits.TrailingZeros64(m)>>3; d[j] == '"' {
					key, pos, fast = d[i:j], j+1, true
					if fields != nil {
						field = fields.find(w0&(1<<(8*uint(j-i))-1), 0, key)
					}
				}
			} else if m := special(binary.LittleEndian.Uint64(d[i+8:i+16])) & highs; m != 0 {
				if j := i + 8 + bits.TrailingZeros64(m)>>3; d[j] == '"' {
					key, pos, fast = d[i:j], j+1, true
					if fields != nil {
						field = fields.find(w0, binary.LittleEndian.Uint64(d[j-8:]), key)
					}
				}
			}
		}
		if !fast {
			r.pos = pos
			key, esc = r.scanString(nil)
			if r.fatal {
				return false
			}
			if fields != nil {
				field = fields.Index(key)
			}
			pos = r.pos
		}
		keyEnd := pos - 1
		if !esc {
			key = key[:len(key):len(key)]
		}
		if pos < len(d) && d[pos] == ':' {
			r.pos = pos + 1
		} else {
			r.pos = pos
			if !r.at(':') {
				r.syntax("unexpected " + r.describe() + ", expected ':' after an object key")
				return false
			}
			r.pos++
		}
		n++
		r.path[step] = seg{off: int32(keyOff), n: int32(keyEnd - keyOff)}
		if max > 0 && n > max {
			r.path = r.path[:step]
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
