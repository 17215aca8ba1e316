package session

import (
	"encoding/json"
	"fmt"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/jsonread"
)

// This file holds the methods that make the package's values work with the
// standard library: encoding/json (MarshalJSON, UnmarshalJSON, IsZero for
// the omitzero tag option) and fmt (String).

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
func (v Value) MarshalJSON() ([]byte, error) { return appendJSONValue(nil, v), nil }

// UnmarshalJSON reads one JSON value into v, as the decoders read free-form
// values: numbers keep their exact literal text, objects are sorted by key,
// a key given twice is an error, and the package's limits apply (MaxDepth,
// MaxInputBytes, MaxFreeFormValues). Errors are a fielderr.List; on error *v is
// left unchanged. JSON null is the null Value, not the zero Value.
func (v *Value) UnmarshalJSON(b []byte) error {
	r := jsonread.NewShared(b, jsonread.Limits{
		MaxBytes:    MaxInputBytes,
		MaxDepth:    MaxDepth,
		MaxArrayLen: MaxFreeFormValues,
		MaxMembers:  MaxFreeFormValues,
		MaxValues:   MaxFreeFormValues,
		MaxErrors:   fielderr.MaxErrors,
	})
	var got Value
	if !r.Stopped() {
		got, _ = jsonread.Any(r, valueBuilder{})
		r.Finish()
	}
	if err := readerErrors(r.Errors()).Err(); err != nil {
		return err
	}
	*v = got
	return nil
}

// IsZero reports whether o is absent, so that a struct field of an Opt type
// tagged omitzero is left out when absent.
func (o Opt[T]) IsZero() bool { return !o.ok }

// String returns the value as fmt's %v prints it when o is set, and
// "absent" when it is not.
func (o Opt[T]) String() string {
	if !o.ok {
		return "absent"
	}
	return fmt.Sprint(o.v)
}

// MarshalJSON writes the value as encoding/json writes a T when o is set, and
// null when it is absent; tag the field omitzero to leave an absent Opt out.
func (o Opt[T]) MarshalJSON() ([]byte, error) {
	if !o.ok {
		return []byte("null"), nil
	}
	return json.Marshal(o.v)
}

// UnmarshalJSON reads null as absent and anything else as encoding/json
// reads a T, setting o. On error *o is left unchanged.
func (o *Opt[T]) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*o = Opt[T]{}
		return nil
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*o = Some(v)
	return nil
}

// UnmarshalJSON reads a create-request body into s, with DecodeRequest's
// rules, so that a Session inside a caller's struct round-trips through
// encoding/json: json.Unmarshal of what MarshalJSON wrote gives a Session
// Equal to the original. Errors are DecodeRequest's fielderr.List; on error *s
// is left unchanged.
func (s *Session) UnmarshalJSON(b []byte) error {
	v, err := DecodeRequest(b)
	if err != nil {
		return err
	}
	*s = v
	return nil
}
