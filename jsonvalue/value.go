package jsonvalue

import (
	"errors"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/paysession/paysession/internal/jsontext"
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

// Value is an immutable JSON value. Numbers keep their exact literal text (no float64 is ever
// involved), objects keep their members sorted by key, and the zero Value is
// "absent".
//
// Build values with Null, Bool, String, Int, Number,
// Array and Object; a Value never shares memory a caller can change.
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

// Null returns JSON null.
func Null() Value { return Value{kind: KindNull} }

// Bool returns a JSON boolean.
func Bool(b bool) Value {
	if b {
		return Value{kind: KindBool, str: "true"}
	}
	return Value{kind: KindBool, str: "false"}
}

// String returns a JSON string.
func String(s string) Value { return Value{kind: KindString, str: s} }

// Int returns a JSON integer.
func Int(i int64) Value { return Value{kind: KindNumber, str: strconv.FormatInt(i, 10)} }

// ErrNumberSyntax is returned by Number for text that is not a JSON
// number.
var ErrNumberSyntax = errors.New("jsonvalue: not a JSON number")

// Number returns a JSON number with exactly the literal text lit, which
// must follow JSON's number grammar ("1", "-0.5", "1e3"; not "+1", "01", ".5",
// "NaN").
func Number(lit string) (Value, error) {
	if !jsontext.IsNumber(lit) {
		return Value{}, ErrNumberSyntax
	}
	return Value{kind: KindNumber, str: strings.Clone(lit)}, nil
}

// Array returns a JSON array of the given elements (copied). An absent
// element becomes null, so that every array is well-formed JSON.
func Array(elems ...Value) Value {
	arr := slices.Clone(elems)
	for i := range arr {
		if arr[i].kind == KindAbsent {
			arr[i] = Null()
		}
	}
	return Value{kind: KindArray, arr: arr}
}

// ErrDuplicateKey is returned by Object when two members share a key.
var ErrDuplicateKey = errors.New("jsonvalue: duplicate object key")

// Object returns a JSON object of the given members (copied and sorted by
// key). A member whose value is absent is left out, as on the wire. Two
// members with the same key are an error.
func Object(members ...Member) (Value, error) {
	obj := slices.DeleteFunc(slices.Clone(members), func(m Member) bool { return m.Value.kind == KindAbsent })
	slices.SortStableFunc(obj, func(a, b Member) int { return strings.Compare(a.Key, b.Key) })
	for i := 1; i < len(obj); i++ {
		if obj[i].Key == obj[i-1].Key {
			return Value{}, ErrDuplicateKey
		}
	}
	return Value{kind: KindObject, obj: obj}, nil
}

// FromMap returns a JSON object with the map's entries; an entry whose
// value is absent is left out.
func FromMap(m map[string]Value) Value {
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
		return jsontext.AppendString(dst, v.str)
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
			dst = jsontext.AppendString(dst, m.Key)
			dst = append(dst, ':')
			dst = m.Value.AppendJSON(dst)
		}
		return append(dst, '}')
	}
	return dst
}
