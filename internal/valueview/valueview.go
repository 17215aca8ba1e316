// Package valueview is how the decoders of the module (session's, komoju's)
// build and compact jsonvalue.Values without copying them, without those
// builders being part of jsonvalue's public API, whose constructors copy and
// check what they are given.
//
// Package jsonvalue sets each variable once, in its init function, which
// runs before any package that imports jsonvalue is initialised; nothing
// writes them afterwards. Each holds a function or value of the type its
// comment gives; a user asserts that type once, into a package-level
// variable of its own.
package valueview

var (
	// Builder is a jsonread.Builder[jsonvalue.Value]: it keeps the strings
	// and slices it is given (no copy), sorts an object's members by key, and
	// expects the reader to have refused duplicate keys.
	Builder any

	// Object is a func([]jsonvalue.Member) jsonvalue.Value: the object of
	// those members, sorted in place by key and kept without a copy; the keys
	// must be unique and no value absent.
	Object any

	// Compact is a func(v *jsonvalue.Value, s Strings): it calls s.Str on
	// every string v holds (string contents, number literals, keys), so that
	// a decoder can move them into one allocation of its own.
	Compact any
)

// Strings is what Compact hands every string of a value to.
type Strings interface {
	// Str may replace *s by an equal string.
	Str(s *string)
}
