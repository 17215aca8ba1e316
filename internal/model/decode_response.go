package model

import (
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/jsonvalue"
)

// Response is a decoded Primer client-session response.
type Response struct {
	// Data is the session the response describes. Its amount override is
	// set only when the response's amount differs from the amount calculated
	// from the order, or the order has no line items.
	Data *Data
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

// DecodeResponse decodes a response best effort: the response with every
// field that decoded (Data nil after a syntax error or an exceeded limit),
// and the problems.
func DecodeResponse(input []byte) (Response, error) {
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
	d, err := dec.finish(d)
	if d == nil {
		return Response{}, err
	}
	// The response's amount is the effective amount: it overrides only when
	// it differs from what the order gives (or the order gives nothing).
	if a, ok := d.Amount.Get(); ok {
		if c, ok := d.Calculated(); ok && c == a {
			d.Amount = Opt[int64]{}
		}
	}
	dec.compactResponse(&resp, d, dec.r.Returned())
	resp.Data = d
	return resp, err
}
