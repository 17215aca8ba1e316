package session

import (
	"errors"

	"github.com/paysession/paysession/fielderr"
)

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
