package validation

import (
	"errors"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/besteffort"
	"github.com/paysession/paysession/internal/jsonread"

	"github.com/paysession/paysession/komoju"
	"github.com/paysession/paysession/session"
)

// PrimerJSON decodes a Primer create request (POST /client-session) and
// validates it. The error lists the decoding problems (unknown fields, wrong
// types, size limits) and the rule violations together, in one list sorted by
// path. A document that is not JSON at all gives one problem at "$". The
// session is the decoded session when it is valid, and the zero Session with
// any error, like the session package's decoders. (Internally the request is
// decoded with session.DecodeRequestBestEffort, so that the rules are checked
// on every field that decoded and every problem is listed at once.)
func PrimerJSON(data []byte) (session.Session, error) {
	s, u, derr := decodeRequest(data)
	c := collector{unlisted: u}
	c.merge(derr)
	if documentFailed(derr) {
		return session.Session{}, c.err()
	}
	c.cover()
	checkPrimer(&c, s)
	if err := c.err(); err != nil {
		return session.Session{}, err
	}
	return s, nil
}

// KomojuJSON decodes a KOMOJU session request (POST /api/v1/sessions,
// snake_case JSON) and validates it, returning the decoding problems and the
// rule violations in one list sorted by path. A document that is not JSON at
// all gives one problem at "$". The session is the decoded request when it
// is valid, and the zero komoju.Session with any error.
func KomojuJSON(data []byte) (komoju.Session, error) {
	k, u, derr := decodeKomoju(data)
	c := collector{unlisted: u}
	c.merge(derr)
	if documentFailed(derr) {
		return komoju.Session{}, c.err()
	}
	c.cover()
	checkKomoju(&c, k)
	if err := c.err(); err != nil {
		return komoju.Session{}, err
	}
	return k, nil
}

// The best-effort decoders with their record of the problems past the cap
// (internal/besteffort).
var (
	decodeRequest = besteffort.Request.(func([]byte) (session.Session, *jsonread.Unlisted, error))
	decodeKomoju  = besteffort.Komoju.(func([]byte) (komoju.Session, *jsonread.Unlisted, error))
)

// documentFailed reports whether the decoder could not read the document as
// a whole (a syntax error, or an exceeded size limit): then the session is
// the zero session, which says nothing about the request, and is not
// validated.
func documentFailed(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, fielderr.CodeSyntax) || errors.Is(err, fielderr.CodeTooLarge) {
		return true
	}
	var l fielderr.List
	if errors.As(err, &l) {
		for _, e := range l {
			if e.Path == "$" && e.Code != fielderr.CodeTooManyErrors {
				return true
			}
		}
		return false
	}
	return true
}
