package main

import (
	"io"

	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/provider"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/warnings"
)

// runQuote implements
//
//	paysession quote [-response] [-method TYPE] [-network NETWORK] [FILE|-]
//
// (the command-line contract). It reads a Primer client session from FILE, or from standard
// input when FILE is "-" or missing: a create request, or with -response a
// create, GET or PATCH response (whose amount is an override only when it
// differs from the calculated amount). -response is implied when the
// document has a top-level clientToken. Without -method it quotes the session
// as it stands; with -method it first selects the payment method (and
// -network, for PAYMENT_CARD). It prints
//
//	{"currencyCode", "lineItems": [{"itemId", "subtotal", "discount", "tax", "total"}],
//	 "itemsTotal", "shipping", "fees", "surcharge", "calculatedAmount", "amount",
//	 "amountOverridden", "warnings"}
//
// with itemId left out when absent and calculatedAmount and amount null when
// they do not exist. The session is validated first, as validate would
// (Primer profile): a quote is printed only for a session validate accepts.
// Every problem with the input (decoding, the rules of validate, pricing: a
// negative amount, a quantity below 1, a discount above the subtotal, a
// currency such as "gbp", an overflow) is written as a "PATH: message" line
// on stderr, with exit status 1. Wrong
// arguments, and a FILE that cannot be read, exit with status 2.
//
// With -provider PROVIDER (iso, primer, komoju, stripe, adyen, checkout,
// paypal) the provider's amount rules apply as well: a currency it does not
// accept ($.currencyCode) or an amount it cannot take exactly ($.amount,
// naming the rule) exits 1; the output gains "provider" and "wireAmount"
// after "amount" (the amount as the provider wants it on the wire, a string
// for PayPal, null when there is no amount), and the warnings gain AMOUNT
// BELOW_PROVIDER_MINIMUM where the provider publishes a minimum the amount
// is below. An unknown PROVIDER is a usage error.
func runQuote(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("quote", "[-response] [-method TYPE] [-network NETWORK] [-provider PROVIDER] [FILE|-]", stderr)
	response := responseFlag(fs)
	method := fs.String("method", "", "select the payment method `TYPE` (PAYMENT_CARD, GOOGLE_PAY, …) before quoting")
	network := fs.String("network", "", "with -method PAYMENT_CARD, the card `NETWORK` (VISA, MASTERCARD, …)")
	prov := addProviderFlag(fs)
	name, st := parseFileArgs(fs, args)
	if st >= 0 {
		return st
	}
	if !prov.parse(stderr) {
		return exitUsage
	}
	if *network != "" && *method == "" {
		writeErrors(stderr, errorLine{"-network", "needs -method"})
		fs.Usage()
		return exitUsage
	}
	s, st := readValidSession(name, *response, stdin, stderr)
	if st >= 0 {
		return st
	}
	var q pricing.Quote
	var err error
	if *method != "" {
		q, err = pricing.CalculateSelection(s, *method, *network)
		s = s.SelectPaymentMethod(*method, *network)
	} else {
		q, err = pricing.Calculate(s)
	}
	if err == nil {
		err = prov.check(s)
	}
	if err != nil {
		writeErrors(stderr, errorLines(err)...)
		return exitInvalid
	}
	out := insertAfter(quoteObject(q, quoteWarnings(s, prov.p)), "amount", prov.fields(q))
	return output(stdout, stderr, out)
}

// quoteObject is the output of quote, keys in the documented order of the command's output.
func quoteObject(q pricing.Quote, ws []warnings.Warning) object {
	lines := make([]object, 0, q.NumLines())
	for _, l := range q.Lines() {
		o := make(object, 0, 5)
		if l.ItemID != "" {
			o = append(o, field{"itemId", l.ItemID})
		}
		o = append(o, field{"subtotal", l.Subtotal}, field{"discount", l.Discount}, field{"tax", l.Tax}, field{"total", l.Total})
		lines = append(lines, o)
	}
	var calculated, amount any // nil prints null
	if v, ok := q.Calculated(); ok {
		calculated = v
	}
	if v, ok := q.Amount(); ok {
		amount = v
	}
	return object{
		{"currencyCode", q.CurrencyCode()},
		{"lineItems", lines},
		{"itemsTotal", q.ItemsTotal()},
		{"shipping", q.Shipping()},
		{"fees", q.Fees()},
		{"surcharge", q.Surcharge()},
		{"calculatedAmount", calculated},
		{"amount", amount},
		{"amountOverridden", q.Overridden()},
		{"warnings", ws},
	}
}

// quoteWarnings returns the warnings printed with a quote of s (the
// session after the selection, if any), with no payment method enabled and tax
// calculation off, as the command's contract says; an empty list, never null.
func quoteWarnings(s session.Session, p provider.Profile) []warnings.Warning {
	if ws := warnings.Check(s, warnings.Options{Provider: p}); ws != nil {
		return ws
	}
	return []warnings.Warning{}
}
