package model

// Opt is an optional value, absent when zero: the representation that
// session.Opt wraps (so that converting between them is a copy). It is
// comparable exactly when T is.
type Opt[T any] struct {
	v  T
	ok bool
}

// Some returns an Opt set to v.
func Some[T any](v T) Opt[T] { return Opt[T]{v: v, ok: true} }

// Get returns the value and whether it is set.
func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }

// IsSet reports whether the value is set.
func (o Opt[T]) IsSet() bool { return o.ok }

// Or returns the value when set, def otherwise.
func (o Opt[T]) Or(def T) T {
	if o.ok {
		return o.v
	}
	return def
}
