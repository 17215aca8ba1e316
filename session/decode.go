package session

import (
	"errors"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/jsonvalue"
)

// DecodeRequest decodes a Primer create-session (POST /client-session)
// request body.
//
// The decoded session holds only what it keeps: its strings are copied into
// one compact allocation at the end of decoding (a 3-byte order id from a
// 10 MiB input keeps 3 bytes, not the input), and none of them shares memory
// with input, which the caller may change afterwards.
//
// Decoding is strict, so that a mistake cannot silently change the amount:
//
//   - The input must be one well-formed JSON value (RFC 8259, UTF-8), an
//     object, of at most MaxInputBytes, nested at most MaxDepth deep.
//   - A field the schema does not define is fielderr.CodeUnknownField at its path
//     ("$.order.lineItems[1].discountedAmount"), at every depth, except
//     inside the free-form metadata and options.<TYPE>.extraMerchantData.
//     Payment-method types and card networks (the keys of
//     paymentMethod.options and of its networks) are open strings.
//     Options follow their schema per method type: PAYMENT_CARD has networks
//     and captureVaultedCardCvv only (a method-level surcharge on cards
//     would never apply, so it is an unknown field), APPLE_PAY has
//     merchantName, its three payment requests and surcharge (not
//     extraMerchantData), and every other type surcharge, merchantName and
//     extraMerchantData. New refuses the same fields on the same types.
//   - Amounts and other integers must be JSON integers: 7.5, 1e3, 1.0 and
//     "700" are fielderr.CodeType; an integer outside int64 is fielderr.CodeRange. -0 reads
//     as 0.
//   - A value of the wrong JSON type is fielderr.CodeType; the same key twice in an
//     object is fielderr.CodeDuplicateKey (the first one counts).
//   - null for a field means the field is absent.
//   - An explicit "" for a string the schema gives a minimum length of 1
//     (orderId, customerId, currencyCode, the names, address lines 1, city,
//     state, postal and country codes, itemId, taxCode, productType, the
//     product data strings, a fee's type and description, the enums,
//     merchantName) is fielderr.CodeEmpty: the model spells "absent" as "", so it
//     would otherwise vanish. Strings the schema lets be empty
//     (addressLine2, name, description, taxId, …) decode "" as absent.
//   - productData.weight is any JSON number, kept as its exact literal text.
//   - metadata is any JSON object; its values are kept as they are, as
//     Values (strings, integers, and also what the validation package will
//     reject, such as 1.5, true or null).
//   - An element of lineItems or fees that is not an object is fielderr.CodeType and
//     stays in the list as an empty item, so the indices of the others do
//     not move; an element of orderedAllowedCardNetworks that is not a
//     non-empty string (null included) is reported and stays in the list as
//     "" (DecodeRequestBestEffort's list), for the same reason.
//   - Apple Pay's recurringPaymentRequest, deferredPaymentRequest and
//     automaticReloadRequest are checked against Primer's ApplePay* schemas
//     (known fields only, integers for amounts and counts, strings
//     elsewhere) and kept as Values.
//
// Errors are reported all at once, in document order, as a fielderr.List, and
// with any error the Session is the zero Session: a caller who logs the
// error and goes on cannot charge a half-decoded amount. (A validator that
// wants every field that decoded, to report its own problems along with
// these, uses DecodeRequestBestEffort.) A syntax error or an exceeded limit
// stops decoding: the list then has that one error (path "$" and the byte offset for a syntax error; the path of the
// value that is too large for a limit). Past MaxErrors problems decoding
// goes on, counting only: the list has the first MaxErrors and one
// fielderr.CodeTooManyErrors error at "$" saying how many more there were.
//
// The field names, the order the encoders write them in and the meaning of
// amount in each shape are described with Session.AppendRequestJSON.
func DecodeRequest(input []byte) (Session, error) {
	return strict(DecodeRequestBestEffort(input))
}

// DecodeRequestBestEffort decodes a create request exactly as DecodeRequest
// does, except that when every problem is at field level it returns BOTH the
// best-effort session (every field that decoded; the failing ones left
// absent) and the fielderr.List. It is for validators, which list the decoding
// problems together with their own (the validation package uses it): a
// session that comes with an error must never be priced or charged. After a
// syntax error or an exceeded limit the session is the zero Session.
func DecodeRequestBestEffort(input []byte) (Session, error) {
	s, _, err := decodeRequestBestEffort(input)
	return s, err
}

// decodeRequestBestEffort is DecodeRequestBestEffort, also returning the
// reader's record of the problems past the cap (internal/besteffort).
func decodeRequestBestEffort(input []byte) (Session, *jsonread.Unlisted, error) {
	d, unlisted, err := model.DecodeRequest(input)
	return Session{d: d}, unlisted, err
}

// Response is a decoded Primer client-session response: a create (POST), GET
// or PATCH response.
type Response struct {
	// Session is the session the response describes. Its amount override is
	// set only when the response's amount differs from the amount calculated
	// from the order, or the order has no line items.
	Session Session
	// ClientToken is the client token of a create response ("" when absent,
	// as in GET and PATCH responses).
	ClientToken string
	// ClientTokenExpirationDate is the token's expiry exactly as written
	// (UTC without a zone, "2021-08-12T16:14:08.578695"); "" when absent.
	ClientTokenExpirationDate string
	// Warnings is the create response's warnings as written: an array of
	// {type, code, message} objects, or a single such object, as Primer's
	// schema has it. The zero Value when absent.
	Warnings jsonvalue.Value
}

// DecodeResponse decodes a Primer client-session response: a create (POST)
// response, with clientToken, clientTokenExpirationDate and warnings, or a
// GET or PATCH response, without them. The rules are DecodeRequest's, with
// two differences: an explicit "" is accepted (and read as absent) wherever
// it appears, since Primer leaves empty values out of responses anyway (an
// element of orderedAllowedCardNetworks keeps its place, as ""); and
// amount is the effective amount, so it becomes the session's override only
// when it differs from the amount calculated from the order, or the order
// has no line items.
//
// As with DecodeRequest, any error comes with the zero Response;
// DecodeResponseBestEffort keeps what decoded, for validators.
func DecodeResponse(input []byte) (Response, error) {
	return strict(DecodeResponseBestEffort(input))
}

// DecodeResponseBestEffort decodes a response as DecodeResponse does, but,
// like DecodeRequestBestEffort, returns the best-effort Response along with
// field-level problems, for validators that list every problem. A response
// that comes with an error must never be acted on.
func DecodeResponseBestEffort(input []byte) (Response, error) {
	r, err := model.DecodeResponse(input)
	return Response{Session: Session{d: r.Data}, ClientToken: r.ClientToken,
		ClientTokenExpirationDate: r.ClientTokenExpirationDate, Warnings: r.Warnings}, err
}

// DecodeRequestOrResponse decodes a document that is either a create
// request or a response (not a PATCH body): a response (DecodeResponse) when
// it has a top-level clientToken member, which only responses carry, and a
// create request (DecodeRequest) otherwise; a GET response without a
// clientToken therefore reads as a request, its amount as an override. It is how the paysession command reads a session it is not told
// is a response. The Response's token fields are empty for a request.
//
// A request costs one decoding; a response with a clientToken costs two.
func DecodeRequestOrResponse(input []byte) (Response, error) {
	s, err := DecodeRequest(input)
	if err == nil || !unknownClientToken(err) {
		return Response{Session: s}, err
	}
	return DecodeResponse(input)
}

// unknownClientToken reports whether the request decoder's error names
// $.clientToken as an unknown field.
func unknownClientToken(err error) bool {
	var l fielderr.List
	if !errors.As(err, &l) {
		return false
	}
	for _, e := range l {
		if e.Path == "$.clientToken" && e.Code == fielderr.CodeUnknownField {
			return true
		}
	}
	return false
}

// DecodePatch decodes a Primer PATCH /client-session request body
// (ClientSessionUpdateAPIRequest): the fields of a create request, plus
// clientToken, which is accepted and ignored (it names the session to patch,
// which is the caller's business). Apply the result with Session.Apply.
//
// A patch keeps "absent", null and a value apart at every level a PATCH
// merges: the top-level fields; each key of customer and of order; metadata
// (replaced whole); paymentMethod (replaced whole). Inside those, values are
// read as DecodeRequest reads them (null inside a replaced object means
// absent). paymentMethod.options cannot be patched: its presence, even as
// null, is a fielderr.CodeNotPatchable error at "$.paymentMethod.options" and the rest
// of paymentMethod is still read.
//
// The other rules and the error contract are DecodeRequest's: with any error
// the Patch is the zero Patch (which changes nothing).
func DecodePatch(input []byte) (Patch, error) {
	return strict(DecodePatchBestEffort(input))
}

// DecodePatchBestEffort decodes a PATCH body as DecodePatch does, but, like
// DecodeRequestBestEffort, returns the best-effort Patch (failing fields left
// absent, so they change nothing) along with field-level problems, for
// validators that list every problem. A patch that comes with an error must
// never be applied to a session that is then charged.
func DecodePatchBestEffort(input []byte) (Patch, error) {
	pd, err := model.DecodePatch(input)
	return Patch{p: pd}, err
}

// strict returns v, or the zero value of its type when err is not nil: the
// exported decoders never hand out a half-decoded value.
func strict[T any](v T, err error) (T, error) {
	if err != nil {
		var zero T
		return zero, err
	}
	return v, nil
}
