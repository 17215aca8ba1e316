package validation

import (
	"errors"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/session"
)

// PrimerResponseJSON decodes a Primer client-session response (a create, GET
// or PATCH response, whose amount is the effective amount) and validates the
// session it describes by the Primer profile, as PrimerJSON does for a
// create request: the decoding problems and the rule violations in one list
// sorted by path. The Response is the decoded one when the session is valid,
// and the zero Response with any error.
func PrimerResponseJSON(data []byte) (session.Response, error) {
	r, derr := session.DecodeResponseBestEffort(data)
	var c collector
	c.merge(derr)
	if documentFailed(derr) {
		return session.Response{}, c.err()
	}
	c.cover()
	checkPrimer(&c, r.Session)
	if err := c.err(); err != nil {
		return session.Response{}, err
	}
	return r, nil
}

// PatchJSON decodes a Primer PATCH /client-session body and validates the
// fields it sets by the Primer profile: the problems a create request with
// those fields would have (a negative amount, a quantity of 0, a bad e-mail
// address, country UK, a 256-character orderId, metadata 1.5, …), with the
// decoding problems, in one list sorted by path. The paths are those of the
// session the patch changes. A field the patch clears (null) is not checked.
// The Patch is the decoded one when it is valid, and the zero Patch with any
// error.
//
// Whether the patched session as a whole is valid depends on the session
// it is applied to; ApplyPatchJSON checks both.
func PatchJSON(data []byte) (session.Patch, error) {
	p, c, ok := checkPatch(data)
	if !ok || len(c.list) > 0 {
		return session.Patch{}, c.err()
	}
	return p, nil
}

// checkPatch decodes and checks a PATCH body: its problems are in c; ok is
// false when the document could not be read at all.
func checkPatch(data []byte) (session.Patch, *collector, bool) {
	p, derr := session.DecodePatchBestEffort(data)
	c := &collector{}
	c.merge(derr)
	if documentFailed(derr) {
		return session.Patch{}, c, false
	}
	c.cover()
	// The fields the patch sets, alone: the empty session with the patch
	// applied has exactly those fields.
	checkPrimer(c, session.Session{}.Apply(p))
	return p, c, true
}

// ApplyPatchJSON decodes a Primer PATCH body, validates its fields (as
// PatchJSON does) and the session it produces when applied to s (by
// Primer), and returns that session, or the zero Session and every problem
// of both, in one list sorted by path (a problem of the patch's own field is
// listed once, not again for the patched session).
func ApplyPatchJSON(s session.Session, data []byte) (session.Session, error) {
	p, c, ok := checkPatch(data)
	if !ok {
		return session.Session{}, c.err()
	}
	if len(c.list) > 0 {
		// The patch's problems, and those the patched session has besides:
		// the fields that decoded applied, the others left as they were.
		c.merge(Primer(s.Apply(p)))
		return session.Session{}, c.err()
	}
	patched := s.Apply(p)
	if err := Primer(patched); err != nil {
		var l fielderr.List
		if errors.As(err, &l) {
			return session.Session{}, l
		}
		return session.Session{}, err
	}
	return patched, nil
}
