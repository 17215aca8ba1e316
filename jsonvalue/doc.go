// Package jsonvalue is an immutable JSON value, for the parts of a payment
// session whose schema is free-form: metadata values, a Klarna option's
// extraMerchantData, Apple Pay's billing requests, a create response's
// warnings.
//
// The rules:
//   - A Value is one of seven kinds: absent (the zero Value), null, boolean,
//     number, string, array or object.
//   - A number keeps its exact literal text ("0.10" stays "0.10", "1e3"
//     stays "1e3"); no float64 is ever involved. Int reads it as an int64
//     only when it is written as an integer that fits.
//   - An object's members are sorted by key and its keys are unique; a
//     member whose value is absent is left out, and an absent array element
//     becomes null, so a Value is always well-formed JSON.
//   - Values never share memory a caller can change: the constructors copy
//     what they are given, and the accessors return copies or immutable
//     Values.
//   - AppendJSON, String and MarshalJSON write the canonical text: compact,
//     members in key order, strings escaped as JSON requires (invalid UTF-8
//     becomes U+FFFD; <, > and & are left as they are). UnmarshalJSON reads
//     any JSON value with the module's bounds and refuses a duplicate key.
package jsonvalue
