package main

import (
	"flag"
	"io"
	"strings"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/provider"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/validation"
)

// quoteProvider is quote's -provider flag: a payment provider whose amount
// rules apply to the quote.
type quoteProvider struct {
	name *string
	p    provider.Profile
}

// addProviderFlag registers -provider on quote's flag set.
func addProviderFlag(fs *flag.FlagSet) *quoteProvider {
	return &quoteProvider{name: fs.String("provider", "", "apply the amount rules of `PROVIDER` (iso, primer, komoju, stripe, adyen, checkout, paypal): its currencies, its wire amount, its minimum")}
}

// parse looks the provider up; an unknown name is a usage error, written on
// stderr.
func (qp *quoteProvider) parse(stderr io.Writer) bool {
	if *qp.name == "" {
		return true
	}
	p, ok := provider.Lookup(*qp.name)
	if !ok {
		writeErrors(stderr, errorLine{"-provider", "unknown provider " + quoteArg(*qp.name) + " (want " + strings.Join(provider.Names(), ", ") + ")"})
		return false
	}
	qp.p = p
	return true
}

// check returns the problems of s (the session as quoted, after any
// selection) under the provider's rules: a currency it does not accept, an
// amount it cannot take exactly.
func (qp *quoteProvider) check(s session.Session) error {
	if !qp.p.IsValid() {
		return nil
	}
	return validation.ForProvider(s, qp.p)
}

// fields returns the "provider" and "wireAmount" members of the output
// (wireAmount null when there is no amount), or nil without -provider.
func (qp *quoteProvider) fields(q pricing.Quote) []field {
	if !qp.p.IsValid() {
		return nil
	}
	var wire any // null
	if v, ok := q.Amount(); ok {
		c := q.Currency()
		if w, err := qp.p.Wire(v, c, currency.Exact); err == nil { // check has refused every other case
			wire = wireValue(qp.p, w, c)
		}
	}
	return []field{{"provider", qp.p.Name()}, {"wireAmount", wire}}
}

// insertAfter returns o with fs inserted after the member named key.
func insertAfter(o object, key string, fs []field) object {
	if len(fs) == 0 {
		return o
	}
	for i, f := range o {
		if f.Key == key {
			out := make(object, 0, len(o)+len(fs))
			out = append(out, o[:i+1]...)
			out = append(out, fs...)
			return append(out, o[i+1:]...)
		}
	}
	return append(o, fs...)
}
