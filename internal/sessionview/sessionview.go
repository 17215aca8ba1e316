// Package sessionview is how the packages beside session (pricing,
// validation, adjust) read the parts of a session their hot loops need
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

	// PaymentMethod is a func(session.Session) session.PaymentMethod: the
	// payment method without its allowed card networks and its options
	// (OrderedAllowedCardNetworks and Options are nil), without allocating.
	PaymentMethod any

	// NumMethodOptions is a func(session.Session) int: the number of
	// payment method types with options.
	NumMethodOptions any

	// MethodOptionsAt is a func(s session.Session, i int) (method string, o
	// session.MethodOptions): the i-th payment method type with options, in
	// sorted order, with o.Networks nil; it panics if i is out of range.
	MethodOptionsAt any

	// NumNetworksAt is a func(s session.Session, i int) int: the number of
	// card networks configured for the i-th payment method type.
	NumNetworksAt any

	// NetworkAt is a func(s session.Session, i, j int) (network string, o
	// session.NetworkOptions): the j-th card network, in name order, of the
	// i-th payment method type.
	NetworkAt any
)
