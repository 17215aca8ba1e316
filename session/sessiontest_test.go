package session_test

// Properties of the codec over the shared generators of session/sessiontest
// (an external test package, since sessiontest imports session): realistic
// sessions and PATCH bodies, in currencies of every exponent.

import (
	"bytes"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/session/sessiontest"
)

func TestSessiontestProperties(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 500
	p := gopter.NewProperties(params)
	p.Property("request JSON decodes to an equal session and encodes to the same bytes", prop.ForAll(
		func(data []byte) bool {
			s, err := session.DecodeRequest(data)
			return err == nil && bytes.Equal(s.AppendRequestJSON(nil), data)
		}, sessiontest.RequestJSON(sessiontest.MaxLines(20))))
	p.Property("a response decodes to a session that writes the same response", prop.ForAll(
		func(s session.Session) bool {
			data := s.AppendResponseJSON(nil)
			r, err := session.DecodeResponse(data)
			return err == nil && bytes.Equal(r.Session.AppendResponseJSON(nil), data)
		}, sessiontest.Session()))
	p.Property("a PATCH body: applying it twice is applying it once, and the fields it leaves out are kept", prop.ForAll(
		func(s session.Session, body []byte) bool {
			patch, err := session.DecodePatch(body)
			if err != nil {
				return false
			}
			once := s.Apply(patch)
			if !once.Apply(patch).Equal(once) {
				return false
			}
			if !bytes.Contains(body, []byte(`"metadata"`)) && once.NumMetadata() != s.NumMetadata() {
				return false
			}
			return bytes.Contains(body, []byte(`"orderId"`)) || once.OrderID() == s.OrderID()
		}, sessiontest.Session(), sessiontest.PatchJSON()))
	p.TestingRun(t)
}
