package session

import "github.com/paysession/paysession/internal/limits"

// Bounds on the JSON the decoders accept, so that no input costs time or
// memory out of proportion to its size: the same for the Primer request,
// response and PATCH decoders and the KOMOJU decoder (and for validation and
// pricing, which list at most MaxErrors problems).
// Each is checked while reading, before the work it guards, so decoding takes
// time linear in the input and memory in proportion to it (at most a few
// tens of bytes per input byte, or a few MiB for the largest lists the limits
// allow, such as MaxLineItems empty line items). Exceeding one
// stops decoding with a single fielderr.CodeTooLarge error whose path names the value
// that is too large ("$" for the input, "$.order.lineItems" for the list).
const (
	// MaxInputBytes is the largest document accepted: 10 MiB.
	MaxInputBytes = limits.MaxInputBytes
	// MaxDepth is the deepest nesting of objects and arrays. The deepest
	// schema path (an Apple Pay billing object inside paymentMethod.options)
	// is at depth 6; the rest is room for free-form metadata values and
	// extraMerchantData.
	MaxDepth = limits.MaxDepth
	// MaxLineItems bounds order.lineItems.
	MaxLineItems = limits.MaxLineItems
	// MaxFees bounds order.fees.
	MaxFees = limits.MaxFees
	// MaxMetadataKeys bounds the keys of metadata.
	MaxMetadataKeys = limits.MaxMetadataKeys
	// MaxPaymentMethodOptions bounds the payment method types in
	// paymentMethod.options and the networks of one type.
	MaxPaymentMethodOptions = limits.MaxPaymentMethodOptions
	// MaxArrayLen bounds every other array (orderedAllowedCardNetworks,
	// warnings, arrays inside free-form values).
	MaxArrayLen = limits.MaxArrayLen
	// MaxObjectMembers bounds every other object (the members of an object
	// inside a free-form value).
	MaxObjectMembers = limits.MaxObjectMembers
	// MaxFreeFormValues bounds the JSON values, counted over the whole
	// document at every depth, of the free-form parts: metadata values,
	// extraMerchantData and warnings. Without it, 10 MiB of "[],[],…" would
	// cost far more memory than its size.
	MaxFreeFormValues = limits.MaxFreeFormValues
)

// Bounds on what comes out: every message of a problem is at most
// MaxMessageBytes long, and repeats at most 64 bytes of any value it quotes
// (cut at a UTF-8 boundary, marked with "…"); a path repeats at most
// MaxPathKeyBytes of any one object key, cut the same way.
const (
	// MaxMessageBytes bounds the Message of every fielderr.Error: 200 bytes.
	MaxMessageBytes = limits.MaxMessageBytes
	// MaxPathKeyBytes bounds what a Path repeats of one object key: 64 bytes.
	MaxPathKeyBytes = limits.MaxKeyBytes
)
