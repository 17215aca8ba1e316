// Package session models a payment client session, as Primer's Client
// Session API defines it, as an immutable value, and reads and writes it as
// Primer's JSON (KOMOJU's session request is package komoju's).
//
// A Session holds the order (line items, fees, shipping), the customer, the
// currency, the merchant's metadata and the payment-method options with their
// surcharges. Like time.Time, a Session is a small value with unexported
// fields: it is built once, from a Params struct with New or from JSON with
// DecodeRequest or DecodeResponse, read through accessors, and changed only by
// methods that return a new Session (Apply for a PATCH, SelectPaymentMethod
// for a payment-method selection). Nothing a caller passes in or gets out
// shares memory with a session, so a session can be shared between goroutines
// freely. The package reads no clock, no environment and no files.
//
// # Absent, zero and null
//
// On the wire Primer leaves empty values out, and so does the model: an empty
// string or a zero struct is a field that is not there. Where absent and zero
// differ (a top-level amount of 0 still overrides; an absent quantity counts
// as 1) the field is an Opt: Some(v) is set, the zero Opt is absent, and
// Get and Or read it. Free-form JSON (metadata values, Klarna's
// extraMerchantData, Apple Pay's requests) is a jsonvalue.Value: an
// immutable JSON value whose numbers keep their exact literal text, so that
// no float64 ever touches them. The zero Value is "absent".
//
// # The amount
//
// Every amount is an int64 number of minor units (700 is $7.00, 100 is ¥100).
// A line item's total is amount × quantity − discountAmount + taxAmount; the
// calculated amount is the sum of the line totals, shipping and every fee, and
// exists only when the order has a line item and its amounts mean something:
// no amount, discount, tax, fee or shipping below 0, every quantity at least
// 1, no discount above its line's amount × quantity, and no sum outside
// int64. The response encoder, the response decoder and the KOMOJU mapping
// compute it by the same code as the pricing package (which also says what
// is wrong when it does not exist), so they never disagree; the session only
// stores the inputs and never stores an amount that could go stale.
//
// The top-level amount has two meanings on the wire. In a request
// (create or PATCH) it is the merchant's override of the calculated amount:
// AmountOverride returns it. In a response it is the effective amount: the
// override if there is one, else the calculated amount. So the request
// encoding writes amount only when an override is set; the response encoding
// always writes the effective amount when it exists; and DecodeResponse
// keeps a response's amount as an override only when it differs from the
// amount calculated from the order, or the order has no line items.
//
// # Decoding JSON
//
// DecodeRequest reads a create request (POST /client-session),
// DecodeResponse a create, GET or PATCH response, DecodePatch a PATCH
// request, and DecodeRequestOrResponse a create request or a response,
// telling them apart by the clientToken only responses have. Decoding is strict, so that a mistake
// cannot silently change the amount:
//
//   - A field the schema does not define is fielderr.CodeUnknownField at its path, at
//     every depth ($.order.lineItems[1].discountedAmount), except inside the
//     free-form metadata and paymentMethod.options.<TYPE>.extraMerchantData.
//     Payment-method types and card networks (the keys of
//     paymentMethod.options and of its networks) are open strings.
//     Options follow their schema per method type: PAYMENT_CARD has networks
//     and captureVaultedCardCvv only (a method-level surcharge on cards
//     would never apply, so it is an unknown field), APPLE_PAY has
//     merchantName, its three payment requests and surcharge (not
//     extraMerchantData), and every other type surcharge, merchantName and
//     extraMerchantData. New refuses the same fields on the same types.
//   - Amounts and other integers must be JSON integers: 7.5, 1e3, 1.0 and
//     "700" are fielderr.CodeType; an integer outside int64 is fielderr.CodeRange.
//   - A value of the wrong JSON type is fielderr.CodeType; the same key twice in one
//     object is fielderr.CodeDuplicateKey; malformed JSON is fielderr.CodeSyntax.
//   - null means the field is absent (in a PATCH it means "clear it").
//   - An explicit "" for a string the schema requires to be non-empty
//     (orderId, currencyCode, an address's city, …) is fielderr.CodeEmpty in a request
//     or a patch: the model spells "absent" as "", so the value would
//     otherwise vanish. Responses may carry "" anywhere; it reads as absent.
//
// Every problem is reported at once, each as a fielderr.Error with its JSONPath
// ($.order.lineItems[2].amount, $.metadata.productId; a key that is not a
// plain name is written $.metadata['order id']) and a stable fielderr.Code, in
// a fielderr.List in document order. With any error, a decoder returns the zero
// value, so a caller that logs the error and goes on never charges a
// half-decoded amount. Validators, which want every problem at once, use the
// …BestEffort decoders instead (DecodeRequestBestEffort and its siblings):
// when every problem is at field level they return BOTH the best-effort value
// (every field that decoded, the failing ones left absent) and the
// fielderr.List. A syntax error or an exceeded limit stops decoding: the result
// is then the zero value and a list with that one error.
//
// # Limits
//
// Decoding refuses input larger or deeper than the Max… constants with one
// fielderr.CodeTooLarge error at the path of the value that is too large:
// MaxInputBytes (10 MiB), MaxDepth (32), MaxLineItems (10 000), MaxFees,
// MaxMetadataKeys and MaxArrayLen (1 000 each), MaxPaymentMethodOptions
// (100), MaxObjectMembers, MaxFreeFormValues (100 000 values in the free-form
// parts). Each is checked while reading, so decoding takes time linear in
// the input and memory in proportion to it, whatever the input is; bad input
// never panics. The KOMOJU decoder uses the very same bounds.
//
// What comes out is bounded too: at most MaxErrors (1 000) problems are
// listed, then one fielderr.CodeTooManyErrors problem at "$" says how many more there
// were; a message is at most MaxMessageBytes (200) long and quotes at most 64
// bytes of any value; a path repeats at most MaxPathKeyBytes (64) of any one
// object key ("$.metadata.aaaa…"). Every cut is at a UTF-8 boundary.
//
// # Personal data
//
// No message echoes the value of a personal field (e-mail address, mobile
// number, first and last names, address lines, city, postal code, tax id,
// national document id): the path and the code say what is wrong. Session
// and Patch implement fmt.Stringer and slog.LogValuer with those values
// masked (package komoju's Session too), so that logging a session shows its structure, amounts,
// currency and item ids, and no personal data.
//
// # Encoding JSON
//
// Session.AppendRequestJSON (and MarshalJSON) writes a create request,
// Session.AppendResponseJSON a GET or PATCH response, AppendCreateResponseJSON a
// create response with its token and warnings, Response.AppendJSON a
// decoded response in the shape it came in. The output is compact JSON with
// the fields in one fixed order (the order of Primer's examples, listed at
// AppendRequestJSON), objects of free-form values sorted by key, and empty
// values left out, so the same session always gives the same bytes. Reading
// back what was written gives the same session:
// DecodeRequest(s.AppendRequestJSON(nil)) is Equal to s for every session
// whose strings are valid UTF-8 (invalid bytes are written as U+FFFD).
//
// # PATCH
//
// A Patch is a PATCH request body, decoded with DecodePatch or
// built in Go with a PatchBuilder, and applied with Session.Apply, which
// returns a new session:
//
//   - A field absent from the patch keeps its value, null clears it, a value
//     replaces it ("amount": null removes the override, so the amount is
//     calculated from the order again).
//   - Arrays (order.lineItems, order.fees,
//     paymentMethod.orderedAllowedCardNetworks) are replaced whole.
//   - customer and order merge key by key, each sub-value replaced whole:
//     {"customer":{"emailAddress":"x@y.z"}} keeps the addresses, and
//     {"order":{"shipping":{"amount":70}}} replaces the whole shipping.
//   - metadata is replaced whole.
//   - paymentMethod is replaced whole, except its options, which a PATCH may
//     not carry: paymentMethod.options in a patch, even null, is
//     fielderr.CodeNotPatchable at $.paymentMethod.options. "paymentMethod": null
//     clears every payment-method field and keeps the options.
//
// Apply cannot fail: every Patch holds only values the model accepts.
//
// # Payment-method selection
//
// Surcharges are configured per payment method type
// (paymentMethod.options.<TYPE>.surcharge.amount) and, for PAYMENT_CARD, per
// card network (….networks.<NETWORK>.surcharge.amount).
// SelectPaymentMethod(method, network) removes every SURCHARGE fee and then
// adds one SURCHARGE fee with the configured amount if and only if the order
// has a line item, there is no top-level amount, the method is not KLARNA and
// the configured amount is greater than zero; for PAYMENT_CARD the amount is
// the selected network's, and with no network, or a network without an
// entry, there is none. SelectionSurcharge says which fee that
// would be; UnselectPaymentMethod only removes the SURCHARGE fees. Selecting
// twice is the same as selecting once.
//
// # The standard library
//
// The values work with encoding/json and fmt as a user expects:
// json.Marshal of a Session writes its create-request body and
// json.Unmarshal reads one back Equal (DecodeRequest's rules); a Patch
// writes its PATCH body, a cleared field as null, and reads back Equal
// (DecodePatch's rules); an Opt writes its value or null, and IsZero makes
// the omitzero tag option leave absent ones out (a jsonvalue.Value writes the
// JSON it holds).
//
// # Errors
//
// Problems are fielderr.Error values {Path, Code, Message}, gathered in a
// fielderr.List, which is an error with Unwrap() []error: errors.Is(err,
// fielderr.CodeUnknownField) tells whether any problem has that code, and
// errors.As(err, &fe) with fe a *fielderr.Error finds the first. fielderr.Code
// values never change text; the pricing and validation packages add codes of
// the same type.
//
// # Example
//
//	s, err := session.DecodeRequest([]byte(`{"currencyCode":"GBP",
//	  "order":{"lineItems":[{"itemId":"t-shirt-1","amount":500}]}}`))
//	if err != nil {
//	        return err // a fielderr.List: every problem, each at its path
//	}
//	p, _ := new(session.PatchBuilder).SetAmount(450).Build()
//	t := s.Apply(p)                     // s is unchanged
//	amount, ok := t.AmountOverride()    // 450, true
//	out := t.AppendRequestJSON(nil)     // {"currencyCode":"GBP","amount":450,"order":…}
package session
