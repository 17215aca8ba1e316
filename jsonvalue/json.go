package jsonvalue

import (
	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/internal/limits"
)

// This file holds the methods that make a Value work with the standard
// library: encoding/json (MarshalJSON, UnmarshalJSON, IsZero for the
// omitzero tag option) and fmt (String).

// IsZero reports whether v is the zero Value (absent), so that a struct
// field of type Value tagged omitzero is left out when absent.
func (v Value) IsZero() bool { return v.kind == KindAbsent }

// String returns v's canonical JSON text, as AppendJSON writes it
// (`{"a":[1,"x",null]}`), so that fmt prints a Value as JSON; the zero Value
// (absent) is "".
func (v Value) String() string { return string(v.AppendJSON(nil)) }

// MarshalJSON returns v's canonical JSON text, as AppendJSON writes it, so
// that encoding/json writes a Value as the JSON it holds. The zero Value
// (absent) is written as null; tag the field omitzero to leave it out.
func (v Value) MarshalJSON() ([]byte, error) {
	if v.kind == KindAbsent {
		return []byte("null"), nil
	}
	return v.AppendJSON(nil), nil
}

// UnmarshalJSON reads one JSON value into v: numbers keep their exact
// literal text, objects are sorted by key, and a key given twice is an
// error (fielderr.CodeDuplicateKey). Its bounds are those of every decoder
// of the module: at most 10 MiB of input, 32 levels of nesting and 100 000
// values. Errors are a fielderr.List; on error *v is left unchanged. JSON
// null is the null Value, not the zero Value.
func (v *Value) UnmarshalJSON(b []byte) error {
	r := jsonread.NewShared(b, jsonread.Limits{
		MaxBytes:    limits.MaxInputBytes,
		MaxDepth:    limits.MaxDepth,
		MaxArrayLen: limits.MaxFreeFormValues,
		MaxMembers:  limits.MaxFreeFormValues,
		MaxValues:   limits.MaxFreeFormValues,
		MaxErrors:   limits.MaxErrors,
	})
	var got Value
	if !r.Stopped() {
		got, _ = jsonread.Any(r, builder{})
		r.Finish()
	}
	if err := r.FieldErrors().Err(); err != nil {
		return err
	}
	*v = got
	return nil
}
