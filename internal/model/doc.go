// Package model is the representation of a client session that package
// session wraps, and everything that works on it without the public types:
// Primer's JSON decoders and encoders, PATCH application, payment-method
// selection, masking for logs and the amounts the order gives.
//
// Package session owns the rules and their documentation; this package holds
// their one implementation, shared with the siblings that read a session
// without copying it (pricing, validation, adjust, komoju) through
// internal/sessionview. Its types mirror session's public ones field for
// field (Customer, Address, LineItem, ProductData, Fee, Shipping, Opt), so
// that session converts between them by plain copies. A Data is never
// modified once a Session holds it.
package model
