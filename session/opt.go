package session

import "github.com/paysession/paysession/internal/model"

// Opt is an optional value: either absent (the zero Opt) or set to a value.
// The session uses it where "absent" and "zero" mean different things on the
// wire: a top-level amount of 0 overrides the calculated amount, an absent one
// does not; a quantity that is absent defaults to 1.
//
// Build one with Some; the zero Opt is absent. Opt[T] is comparable exactly
// when T is (Opt[int64], Opt[bool], Opt[string] are; an Opt of a slice type
// is not): o == p reports whether both are absent or both are set to equal
// values. It works with the standard library: IsZero makes the json tag
// option omitzero leave an absent Opt out, MarshalJSON writes the value or
// null, and String prints the value or "absent".
type Opt[T any] struct {
	o model.Opt[T] // the representation's, so that converting is a copy
}

// Some returns an Opt set to v.
func Some[T any](v T) Opt[T] { return Opt[T]{model.Some(v)} }

// Get returns the value and whether it is set.
func (o Opt[T]) Get() (T, bool) { return o.o.Get() }

// IsSet reports whether the value is set.
func (o Opt[T]) IsSet() bool { return o.o.IsSet() }

// Or returns the value when set, def otherwise.
func (o Opt[T]) Or(def T) T { return o.o.Or(def) }
