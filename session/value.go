package session

import (
	"errors"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind is the JSON type of a Value.
type Kind uint8

// The kinds of Value. The zero Value has KindAbsent.
const (
	KindAbsent Kind = iota
	KindNull
	KindBool
	KindNumber
	KindString
	KindArray
	KindObject
)

var kindNames = [...]string{"absent", "null", "boolean", "number", "string", "array", "object"}

// String returns the kind's name: "absent", "null", "boolean", "number",
// "string", "array" or "object".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Value is an immutable JSON value, used where the schema is free-form:
// metadata values, a Klarna option's extraMerchantData, Apple Pay's billing
// requests. Numbers keep their exact literal text (no float64 is ever
// involved), objects keep their members sorted by key, and the zero Value is
// "absent".
//
// Build values with NullValue, BoolValue, StringValue, IntValue, NumberValue,
// ArrayValue and ObjectValue; a Value never shares memory a caller can change.
type Value struct {
	kind Kind
	str  string   // string contents, number literal, or "true"/"false"
	arr  []Value  // KindArray
	obj  []Member // KindObject, sorted by Key, keys unique
}

// Member is one key and value of a JSON object.
type Member struct {
	Key   string
	Value Value
}

// NullValue returns JSON null.
func NullValue() Value { return Value{kind: KindNull} }

// BoolValue returns a JSON boolean.
func BoolValue(b bool) Value {
	if b {
		return Value{kind: KindBool, str: "true"}
	}
	return Value{kind: KindBool, str: "false"}
}

// StringValue returns a JSON string.
func StringValue(s string) Value { return Value{kind: KindString, str: s} }

// IntValue returns a JSON integer.
func IntValue(i int64) Value { return Value{kind: KindNumber, str: strconv.FormatInt(i, 10)} }

// ErrNumberSyntax is returned by NumberValue for text that is not a JSON
// number.
var ErrNumberSyntax = errors.New("session: not a JSON number")

// NumberValue returns a JSON number with exactly the literal text lit, which
// must follow JSON's number grammar ("1", "-0.5", "1e3"; not "+1", "01", ".5",
// "NaN").
func NumberValue(lit string) (Value, error) {
	if !isJSONNumber(lit) {
		return Value{}, ErrNumberSyntax
	}
	return Value{kind: KindNumber, str: strings.Clone(lit)}, nil
}

// ArrayValue returns a JSON array of the given elements (copied). An absent
// element becomes null, so that every array is well-formed JSON.
func ArrayValue(elems ...Value) Value {
	arr := slices.Clone(elems)
	for i := range arr {
		if arr[i].kind == KindAbsent {
			arr[i] = NullValue()
		}
	}
	return Value{kind: KindArray, arr: arr}
}

// ErrDuplicateKey is returned by ObjectValue when two members share a key.
var ErrDuplicateKey = errors.New("session: duplicate object key")

// ObjectValue returns a JSON object of the given members (copied and sorted by
// key). A member whose value is absent is left out, as on the wire. Two
// members with the same key are an error.
func ObjectValue(members ...Member) (Value, error) {
	obj := slices.DeleteFunc(slices.Clone(members), func(m Member) bool { return m.Value.kind == KindAbsent })
	slices.SortStableFunc(obj, func(a, b Member) int { return strings.Compare(a.Key, b.Key) })
	for i := 1; i < len(obj); i++ {
		if obj[i].Key == obj[i-1].Key {
			return Value{}, ErrDuplicateKey
		}
	}
	return Value{kind: KindObject, obj: obj}, nil
}

// ObjectFromMap returns a JSON object with the map's entries; an entry whose
// value is absent is left out.
func ObjectFromMap(m map[string]Value) Value {
	obj := make([]Member, 0, len(m))
	for k, v := range m {
		if v.kind != KindAbsent {
			obj = append(obj, Member{Key: k, Value: v})
		}
	}
	slices.SortFunc(obj, func(a, b Member) int { return strings.Compare(a.Key, b.Key) })
	return Value{kind: KindObject, obj: obj}
}

// Kind returns the value's JSON type; KindAbsent for the zero Value.
func (v Value) Kind() Kind { return v.kind }

// IsAbsent reports whether v is the zero Value.
func (v Value) IsAbsent() bool { return v.kind == KindAbsent }

// Str returns the contents of a JSON string.
func (v Value) Str() (string, bool) { return v.str, v.kind == KindString }

// Bool returns the value of a JSON boolean.
func (v Value) Bool() (bool, bool) { return v.str == "true", v.kind == KindBool }

// Number returns the exact literal text of a JSON number.
func (v Value) Number() (string, bool) { return v.str, v.kind == KindNumber }

// Int returns the value of a JSON number written as an integer (no fraction,
// no exponent) that fits in an int64. "1.0", "1e3" and "1.5" are not integers.
func (v Value) Int() (int64, bool) {
	if v.kind != KindNumber || strings.ContainsAny(v.str, ".eE") {
		return 0, false
	}
	i, err := strconv.ParseInt(v.str, 10, 64)
	return i, err == nil
}

// Len returns the number of elements of an array or members of an object.
func (v Value) Len() int {
	switch v.kind {
	case KindArray:
		return len(v.arr)
	case KindObject:
		return len(v.obj)
	}
	return 0
}

// Index returns the i-th element of an array. It panics if v is not an array
// or i is out of range, like indexing a slice.
func (v Value) Index(i int) Value { return v.arr[i] }

// Member returns the i-th member (in key order) of an object. It panics if v
// is not an object or i is out of range.
func (v Value) Member(i int) (key string, val Value) { return v.obj[i].Key, v.obj[i].Value }

// Lookup returns the member of an object with the given key.
func (v Value) Lookup(key string) (Value, bool) {
	if v.kind != KindObject {
		return Value{}, false
	}
	i, ok := slices.BinarySearchFunc(v.obj, key, func(m Member, k string) int { return strings.Compare(m.Key, k) })
	if !ok {
		return Value{}, false
	}
	return v.obj[i].Value, true
}

// Elements iterates over the elements of an array.
func (v Value) Elements() iter.Seq2[int, Value] {
	return func(yield func(int, Value) bool) {
		if v.kind != KindArray {
			return
		}
		for i, e := range v.arr {
			if !yield(i, e) {
				return
			}
		}
	}
}

// Members iterates over the members of an object in key order.
func (v Value) Members() iter.Seq2[string, Value] {
	return func(yield func(string, Value) bool) {
		if v.kind != KindObject {
			return
		}
		for _, m := range v.obj {
			if !yield(m.Key, m.Value) {
				return
			}
		}
	}
}

// Equal reports whether v and w are the same JSON value: same kind, same
// string contents or number literal, same elements, same members.
func (v Value) Equal(w Value) bool {
	if v.kind != w.kind || v.str != w.str || len(v.arr) != len(w.arr) || len(v.obj) != len(w.obj) {
		return false
	}
	for i := range v.arr {
		if !v.arr[i].Equal(w.arr[i]) {
			return false
		}
	}
	for i := range v.obj {
		if v.obj[i].Key != w.obj[i].Key || !v.obj[i].Value.Equal(w.obj[i].Value) {
			return false
		}
	}
	return true
}

// AppendJSON appends the canonical JSON encoding of v (compact, object
// members in key order) to dst. An absent value appends nothing; inside an
// array or object there is none (the constructors turn an absent element into
// null and leave an absent member out), so the output is always well-formed.
func (v Value) AppendJSON(dst []byte) []byte {
	switch v.kind {
	case KindNull:
		return append(dst, "null"...)
	case KindBool, KindNumber:
		return append(dst, v.str...)
	case KindString:
		return appendString(dst, v.str)
	case KindArray:
		dst = append(dst, '[')
		for i, e := range v.arr {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = e.AppendJSON(dst)
		}
		return append(dst, ']')
	case KindObject:
		dst = append(dst, '{')
		for i, m := range v.obj {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendString(dst, m.Key)
			dst = append(dst, ':')
			dst = m.Value.AppendJSON(dst)
		}
		return append(dst, '}')
	}
	return dst
}

// isJSONNumber reports whether s follows JSON's number grammar.
func isJSONNumber(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	default:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == start {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == start {
			return false
		}
	}
	return i == len(s)
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string. Invalid UTF-8 is written as
// U+FFFD; <, > and & are left as they are (this is not HTML).
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < 0x80 {
			i++
			continue
		}
		if c < 0x80 {
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := decodeRune(s[i:])
		if r == 0xFFFD && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, "\ufffd"...)
			i += size
			start = i
			continue
		}
		if r == 0x2028 || r == 0x2029 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
