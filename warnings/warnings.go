package warnings

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/provider"
	"github.com/paysession/paysession/session"
)

// Type is what a warning concerns: the session, tax calculation, the
// amount, the surcharges, or a payment method (its type, "APPLE_PAY",
// "KLARNA", …). Its text is what Primer writes in a warning's "type".
type Type string

// Warning types (the Type of a Warning). A payment method's own warnings have
// the method type as their Type (Type("APPLE_PAY"), …).
const (
	TypeSession   Type = "SESSION"
	TypeTaxJar    Type = "TAXJAR"
	TypeAmount    Type = "AMOUNT"
	TypeSurcharge Type = "SURCHARGE"
)

// Code is what is wrong, in a stable machine-readable form: its text never
// changes. It is what Primer writes in a warning's "code".
type Code string

// Warning codes (the Code of a Warning).
const (
	// CodeMissingData: a field needed later (for a payment, a payment
	// method or tax calculation) is missing. Path names the field.
	CodeMissingData Code = "MISSING_DATA"
	// CodeOverrideMismatch: the top-level amount differs from the amount
	// calculated from the order.
	CodeOverrideMismatch Code = "OVERRIDE_MISMATCH"
	// CodeIgnored: configured data will not be used.
	CodeIgnored Code = "IGNORED"
	// CodeUnsupported: configured data that a payment method does not
	// support.
	CodeUnsupported Code = "UNSUPPORTED"
	// CodeBelowProviderMinimum: the amount is below the minimum charge the
	// payment provider (Options.Provider) publishes for the currency.
	CodeBelowProviderMinimum Code = "BELOW_PROVIDER_MINIMUM"
)

// Warning is one thing that will not work in a valid session: its Type (what
// it concerns), Code (what is wrong), a Message for the merchant, and the JSON
// Path of the field concerned. It is a plain comparable value.
type Warning struct {
	Type    Type
	Code    Code
	Message string
	Path    string
}

// Options are the merchant's settings that decide which warnings apply. They
// live in the merchant's dashboard, not in the session.
type Options struct {
	// EnabledMethods are the payment method types enabled for the checkout
	// ("APPLE_PAY", "GOOGLE_PAY", "PAYPAL", "KLARNA", "PAYMENT_CARD", …).
	// Order and duplicates do not matter. Check only reads the slice and
	// keeps no reference to it.
	EnabledMethods []string
	// TaxCalculation is whether tax is calculated (by TaxJar) for the
	// session.
	TaxCalculation bool
	// Provider is the payment provider the amount is charged with (a
	// profile of package provider, such as provider.Stripe()), for its
	// published minimum charge; the zero Profile is none.
	Provider provider.Profile
}

// Check returns the warnings of a session, sorted by type, then code, then
// path (then message), or nil when there are none. For a session with nothing
// to warn about it does not allocate.
//
// It warns about:
//   - SESSION MISSING_DATA: currencyCode, orderId, or both amount and
//     order.lineItems are missing;
//   - <METHOD> MISSING_DATA: an enabled APPLE_PAY, GOOGLE_PAY, PAYPAL or
//     KLARNA lacks currencyCode, order.lineItems or order.countryCode, and
//     KLARNA also customer.emailAddress or
//     customer.billingAddress.countryCode (one warning per field);
//   - TAXJAR MISSING_DATA: tax calculation is on and
//     customer.shippingAddress lacks countryCode or postalCode;
//   - AMOUNT OVERRIDE_MISMATCH: the top-level amount differs from the
//     calculated amount (when the calculated amount exists and can be
//     computed);
//   - SURCHARGE IGNORED: surcharges are configured but a top-level amount is
//     set or the order has no line items;
//   - SURCHARGE UNSUPPORTED: a surcharge is configured for KLARNA;
//   - AMOUNT BELOW_PROVIDER_MINIMUM: Options.Provider publishes a minimum
//     charge for the session's currency (Stripe: 0.50 USD, 0.30 GBP, 50 JPY,
//     ...) and the effective amount (the override, else the calculated
//     amount) is below it, 0 included. It is a warning, not an error: the
//     provider checks its minimum in the settlement currency, after any
//     conversion, so a charge in another currency may still pass.
//
// Check does not validate: run the validation package first; on an invalid
// session the warnings are still computed but may be incomplete.
func Check(s session.Session, opts Options) []Warning {
	var w []Warning
	_, hasAmount := s.AmountOverride()
	hasLines := s.NumLineItems() > 0

	if s.CurrencyCode() == "" {
		w = append(w, Warning{TypeSession, CodeMissingData, "'currencyCode' is required before a payment can be made.", "$.currencyCode"})
	}
	if s.OrderID() == "" {
		w = append(w, Warning{TypeSession, CodeMissingData, "'orderId' is required before a payment can be made.", "$.orderId"})
	}
	if !hasAmount && !hasLines {
		w = append(w, Warning{TypeSession, CodeMissingData, "Either 'amount' or 'order.lineItems' is required before a payment can be made.", "$.amount"})
	}

	// Each method with requirements once, however long the list and however
	// often it repeats a method: one pass, no search of the list.
	var seen [len(methodsWithRequirements)]bool
	for _, m := range opts.EnabledMethods {
		if i := methodIndex(m); i >= 0 && !seen[i] {
			seen[i] = true
			w = methodWarnings(w, s, i, hasLines)
		}
	}

	if opts.TaxCalculation {
		sa := &sessionData(s).Customer.ShippingAddress
		if sa.CountryCode == "" {
			w = append(w, Warning{TypeTaxJar, CodeMissingData, "Shipping details are required for calculating tax: 'customer.shippingAddress.countryCode' is missing.", "$.customer.shippingAddress.countryCode"})
		}
		if sa.PostalCode == "" {
			w = append(w, Warning{TypeTaxJar, CodeMissingData, "Shipping details are required for calculating tax: 'customer.shippingAddress.postalCode' is missing.", "$.customer.shippingAddress.postalCode"})
		}
	}

	if override, ok := s.AmountOverride(); ok && hasLines {
		if q, err := pricing.Calculate(s); err == nil {
			if calc, ok := q.Calculated(); ok && calc != override {
				w = append(w, Warning{TypeAmount, CodeOverrideMismatch,
					"The amount " + strconv.FormatInt(override, 10) + " overrides the amount calculated from the order, " +
						strconv.FormatInt(calc, 10) + "; the customer is charged " + strconv.FormatInt(override, 10) + ".",
					"$.amount"})
			}
		}
	}

	if opts.Provider.IsValid() {
		w = minimumWarning(w, s, opts.Provider)
	}

	if s.HasSurcharges() {
		switch {
		case hasAmount:
			w = append(w, Warning{TypeSurcharge, CodeIgnored, "Surcharges are configured but will not be applied because a top-level 'amount' is set.", "$.paymentMethod.options"})
		case !hasLines:
			w = append(w, Warning{TypeSurcharge, CodeIgnored, "Surcharges are configured but will not be applied because the order has no line items.", "$.paymentMethod.options"})
		}
		if _, ok := s.MethodSurcharge(session.MethodKlarna); ok {
			w = append(w, Warning{TypeSurcharge, CodeUnsupported, "Klarna does not support surcharges; the surcharge configured for KLARNA is never applied.", "$.paymentMethod.options.KLARNA.surcharge.amount"})
		}
	}

	if len(w) > 1 {
		slices.SortFunc(w, compare)
	}
	return w
}

// minimumWarning appends the BELOW_PROVIDER_MINIMUM warning when the
// session's amount is below p's published minimum for its currency.
func minimumWarning(w []Warning, s session.Session, p provider.Profile) []Warning {
	cur, err := currency.Parse(s.CurrencyCode())
	if err != nil {
		return w
	}
	min, ok := p.Rule(cur).Minimum()
	if !ok {
		return w
	}
	q, err := pricing.Calculate(s)
	if err != nil {
		return w
	}
	amount, ok := q.Amount()
	if !ok || amount >= min {
		return w
	}
	major, _ := currency.ToMajor(min, cur)
	return append(w, Warning{TypeAmount, CodeBelowProviderMinimum,
		"The amount " + strconv.FormatInt(amount, 10) + " is below " + p.Title() + "'s minimum charge for " + cur.String() + ", " +
			strconv.FormatInt(min, 10) + " (" + major + " " + cur.String() + "), which " + p.Title() + " checks in the settlement currency.",
		"$.amount"})
}

// compare orders warnings by type, code, path, then message.
func compare(a, b Warning) int {
	if c := cmp.Compare(a.Type, b.Type); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Code, b.Code); c != 0 {
		return c
	}
	if c := strings.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	return strings.Compare(a.Message, b.Message)
}

// methodsWithRequirements are the payment method types that need data of
// the session, with their display names.
var methodsWithRequirements = [...]struct{ typ, name string }{
	{"APPLE_PAY", "Apple Pay"},
	{"GOOGLE_PAY", "Google Pay"},
	{"PAYPAL", "PayPal"},
	{session.MethodKlarna, "Klarna"},
}

// methodIndex returns the index of m in methodsWithRequirements, or -1.
func methodIndex(m string) int {
	for i, x := range methodsWithRequirements {
		if x.typ == m {
			return i
		}
	}
	return -1
}

// methodWarnings appends the MISSING_DATA warnings of the enabled method
// methodsWithRequirements[i].
func methodWarnings(w []Warning, s session.Session, i int, hasLines bool) []Warning {
	m, name := methodsWithRequirements[i].typ, methodsWithRequirements[i].name
	missing := func(field string) {
		w = append(w, Warning{Type(m), CodeMissingData, name + " is missing '$." + field + "'", "$." + field})
	}
	if s.CurrencyCode() == "" {
		missing("currencyCode")
	}
	if !hasLines {
		missing("order.lineItems")
	}
	if s.OrderCountryCode() == "" {
		missing("order.countryCode")
	}
	if m == session.MethodKlarna {
		cu := &sessionData(s).Customer
		if cu.EmailAddress == "" {
			missing("customer.emailAddress")
		}
		if cu.BillingAddress.CountryCode == "" {
			missing("customer.billingAddress.countryCode")
		}
	}
	return w
}
