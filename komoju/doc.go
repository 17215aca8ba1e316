// Package komoju models KOMOJU's session request (POST /api/v1/sessions,
// snake_case JSON) as an immutable value, reads and writes its JSON, and maps
// it to and from a Primer session (package session), which it depends on.
//
// # The model
//
// A Session is built with New from plain Params, or decoded with Decode, and
// read through accessors named as on the Primer side: Currency returns a
// parsed currency.Code and an error, CurrencyCode the code as given. Amount
// is KOMOJU's one amount, the amount charged; it corresponds to the Primer
// session's effective amount, not to its override. Mode and
// expires_in_seconds have KOMOJU's defaults (EffectiveMode: payment;
// EffectiveExpiresInSeconds: 86 400, one day). Nothing a caller passes in or
// gets out shares memory with a Session, so it can be shared between
// goroutines freely.
//
// # Decoding and encoding
//
// Decode is strict, with the Primer decoders' rules and limits: unknown
// fields are errors outside metadata and payment_data, amounts are JSON
// integers, an explicit "" is fielderr.CodeEmpty, null is absent, and every
// problem is reported at once as a fielderr.List of {Path, Code,
// Message}, with the zero Session. DecodeBestEffort also returns what did
// decode, for validators. AppendJSON (and MarshalJSON) write the request in
// KOMOJU's documented field order, leaving absent fields out, so that Decode
// of the output gives an Equal session.
//
// # Mapping to and from Primer
//
// PrimerSession maps the request to a Primer session (currency, e-mail,
// external_customer_id as customerId, metadata, line items; the amount as an
// override only when it differs from the line items' total). FromSession
// maps back (the effective amount; string metadata, and integers as strings,
// since KOMOJU takes strings only; a line's name when it has no
// description), refusing with an error a metadata key KOMOJU would refuse
// (empty, or over 30 characters) or a value over 2 000 characters. ReturnURL
// appends session_id=<id> to a return_url as KOMOJU does when a session
// completes, keeping any query already there.
//
// Whether a request is acceptable to KOMOJU (its modes, payment types,
// locales, amount and field lengths) is the validation package's question:
// validation.Komoju and validation.KomojuJSON check a Session.
//
// # Personal data
//
// No decoding message echoes a value. String and LogValue mask the e-mail
// address and every string and number of payment_data, so that logging a
// request shows its structure and amounts and no personal data.
package komoju
