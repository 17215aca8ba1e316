package sessiontest

import (
	"errors"
	"maps"
	"slices"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/provider"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/validation"
)

// validSession builds p and reports whether the result is a valid session:
// accepted by validation.Primer and priced without an error.
func validSession(p session.Params) (session.Session, bool) {
	s, err := session.New(p)
	if err != nil {
		return session.Session{}, false
	}
	if err := validation.Primer(s); err != nil && !onlyCurrencyOutsidePrimer(err, p.CurrencyCode) {
		return session.Session{}, false
	}
	if _, err := pricing.Calculate(s); err != nil {
		return session.Session{}, false
	}
	return s, true
}

// onlyCurrencyOutsidePrimer reports whether err is validation.Primer's one
// problem with a session in an ISO currency Primer does not accept (drawn
// with ISOCurrencies(true)): the currency code itself.
func onlyCurrencyOutsidePrimer(err error, code string) bool {
	var list fielderr.List
	if !errors.As(err, &list) || len(list) != 1 || list[0].Path != "$.currencyCode" {
		return false
	}
	c, perr := currency.Parse(code)
	_, minor := c.MinorUnits()
	return perr == nil && minor && !provider.Primer().Accepts(c)
}

func cloneParams(p session.Params) session.Params {
	q := p
	q.Order.LineItems = slices.Clone(p.Order.LineItems)
	q.Order.Fees = slices.Clone(p.Order.Fees)
	q.Metadata = maps.Clone(p.Metadata)
	q.PaymentMethod.OrderedAllowedCardNetworks = slices.Clone(p.PaymentMethod.OrderedAllowedCardNetworks)
	if p.PaymentMethod.Options != nil {
		q.PaymentMethod.Options = make(map[string]session.MethodOptions, len(p.PaymentMethod.Options))
		for k, o := range p.PaymentMethod.Options {
			o.Networks = maps.Clone(o.Networks)
			q.PaymentMethod.Options[k] = o
		}
	}
	return q
}

// shrinkParams returns the smaller sessions to try instead of p, the
// greatest simplification first: fewer line items, no override, fewer fees,
// no shipping, fewer payment options, then smaller amounts and quantities,
// then fewer optional fields. The candidates are not checked for validity;
// they are in a fixed order (map keys sorted), so shrinking is
// deterministic.
func shrinkParams(p session.Params) []session.Params {
	var out []session.Params
	add := func(f func(q *session.Params)) {
		q := cloneParams(p)
		f(&q)
		out = append(out, q)
	}
	lines := p.Order.LineItems
	// Fewer line items: halves first, then one at a time.
	for chunk := len(lines) / 2; chunk > 0; chunk /= 2 {
		for off := 0; off+chunk <= len(lines); off += chunk {
			add(func(q *session.Params) {
				q.Order.LineItems = slices.Delete(q.Order.LineItems, off, off+chunk)
			})
		}
	}
	if len(lines) == 1 {
		add(func(q *session.Params) { q.Order.LineItems = nil })
	}
	if p.Amount.IsSet() {
		add(func(q *session.Params) { q.Amount = session.Opt[int64]{} })
	}
	for i := range p.Order.Fees {
		add(func(q *session.Params) { q.Order.Fees = slices.Delete(q.Order.Fees, i, i+1) })
	}
	if !p.Order.Shipping.IsZero() {
		add(func(q *session.Params) { q.Order.Shipping = session.Shipping{} })
	}
	if !p.PaymentMethod.IsZero() {
		add(func(q *session.Params) { q.PaymentMethod = session.PaymentMethod{} })
	}
	for _, m := range slices.Sorted(maps.Keys(p.PaymentMethod.Options)) {
		add(func(q *session.Params) {
			delete(q.PaymentMethod.Options, m)
			if len(q.PaymentMethod.Options) == 0 {
				q.PaymentMethod.Options = nil
			}
		})
		for _, n := range slices.Sorted(maps.Keys(p.PaymentMethod.Options[m].Networks)) {
			add(func(q *session.Params) {
				o := q.PaymentMethod.Options[m]
				delete(o.Networks, n)
				if len(o.Networks) == 0 {
					o.Networks = nil
				}
				q.PaymentMethod.Options[m] = o
			})
		}
	}
	// Smaller numbers.
	for i, li := range lines {
		set := func(f func(li *session.LineItem)) {
			add(func(q *session.Params) { f(&q.Order.LineItems[i]) })
		}
		if li.TaxAmount.IsSet() {
			set(func(li *session.LineItem) { li.TaxAmount, li.TaxCode = session.Opt[int64]{}, "" })
		}
		if li.Quantity.IsSet() {
			set(func(li *session.LineItem) { li.Quantity = session.Opt[int64]{} })
		}
		if li.DiscountAmount.IsSet() {
			set(func(li *session.LineItem) { li.DiscountAmount = session.Opt[int64]{} })
		}
		if a, ok := li.Amount.Get(); ok {
			for _, v := range towardZero(a) {
				set(func(li *session.LineItem) {
					li.Amount = session.Some(v)
					// Keep the discount within the new subtotal.
					if d, ok := li.DiscountAmount.Get(); ok && d > v*li.Quantity.Or(1) {
						li.DiscountAmount = session.Some(v * li.Quantity.Or(1))
					}
				})
			}
		}
		if q, ok := li.Quantity.Get(); ok {
			for _, v := range towardZero(q - 1) {
				set(func(li *session.LineItem) {
					li.Quantity = session.Some(v + 1)
					if d, ok := li.DiscountAmount.Get(); ok && d > li.Amount.Or(0)*(v+1) {
						li.DiscountAmount = session.Some(li.Amount.Or(0) * (v + 1))
					}
				})
			}
		}
		if v, ok := li.DiscountAmount.Get(); ok {
			for _, w := range towardZero(v) {
				set(func(li *session.LineItem) { li.DiscountAmount = session.Some(w) })
			}
		}
		if v, ok := li.TaxAmount.Get(); ok {
			for _, w := range towardZero(v) {
				set(func(li *session.LineItem) { li.TaxAmount = session.Some(w) })
			}
		}
	}
	for i, f := range p.Order.Fees {
		for _, v := range towardZero(f.Amount.Or(0)) {
			add(func(q *session.Params) { q.Order.Fees[i].Amount = session.Some(v) })
		}
	}
	if v, ok := p.Order.Shipping.Amount.Get(); ok {
		for _, w := range towardZero(v) {
			add(func(q *session.Params) { q.Order.Shipping.Amount = session.Some(w) })
		}
	}
	if v, ok := p.Amount.Get(); ok {
		for _, w := range towardZero(v) {
			add(func(q *session.Params) { q.Amount = session.Some(w) })
		}
	}
	for _, m := range slices.Sorted(maps.Keys(p.PaymentMethod.Options)) {
		o := p.PaymentMethod.Options[m]
		if v, ok := o.Surcharge.Get(); ok {
			for _, w := range towardZero(v) {
				add(func(q *session.Params) {
					o := q.PaymentMethod.Options[m]
					o.Surcharge = session.Some(w)
					q.PaymentMethod.Options[m] = o
				})
			}
		}
		for _, n := range slices.Sorted(maps.Keys(o.Networks)) {
			if v, ok := o.Networks[n].Surcharge.Get(); ok {
				for _, w := range towardZero(v) {
					add(func(q *session.Params) {
						q.PaymentMethod.Options[m].Networks[n] = session.NetworkOptions{Surcharge: session.Some(w)}
					})
				}
			}
		}
	}
	// Fewer optional fields, so the case prints short.
	if pm := p.PaymentMethod; pm.Options != nil && !withoutOptions(pm).IsZero() {
		add(func(q *session.Params) { q.PaymentMethod = session.PaymentMethod{Options: q.PaymentMethod.Options} })
	}
	if !p.Customer.IsZero() {
		add(func(q *session.Params) { q.Customer = session.Customer{} })
	}
	if p.Metadata != nil {
		add(func(q *session.Params) { q.Metadata = nil })
	}
	if p.OrderID != "" {
		add(func(q *session.Params) { q.OrderID = "" })
	}
	if p.CustomerID != "" {
		add(func(q *session.Params) { q.CustomerID = "" })
	}
	if p.Order.CountryCode != "" {
		add(func(q *session.Params) { q.Order.CountryCode = "" })
	}
	for i, li := range lines {
		if li.ItemID != "" || li.Name != "" || li.Description != "" || li.ProductType != "" || li.TaxCode != "" && !li.TaxAmount.IsSet() {
			add(func(q *session.Params) {
				l := &q.Order.LineItems[i]
				l.ItemID, l.Name, l.Description, l.ProductType = "", "", "", ""
				if !l.TaxAmount.IsSet() {
					l.TaxCode = ""
				}
			})
		}
	}
	for i, f := range p.Order.Fees {
		if f.Description != "" {
			add(func(q *session.Params) { q.Order.Fees[i].Description = "" })
		}
	}
	if s := p.Order.Shipping; s.MethodID != "" || s.MethodName != "" || s.MethodDescription != "" {
		add(func(q *session.Params) {
			q.Order.Shipping = session.Shipping{Amount: q.Order.Shipping.Amount}
		})
	}
	return out
}

func withoutOptions(pm session.PaymentMethod) session.PaymentMethod {
	pm.Options = nil
	return pm
}
