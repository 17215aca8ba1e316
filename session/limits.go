package session

// Bounds on the JSON the decoders accept, so that no input costs time or
// memory out of proportion to its size.
// Each is checked while reading, before the work it guards, so decoding takes
// time linear in the input and memory in proportion to it (at most a few
// tens of bytes per input byte, or a few MiB for the largest lists the limits
// allow, such as MaxLineItems empty line items). Exceeding one
// stops decoding with a single CodeTooLarge error whose path names the value
// that is too large ("$" for the input, "$.order.lineItems" for the list).
const (
	// MaxInputBytes is the largest document accepted: 10 MiB.
	MaxInputBytes = 10 << 20
	// MaxDepth is the deepest nesting of objects and arrays. The deepest
	// schema path (an Apple Pay billing object inside paymentMethod.options)
	// is at depth 6; the rest is room for free-form metadata values and
	// extraMerchantData.
	MaxDepth = 32
	// MaxLineItems bounds order.lineItems.
	MaxLineItems = 10000
	// MaxFees bounds order.fees.
	MaxFees = 1000
	// MaxMetadataKeys bounds the keys of metadata.
	MaxMetadataKeys = 1000
	// MaxPaymentMethodOptions bounds the payment method types in
	// paymentMethod.options and the networks of one type.
	MaxPaymentMethodOptions = 100
	// MaxArrayLen bounds every other array (orderedAllowedCardNetworks,
	// warnings, arrays inside free-form values).
	MaxArrayLen = 1000
	// MaxObjectMembers bounds every other object (the members of an object
	// inside a free-form value).
	MaxObjectMembers = 1000
	// MaxFreeFormValues bounds the JSON values, counted over the whole
	// document at every depth, of the free-form parts: metadata values,
	// extraMerchantData and warnings. Without it, 10 MiB of "[],[],…" would
	// cost far more memory than its size.
	MaxFreeFormValues = 100000
	// MaxErrors bounds the problems listed. A document with more stops
	// decoding like a syntax error: the result is the zero value, with the
	// first MaxErrors problems and a final CodeTooLarge error at "$" saying
	// the list was cut.
	MaxErrors = 1000
)
