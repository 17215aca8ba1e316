package session

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
)

// randPII returns a personal value of 8 to 300 characters, distinctive
// enough not to occur in a session's structure by chance.
func randPII(r *rand.Rand) string { return piitest.String(r, 8+r.Intn(293)) }

// personal is a session whose personal fields hold random values, and those
// values.
type personal struct {
	P      Params
	Values []string
}

func randPersonal(r *rand.Rand) personal {
	p := randParams(r)
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
	for _, a := range []*Address{&c.BillingAddress, &c.ShippingAddress} {
		for _, f := range []*string{&a.FirstName, &a.LastName, &a.AddressLine1, &a.AddressLine2, &a.City, &a.PostalCode} {
			set(f)
		}
	}
	return personal{P: p, Values: vals}
}

func TestLogMasksPersonalData(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())
	properties.Property("no log line of a session contains a personal value; amounts and ids stay", prop.ForAll(func(g personal) string {
		s, err := New(g.P)
		if err != nil {
			return "New: " + err.Error()
		}
		for _, out := range piitest.Logged(s) {
			for _, v := range g.Values {
				if strings.Contains(out, v) {
					return "leaked " + strconv.Quote(v) + " in " + out
				}
			}
			for _, li := range g.P.Order.LineItems {
				if li.ItemID != "" && !strings.Contains(out, li.ItemID) {
					return "item id " + li.ItemID + " missing from " + out
				}
				if a, ok := li.Amount.Get(); ok && !strings.Contains(out, `"amount":`+strconv.FormatInt(a, 10)) &&
					!strings.Contains(out, `\"amount\":`+strconv.FormatInt(a, 10)) {
					return "amount missing from " + out
				}
			}
			if c := g.P.CurrencyCode; c != "" && !strings.Contains(out, c) {
				return "currency missing from " + out
			}
		}
		// The session itself is unchanged: masking works on a copy.
		if s.Customer() != g.P.Customer {
			return "String changed the session"
		}
		return ""
	}, propgen.FromRand(randPersonal)))
	properties.TestingRun(t)
}

// The documented example: what a logged session looks like.
func TestSessionStringExample(t *testing.T) {
	s, err := New(Params{
		OrderID: "o-1", CurrencyCode: "GBP",
		Customer: Customer{EmailAddress: "ada@example.com", FirstName: "Ada",
			BillingAddress: Address{City: "London", CountryCode: "GB", PostalCode: "EC1A 1BB"}},
		Order: Order{LineItems: []LineItem{{ItemID: "mug", Amount: Some[int64](500)}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"orderId":"o-1","currencyCode":"GBP","customer":{"emailAddress":"***","firstName":"***","billingAddress":{"city":"***","countryCode":"GB","postalCode":"***"}},"order":{"lineItems":[{"itemId":"mug","amount":500}]}}`
	if got := s.String(); got != want {
		t.Errorf("String:\n got %s\nwant %s", got, want)
	}
	var b bytes.Buffer
	slog.New(slog.NewTextHandler(&b, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})).Info("created", "session", s)
	if got := b.String(); !strings.HasPrefix(got, `level=INFO msg=created session.orderId=o-1 session.currencyCode=GBP session.lineItems=1 session.request=`) {
		t.Errorf("slog: %s", got)
	}
	if (Session{}).String() != "{}" {
		t.Errorf("zero Session: %s", Session{}.String())
	}
}

// A PATCH body logs without the personal values it sets.
func TestPatchLogMasksPersonalData(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())
	properties.Property("no log line of a patch contains a personal value", prop.ForAll(func(g personal) string {
		var b PatchBuilder
		setPatchCustomer(&b, g.P.Customer)
		b.SetOrderID("order-7").SetAmount(1234)
		p, err := b.Build()
		if err != nil {
			return err.Error()
		}
		for _, out := range piitest.Logged(p) {
			for _, v := range g.Values {
				if strings.Contains(out, v) {
					return "leaked " + strconv.Quote(v) + " in " + out
				}
			}
			if !strings.Contains(out, "order-7") || !strings.Contains(out, "1234") {
				return "order id or amount missing from " + out
			}
		}
		return ""
	}, propgen.FromRand(randPersonal)))
	properties.TestingRun(t)
	var b PatchBuilder
	p, _ := b.SetCustomerEmail("ada@example.com").Build()
	if got := p.String(); got != `{"customer":{"emailAddress":"***"}}` {
		t.Errorf("String: %s", got)
	}
	if (Patch{}).String() != "{}" {
		t.Error("zero Patch")
	}
}

// setPatchCustomer sets every non-empty field of c on b.
func setPatchCustomer(b *PatchBuilder, c Customer) {
	for v, set := range map[string]func(string) *PatchBuilder{
		c.EmailAddress: b.SetCustomerEmail, c.MobileNumber: b.SetCustomerMobileNumber,
		c.FirstName: b.SetCustomerFirstName, c.LastName: b.SetCustomerLastName,
		c.TaxID: b.SetCustomerTaxID, c.NationalDocumentID: b.SetCustomerNationalDocumentID,
	} {
		if v != "" {
			set(v)
		}
	}
	if !c.BillingAddress.IsZero() {
		b.SetBillingAddress(c.BillingAddress)
	}
	if !c.ShippingAddress.IsZero() {
		b.SetShippingAddress(c.ShippingAddress)
	}
}
