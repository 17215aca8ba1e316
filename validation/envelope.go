package validation

import (
	"errors"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/jsonvalue"
)

// ModelRequest is the model name Primer puts in the 422 envelope of a create
// request.
const ModelRequest = "ClientSessionAPIRequest"

// envelopeDescription is Primer's description of a RequestValidationError.
const envelopeDescription = "We were unable to validate your request, please check your payload against /docs/api"

// Envelope422 returns err as the body of Primer's HTTP 422 response:
//
//	{"error":{"errorId":"RequestValidationError","description":…,
//	 "validationErrors":[{"model":MODEL,"errors":[{"path":…,"description":…}]}]}}
//
// in compact JSON, one entry per problem in the list's order. err is
// normally a fielderr.List; a *fielderr.Error gives one entry, and
// any other error one entry at "$" with its text. model names the request
// schema, ModelRequest for a create request; empty means ModelRequest. A nil
// err gives an envelope with no errors.
func Envelope422(err error, model string) []byte {
	if model == "" {
		model = ModelRequest
	}
	var list fielderr.List
	var fe *fielderr.Error
	switch {
	case err == nil:
	case errors.As(err, &list):
	case errors.As(err, &fe):
		list = fielderr.List{*fe}
	default:
		list = fielderr.List{{Path: "$", Code: fielderr.CodeSyntax, Message: err.Error()}}
	}
	b := make([]byte, 0, 160+len(model)+64*len(list))
	b = append(b, `{"error":{"errorId":"RequestValidationError","description":`...)
	b = jsonvalue.String(envelopeDescription).AppendJSON(b)
	b = append(b, `,"validationErrors":[{"model":`...)
	b = jsonvalue.String(model).AppendJSON(b)
	b = append(b, `,"errors":[`...)
	for i, e := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"path":`...)
		b = jsonvalue.String(e.Path).AppendJSON(b)
		b = append(b, `,"description":`...)
		b = jsonvalue.String(e.Message).AppendJSON(b)
		b = append(b, '}')
	}
	return append(b, "]}]}}"...)
}
