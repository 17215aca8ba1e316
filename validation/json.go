package validation

import (
	"errors"
	"slices"
	"strings"

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
	n := len(c.list)
	checkPrimer(&c, s)
	c.dropCovered(n)
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
	n := len(c.list)
	checkKomoju(&c, k)
	c.dropCovered(n)
	return k, c.err()
}

// dropCovered removes the problems from index n on (the rule violations) that
// are at or under the path of one of the first n (the decoding problems). A
// field the decoder could not read is absent from the best-effort session, so
// a rule would report it again, as missing: one mistake gives one problem.
func (c *collector) dropCovered(n int) {
	if n == 0 || n == len(c.list) {
		return
	}
	decoded := c.list[:n]
	kept := c.list[:n]
	for _, e := range c.list[n:] {
		if !slices.ContainsFunc(decoded, func(d session.FieldError) bool { return covers(d.Path, e.Path) }) {
			kept = append(kept, e)
		}
	}
	c.list = kept
}

// covers reports whether path q is p or inside it ($.a covers $.a, $.a.b and
// $.a[1], not $.ab).
func covers(p, q string) bool {
	if !strings.HasPrefix(q, p) {
		return false
	}
	return len(q) == len(p) || q[len(p)] == '.' || q[len(p)] == '['
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
			if e.Path == "$" {
				return true
			}
		}
		return false
	}
	return true
}
