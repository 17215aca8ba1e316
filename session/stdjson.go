package session

import (
	"encoding/json"
	"fmt"
)

// This file holds the methods that make the package's values work with the
// standard library: encoding/json (MarshalJSON, UnmarshalJSON, IsZero for
// the omitzero tag option) and fmt (String).

// IsZero reports whether o is absent, so that a struct field of an Opt type
// tagged omitzero is left out when absent.
func (o Opt[T]) IsZero() bool { return !o.IsSet() }

// String returns the value as fmt's %v prints it when o is set, and
// "absent" when it is not.
func (o Opt[T]) String() string {
	v, ok := o.Get()
	if !ok {
		return "absent"
	}
	return fmt.Sprint(v)
}

// MarshalJSON writes the value as encoding/json writes a T when o is set, and
// null when it is absent; tag the field omitzero to leave an absent Opt out.
func (o Opt[T]) MarshalJSON() ([]byte, error) {
	v, ok := o.Get()
	if !ok {
		return []byte("null"), nil
	}
	return json.Marshal(v)
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
