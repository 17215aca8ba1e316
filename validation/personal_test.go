package validation

import (
	"bytes"
	"log/slog"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/internal/piitest"
	"github.com/paysession/paysession/internal/propgen"
	"github.com/paysession/paysession/komoju"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/warnings"
)

// randPII returns a personal value: usually 8 to 40 characters, sometimes
// longer than Primer's 255, sometimes an e-mail-like string that is not a
// valid address (two @), so that length and e-mail rules fire on it too.
func randPII(r *rand.Rand) string {
	n := 8 + r.Intn(33)
	if chance(r, 1, 4) {
		n = 256 + r.Intn(100)
	}
	s := piitest.String(r, n)
	if chance(r, 1, 4) {
		s += "@@" + s[:4]
	}
	return s
}

type personalCase struct {
	P      session.Params
	Values []string
}

func randPersonalCase(r *rand.Rand) personalCase {
	p := randValidPrimer(r)
	var vals []string
	set := func(dst *string) {
		if chance(r, 3, 4) {
			*dst = randPII(r)
			vals = append(vals, *dst)
		}
	}
	c := &p.Customer
	for _, f := range []*string{&c.EmailAddress, &c.MobileNumber, &c.FirstName, &c.LastName, &c.TaxID, &c.NationalDocumentID} {
		set(f)
	}
	for _, a := range []*session.Address{&c.BillingAddress, &c.ShippingAddress} {
		for _, f := range []*string{&a.FirstName, &a.LastName, &a.AddressLine1, &a.AddressLine2, &a.City, &a.PostalCode} {
			set(f)
		}
	}
	return personalCase{P: p, Values: vals}
}

// Personal data never leaves in a message: for sessions with random
// personal values (valid or breaking the length and e-mail rules), no
// problem of Primer or PrimerJSON, no warning (every method enabled, tax on)
// and no log line of the session contains any of them.
func TestPersonalDataNeverEchoed(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())
	properties.Property("no message, warning or log line holds a personal value", prop.ForAll(func(g personalCase) string {
		s, err := session.New(g.P)
		if err != nil {
			return "New: " + err.Error()
		}
		var texts []string
		for _, e := range asList(Primer(s)) {
			texts = append(texts, e.Path+": "+e.Message)
		}
		s2, jerr := PrimerJSON(s.AppendRequestJSON(nil))
		for _, e := range asList(jerr) {
			texts = append(texts, e.Path+": "+e.Message)
		}
		// The same values where the decoder expects another JSON type, or
		// repeated keys: decoding problems, not rule problems.
		doc := string(s.AppendRequestJSON(nil))
		for _, v := range g.Values {
			doc = strings.Replace(doc, strconv.Quote(v), `{"`+v+`":1,"`+v+`":2}`, 1)
		}
		_, derr := PrimerJSON([]byte(doc))
		for _, e := range asList(derr) {
			texts = append(texts, e.Path+": "+e.Message)
		}
		opts := warnings.Options{EnabledMethods: []string{"APPLE_PAY", "GOOGLE_PAY", "PAYPAL", "KLARNA"}, TaxCalculation: true}
		for _, w := range warnings.Check(s2, opts) {
			texts = append(texts, w.Path+": "+w.Message)
		}
		var b bytes.Buffer
		slog.New(slog.NewJSONHandler(&b, nil)).Info("validated", "session", s, "error", jerr)
		texts = append(texts, b.String(), s.String())
		for _, txt := range texts {
			for _, v := range g.Values {
				if strings.Contains(txt, v) {
					return "leaked " + strconv.Quote(v) + " in " + txt
				}
			}
		}
		return ""
	}, propgen.FromRand(randPersonalCase)))
	properties.Property("KOMOJU: no message holds the e-mail address", prop.ForAll(func(p komoju.Params, email string) string {
		p.Email = email
		k := komoju.New(p)
		var texts []string
		for _, e := range asList(Komoju(k)) {
			texts = append(texts, e.Message)
		}
		_, err := KomojuJSON(k.AppendJSON(nil))
		for _, e := range asList(err) {
			texts = append(texts, e.Message)
		}
		texts = append(texts, k.String())
		for _, txt := range texts {
			if strings.Contains(txt, email) {
				return "leaked " + strconv.Quote(email) + " in " + txt
			}
		}
		return ""
	}, genAnyKomoju(), propgen.FromRand(randPII)))
	properties.TestingRun(t)
}
