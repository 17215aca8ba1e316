// Package besteffort is how validation reaches the best-effort decoders'
// record of the problems they counted past their cap (jsonread.Unlisted),
// without that record being part of the public API of session or komoju.
//
// Package session sets Request, and package komoju sets Komoju, once, in
// their init functions, which run before any package importing them is
// initialised; nothing writes them afterwards. Each holds a function of the
// type its comment gives; validation asserts it once.
package besteffort

var (
	// Request is a func(input []byte) (session.Session,
	// *jsonread.Unlisted, error): session.DecodeRequestBestEffort, with the record
	// of the problems its list leaves out (nil when it leaves none out).
	Request any

	// Komoju is a func(input []byte) (komoju.Session,
	// *jsonread.Unlisted, error): komoju.DecodeBestEffort, with the same record.
	Komoju any
)
