package jsonvalue

import (
	"slices"
	"strings"

	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/internal/valueview"
)

// The builders of internal/valueview, for the module's decoders.
func init() {
	valueview.Builder = jsonread.Builder[Value](builder{})
	valueview.Object = sortedObject
	valueview.Compact = compact
}

// builder builds Values for jsonread.Any, keeping what it is given.
type builder struct{}

func (builder) Null() Value { return Value{kind: KindNull} }

func (builder) Bool(b bool) Value { return Bool(b) }

func (builder) Number(lit string) Value { return Value{kind: KindNumber, str: lit} }

func (builder) String(s string) Value { return Value{kind: KindString, str: s} }

func (builder) Array(elems []Value) Value { return Value{kind: KindArray, arr: elems} }

func (builder) Object(keys []string, vals []Value) Value {
	ms := make([]Member, len(keys))
	for i := range keys {
		ms[i] = Member{Key: keys[i], Value: vals[i]}
	}
	return sortedObject(ms)
}

// sortedObject sorts ms by key in place and returns the object of them.
func sortedObject(ms []Member) Value {
	slices.SortFunc(ms, compareMembers)
	return Value{kind: KindObject, obj: ms}
}

func compareMembers(a, b Member) int { return strings.Compare(a.Key, b.Key) }

// compact calls s.Str on every string v holds.
func compact(v *Value, s valueview.Strings) {
	s.Str(&v.str)
	for i := range v.arr {
		compact(&v.arr[i], s)
	}
	for i := range v.obj {
		s.Str(&v.obj[i].Key)
		compact(&v.obj[i].Value, s)
	}
}
