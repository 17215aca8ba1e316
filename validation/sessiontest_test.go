package validation_test

// Properties of validation over the shared generators of session/sessiontest
// (an external test package, since sessiontest imports validation): realistic
// sessions in every currency exponent, and invalid variants broken at the JSON
// level as well (fractional and quoted amounts, misspelt fields), which the
// package's own generators, built from session.Params, cannot express.

import (
	"errors"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/session/sessiontest"
	"github.com/paysession/paysession/validation"
)

func TestSessiontestProperties(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 500
	p := gopter.NewProperties(params)
	p.Property("Primer accepts every realistic session, and so does PrimerJSON from its request JSON", prop.ForAll(
		func(s session.Session) bool {
			if validation.Primer(s) != nil {
				return false
			}
			d, err := validation.PrimerJSON(s.AppendRequestJSON(nil))
			return err == nil && d.Equal(s)
		}, sessiontest.Session(sessiontest.MaxLines(20))))
	p.Property("PrimerJSON reports exactly the one error of an invalid variant, at its path", prop.ForAll(
		func(c sessiontest.InvalidCase) bool {
			_, err := validation.PrimerJSON(c.JSON)
			var list fielderr.List
			return errors.As(err, &list) && len(list) == 1 && list[0].Path == c.Path && list[0].Code == c.Code &&
				errors.Is(err, c.Code)
		}, sessiontest.Invalid()))
	p.Property("a valid PATCH keeps a valid session valid", prop.ForAll(
		func(s session.Session, body []byte) bool {
			patch, err := session.DecodePatch(body)
			return err == nil && validation.Primer(s.Apply(patch)) == nil
		}, sessiontest.Session(), sessiontest.PatchJSON()))
	p.TestingRun(t)
}
