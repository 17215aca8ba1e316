package validation

import (
	"errors"

	"github.com/paysession/paysession/session"
)

// PrimerJSON decodes a Primer create request (POST /client-session) and
// validates it. The error lists the decoding problems (unknown fields, wrong
// types, size limits) and the rule violations together, in one list sorted by
// path. A document that is not JSON at all gives one problem at "$". The
// session is the best-effort decoding, whatever the error.
func PrimerJSON(data []byte) (session.Session, error) {
	s, derr := session.DecodeRequest(data)
	var c collector
	c.merge(derr)
	if documentFailed(derr) {
		return s, c.err()
	}
	c.cover()
	checkPrimer(&c, s)
	return s, c.err()
}

// KomojuJSON decodes a KOMOJU session request (POST /api/v1/sessions,
// snake_case JSON) and validates it, returning the decoding problems and the
// rule violations in one list sorted by path. A document that is not JSON at
// all gives one problem at "$". The session is the best-effort decoding.
func KomojuJSON(data []byte) (session.KomojuSession, error) {
	k, derr := session.DecodeKomoju(data)
	var c collector
	c.merge(derr)
	if documentFailed(derr) {
		return k, c.err()
	}
	c.cover()
	checkKomoju(&c, k)
	return k, c.err()
}

// documentFailed reports whether the decoder could not read the document as
// a whole (a syntax error, or an exceeded size limit): then the session is
// the zero session, which says nothing about the request, and is not
// validated.
func documentFailed(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, session.CodeSyntax) || errors.Is(err, session.CodeTooLarge) {
		return true
	}
	var l session.ErrorList
	if errors.As(err, &l) {
		for _, e := range l {
			if e.Path == "$" && e.Code != session.CodeTooManyErrors {
				return true
			}
		}
		return false
	}
	return true
}
