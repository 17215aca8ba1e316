// Package session models a payment client session, as Primer's Client
// Session API defines it, as an immutable value.
//
// A Session holds the order (line items, fees, shipping), the customer, the
// currency, the merchant's metadata and the payment-method options with their
// surcharges. Like time.Time, a Session is a small value with unexported
// fields: it is built once, from a Params struct with New or from JSON with
// DecodeRequest or DecodeResponse, read through accessors, and changed only by
// methods that return a new Session (Apply for a PATCH, SelectPaymentMethod
// for a payment-method selection). Nothing a caller passes in or gets out
// shares memory with a session.
//
// On the wire an empty value means "absent", and so it does in the model: an
// empty string or a zero struct is a field that is not there. Where absent and
// zero differ (a top-level amount of 0 still overrides; an absent quantity
// counts as 1) the field is an Opt.
//
// The amount has two meanings on the wire (SPEC §2). In a request, a
// top-level amount is the merchant's override of the amount calculated from
// the order; in a response it is the effective amount. The request encoding
// writes amount only when an override is set; the response encoding always
// writes the effective amount when it exists. Decoding a response treats amount
// as an override only when it differs from the calculated amount (or the order
// has no line items).
//
// Problems are reported as an ErrorList of FieldError values, each with a
// JSONPath-style path ("$.order.lineItems[1].amount") and a stable ErrorCode
// usable with errors.Is.
package session
