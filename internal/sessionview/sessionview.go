// Package sessionview is how the packages beside session (pricing,
// validation, warnings, adjust) read the parts of a session their hot loops need
// without copying whole structs or allocating, without those readers being
// part of session's public API: the public way to read a session is its
// accessors (NumLineItems and LineItem, Fees, Shipping, PaymentMethod, …).
//
// Package session sets each variable once, in its init function, which runs
// before any package that imports session is initialised; nothing writes
// them afterwards. Each holds a function of the type its comment gives; a
// sibling asserts that type once, into a package-level variable of its own,
// and calls it. The functions return the session's own memory: a caller
// reads it and never writes to it or keeps it beyond the call that read it.
package sessionview

var (
	// Data is a func(session.Session) *model.Data: the session's own
	// representation (internal/model), for readers that need more than the
	// order (validation's checks).
	Data any

	// Order is a func(session.Session) (lines []model.LineItem, fees
	// []model.Fee, shipping model.Opt[int64]): the line items, the fees and
	// order.shipping.amount, as the session holds them (internal/model).
	Order any
)
