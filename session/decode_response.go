package session

import (
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/jsonvalue"
)

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
	dec := newDecoder(input, docResponse)
	d := &Data{}
	var resp Response
	dec.root(func(f int, key []byte) {
		r := dec.r
		switch f {
		case topClientToken:
			dec.str(&resp.ClientToken, false)
		case topClientTokenExpirationDate:
			dec.str(&resp.ClientTokenExpirationDate, false)
		case topWarnings:
			switch r.Peek() {
			case jsonread.Null:
				r.Null()
			case jsonread.Array, jsonread.Object:
				if v, ok := jsonread.Any(r, valueBuilder); ok {
					resp.Warnings = v
				}
			case jsonread.Invalid:
			default:
				r.Fail(string(fielderr.CodeType), "expected an array or an object, got "+r.Peek().String())
			}
		default:
			dec.sessionField(d, f, key)
		}
	})
	s, err := dec.finish(d)
	if s.d == nil {
		return Response{}, err
	}
	// The response's amount is the effective amount: it overrides only when
	// it differs from what the order gives (or the order gives nothing).
	if a, ok := s.d.Amount.Get(); ok {
		if c, ok := s.d.calculated(); ok && c == a {
			s.d.Amount = Opt[int64]{}
		}
	}
	dec.compactResponse(&resp, s.d, dec.r.Returned())
	resp.Session = s
	return resp, err
}
