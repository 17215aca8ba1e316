package adjust

import (
	"maps"
	"slices"
	"strconv"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/checked"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/rate"
	"github.com/paysession/paysession/session"
)

// Exchanged is a session converted to another currency, with the numbers
// that show how the conversion rounded. It is an immutable value.
type Exchanged struct {
	s              session.Session
	from, to       currency.Code
	r              rate.Rate
	amount, direct int64
	has            bool
}

// Session returns the converted session.
func (e Exchanged) Session() session.Session { return e.s }

// From returns the original currency.
func (e Exchanged) From() currency.Code { return e.from }

// To returns the target currency.
func (e Exchanged) To() currency.Code { return e.to }

// Rate returns the rate the amounts were converted at.
func (e Exchanged) Rate() rate.Rate { return e.r }

// Amount returns the converted session's calculated amount, and whether it
// exists (it does when the order has a line item).
func (e Exchanged) Amount() (int64, bool) { return e.amount, e.has }

// Direct returns the original session's calculated amount converted at
// once, and whether it exists.
func (e Exchanged) Direct() (int64, bool) { return e.direct, e.has }

// Difference returns Amount − Direct, and whether they exist.
func (e Exchanged) Difference() (int64, bool) { return e.amount - e.direct, e.has }

// Exchange converts the session to the currency to at rate r (units of to
// per unit of the session's currency), amount by amount, each rounded once
// by mode (see the package documentation): line unit amounts, discounts and
// taxes, fees, shipping, the configured surcharges and the override. It
// returns the converted session with its calculated amount, the original
// calculated amount converted directly, and their difference. s is not
// changed.
//
// The session's currency, and to, must be current ISO 4217 codes with a
// minor unit (pricing.CodeCurrency); r must be > 0 (fielderr.CodeRange). Conversions that
// leave int64 are fielderr.CodeOverflow, inexact ones under currency.Exact
// CodeInexact, each at the path of the amount; every problem is listed.
func Exchange(s session.Session, to currency.Code, r rate.Rate, mode currency.RoundingMode) (Exchanged, error) {
	q, err := pricing.Calculate(s)
	if err != nil {
		return Exchanged{}, err
	}
	from, err := s.Currency()
	if _, ok := from.MinorUnits(); err != nil || !ok {
		return Exchanged{}, fail("$.currencyCode", pricing.CodeCurrency, "the session's currency must be a current ISO 4217 code with a minor unit")
	}
	if _, ok := to.MinorUnits(); !ok {
		return Exchanged{}, fail("$.currencyCode", pricing.CodeCurrency, "the target currency must be a current ISO 4217 code with a minor unit")
	}
	if r.IsZero() {
		return Exchanged{}, fail("$", fielderr.CodeRange, "an exchange rate must be > 0")
	}
	var errs fielderr.List
	conv := func(path string, x session.Opt[int64]) session.Opt[int64] {
		v, ok := x.Get()
		if !ok {
			return x
		}
		y, err := r.Convert(v, from, to, mode)
		if err != nil {
			errs = append(errs, rateErr(path, "the converted amount", err).(fielderr.List)...)
			return x
		}
		return session.Some(y)
	}
	p := s.Params()
	p.CurrencyCode = to.String()
	p.Amount = conv("$.amount", p.Amount)
	for i := range p.Order.LineItems {
		li := &p.Order.LineItems[i]
		path := linePath(i)
		li.Amount = conv(path+".amount", li.Amount)
		li.DiscountAmount = conv(path+".discountAmount", li.DiscountAmount)
		li.TaxAmount = conv(path+".taxAmount", li.TaxAmount)
		// Cap the discount at the converted subtotal.
		if d, ok := li.DiscountAmount.Get(); ok {
			u := li.Amount.Or(0)
			sub, ok := checked.Mul(u, li.Quantity.Or(1))
			if ok && d > sub && sub >= 0 {
				li.DiscountAmount = session.Some(sub)
			}
		}
	}
	for i := range p.Order.Fees {
		f := &p.Order.Fees[i]
		f.Amount = conv("$.order.fees["+strconv.Itoa(i)+"].amount", f.Amount)
	}
	p.Order.Shipping.Amount = conv("$.order.shipping.amount", p.Order.Shipping.Amount)
	for _, typ := range slices.Sorted(maps.Keys(p.PaymentMethod.Options)) {
		o := p.PaymentMethod.Options[typ]
		base := "$.paymentMethod.options." + typ
		o.Surcharge = conv(base+".surcharge.amount", o.Surcharge)
		for _, nw := range slices.Sorted(maps.Keys(o.Networks)) {
			no := o.Networks[nw]
			no.Surcharge = conv(base+".networks."+nw+".surcharge.amount", no.Surcharge)
			o.Networks[nw] = no
		}
		p.PaymentMethod.Options[typ] = o
	}
	if errs != nil {
		return Exchanged{}, errs
	}
	t, err := session.New(p)
	if err != nil {
		return Exchanged{}, err // unreachable: only amounts changed
	}
	tq, err := pricing.Calculate(t)
	if err != nil {
		return Exchanged{}, err
	}
	e := Exchanged{s: t, from: from, to: to, r: r}
	if c, ok := q.Calculated(); ok {
		e.direct, err = r.Convert(c, from, to, mode)
		if err != nil {
			return Exchanged{}, rateErr("$.order", "the calculated amount converted directly", err)
		}
		e.amount, _ = tq.Calculated()
		e.has = true
	}
	return e, nil
}
