package warnings

// The package's gopter generators, shared by every property test. They draw
// from gopter's seeded random source (a failing case replays from the seed
// gopter prints) and do not shrink.
//
//	genCase()    a session, possibly missing any of the fields the warnings
//	             are about, with Options
//	genSupply()  a genCase plus one missing field to supply

import (
	"math/rand"

	"github.com/leanovate/gopter"
	"github.com/paysession/paysession/internal/propgen"
	"github.com/paysession/paysession/session"
)

func maybe(r *rand.Rand, s string) string {
	if r.Intn(2) == 0 {
		return ""
	}
	return s
}

// wcase is a session description with the merchant's options.
type wcase struct {
	P    session.Params
	Opts Options
}

func randCase(r *rand.Rand) wcase {
	p := session.Params{
		OrderID:      maybe(r, "order-1"),
		CurrencyCode: maybe(r, "GBP"),
		Customer: session.Customer{
			EmailAddress:    maybe(r, "a@b.co"),
			BillingAddress:  session.Address{CountryCode: maybe(r, "GB")},
			ShippingAddress: session.Address{CountryCode: maybe(r, "GB"), PostalCode: maybe(r, "EC1A 1BB")},
		},
		Order: session.Order{CountryCode: maybe(r, "GB")},
	}
	if r.Intn(2) == 0 {
		p.Amount = session.Some(r.Int63n(2000))
	}
	for range r.Intn(3) {
		p.Order.LineItems = append(p.Order.LineItems, session.LineItem{Amount: session.Some(r.Int63n(1000))})
	}
	if r.Intn(3) == 0 {
		p.Order.Fees = []session.Fee{{Type: "SURCHARGE", Amount: session.Some(r.Int63n(100))}}
	}
	if r.Intn(2) == 0 {
		p.PaymentMethod.Options = map[string]session.MethodOptions{}
		for range 1 + r.Intn(2) {
			switch r.Intn(3) {
			case 0:
				p.PaymentMethod.Options[propgen.Pick(r, "GOOGLE_PAY", "KLARNA", "PAYPAL")] = session.MethodOptions{Surcharge: session.Some(r.Int63n(100))}
			case 1:
				p.PaymentMethod.Options["PAYMENT_CARD"] = session.MethodOptions{Networks: map[string]session.NetworkOptions{"VISA": {Surcharge: session.Some(r.Int63n(100))}}}
			default:
				p.PaymentMethod.Options["KLARNA"] = session.MethodOptions{}
			}
		}
	}
	var o Options
	for range r.Intn(5) {
		o.EnabledMethods = append(o.EnabledMethods, propgen.Pick(r, "APPLE_PAY", "GOOGLE_PAY", "PAYPAL", "KLARNA", "PAYMENT_CARD", "IDEAL"))
	}
	o.TaxCalculation = r.Intn(2) == 0
	return wcase{P: p, Opts: o}
}

func genCase() gopter.Gen { return propgen.FromRand(randCase) }

// supply is a case and the same case with one field that was missing
// supplied (Field names it; "" when nothing was missing).
type supply struct {
	Before, After wcase
	Field         string
}

func genSupply() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) supply {
		c := randCase(r)
		after := c
		after.P.Customer = c.P.Customer
		after.P.Order.LineItems = append([]session.LineItem(nil), c.P.Order.LineItems...)
		type fill struct {
			name    string
			missing bool
			set     func()
		}
		p := &after.P
		fills := []fill{
			{"currencyCode", p.CurrencyCode == "", func() { p.CurrencyCode = "EUR" }},
			{"orderId", p.OrderID == "", func() { p.OrderID = "o-2" }},
			{"order.countryCode", p.Order.CountryCode == "", func() { p.Order.CountryCode = "FR" }},
			{"customer.emailAddress", p.Customer.EmailAddress == "", func() { p.Customer.EmailAddress = "x@y.fr" }},
			{"customer.billingAddress.countryCode", p.Customer.BillingAddress.CountryCode == "", func() { p.Customer.BillingAddress.CountryCode = "FR" }},
			{"customer.shippingAddress.countryCode", p.Customer.ShippingAddress.CountryCode == "", func() { p.Customer.ShippingAddress.CountryCode = "FR" }},
			{"customer.shippingAddress.postalCode", p.Customer.ShippingAddress.PostalCode == "", func() { p.Customer.ShippingAddress.PostalCode = "75001" }},
			{"order.lineItems", len(p.Order.LineItems) == 0 && !p.Amount.IsSet(), func() {
				p.Order.LineItems = []session.LineItem{{Amount: session.Some(r.Int63n(1000))}}
			}},
		}
		var missing []fill
		for _, f := range fills {
			if f.missing {
				missing = append(missing, f)
			}
		}
		if len(missing) == 0 {
			return supply{Before: c, After: after}
		}
		f := propgen.Pick(r, missing...)
		f.set()
		return supply{Before: c, After: after, Field: f.name}
	})
}
