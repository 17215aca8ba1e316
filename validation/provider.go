package validation

import (
	"errors"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/provider"
	"github.com/paysession/paysession/session"
)

// ForProvider checks a session against one payment provider's amount rules
// (a profile of package provider: Stripe, Adyen, Checkout.com, PayPal, ...)
// and returns every problem at once as a fielderr.List, or nil:
//
//   - CodeCurrency at $.currencyCode when the currency is a current ISO 4217
//     code with a minor unit that the provider does not accept (PayPal and
//     KWD);
//   - at $.amount, when the session's effective amount (the override, else
//     the calculated amount) cannot be sent to the provider exactly, the
//     code of the provider rule that refuses it, as a fielderr.Code:
//     "granularity" (5124 KWD at Stripe: the last digit must be 0),
//     "precision" (10.50 HUF at PayPal), "digit_limit" (beyond Stripe's 8
//     digits), "negative" or "overflow" (the provider.ErrorCode texts).
//
// It checks only what the provider adds: run Primer (or PrimerJSON) for
// Primer's own rules; a currency or amount Primer refuses is not reported
// again. A session without currency or amount has nothing to check. A
// published minimum is not an error (it applies in the settlement currency):
// the warnings package reports it.
func ForProvider(s session.Session, p provider.Profile) error {
	var c collector
	code := s.CurrencyCode()
	if code == "" {
		return nil
	}
	cur, err := currency.Parse(code)
	if err != nil {
		return nil
	}
	if _, ok := cur.MinorUnits(); !ok {
		return nil
	}
	if !p.Accepts(cur) {
		c.add("$.currencyCode", CodeCurrency, quoted(code)+" is not a currency "+p.Title()+" accepts")
		return c.err()
	}
	q, err := pricing.Calculate(s)
	if err != nil {
		return nil
	}
	amount, ok := q.Amount()
	if !ok {
		return nil
	}
	if _, err := p.Wire(amount, cur, currency.Exact); err != nil {
		var pe *provider.Error
		if errors.As(err, &pe) {
			c.add("$.amount", fielderr.Code(pe.Code), "the amount cannot be sent to "+p.Title()+" exactly: "+err.Error())
		}
	}
	return c.err()
}
