// Package sessiontest helps other code test itself against paysession, the
// way net/http/httptest and testing/fstest do for their packages: it draws
// realistic Primer client sessions for property tests and checks a caller's
// own amount computation or validator against paysession's on them.
//
// It is the one package of the module whose exported signatures carry gopter
// types (github.com/leanovate/gopter): every generator is a gopter.Gen, for
// use with prop.ForAll.
//
// # Generators
//
// Session draws valid sessions (session.Session): every one is accepted by
// validation.Primer and priced by pricing.Calculate without an error.
// Currencies are weighted toward USD, EUR, GBP and JPY but cover every
// currency Primer accepts (package provider's Primer profile, with 0, 2 and 3
// decimals; ISOCurrencies(true) adds the ISO currencies Primer does not take,
// such as the four-decimal CLF and UYW), with amounts in range for each (0 to
// 9 999 major units). A session has 0 to MaxLines line items (more often
// few), each with a unit price, sometimes a quantity, a discount of at most
// amount × quantity and a tax; sometimes fees, shipping, a customer, metadata;
// payment-method options with surcharges per method type and per card
// network; and now and then a top-level amount, the merchant's override.
// RequestJSON draws the same sessions as create-request bodies, PatchJSON
// valid PATCH bodies, CurrencyCode currency codes and Amount amounts in range
// for a currency. Invalid draws invalid variants, each a valid session with
// one thing broken and paired with the path and code of the one error it
// must produce (InvalidCase).
//
// The generators shrink: when a property fails, gopter tries smaller values
// that still fail, first with fewer line items, fees and options and no
// override, then with smaller amounts and quantities, then with fewer
// optional fields, each step still a valid session (or, for Invalid, a valid
// session with the same break). A failure is therefore reported on a small
// session; one that only needs a discount shows one line item with a
// discount.
//
// # Differential checks
//
// CheckAmount runs a caller's function, from a create request's JSON to the
// amount to charge, against paysession's (ReferenceAmount) on generated
// sessions; CheckSelection does the same for the amount once a payment method
// (and card network) is selected, which is where the configured surcharges
// apply (ReferenceSelection); CheckAccept runs a caller's validator against paysession's
// (ReferenceAccept) on valid and invalid requests. Each reports the first
// disagreement, shrunk, through a TB (a *testing.T will do), with the seed
// that replays it, and returns it as a *Failure. Options set the number of
// cases (Cases), the seed (Seed) and the shape of the sessions (MaxLines,
// Currencies, PaymentOptions, Overrides); the generators take the same shape
// options. Refusals(true) makes CheckAmount also give requests that
// paysession refuses to price, on which the caller's function must return an
// error.
//
//	func TestAmount(t *testing.T) {
//		sessiontest.CheckAmount(t, myservice.Amount)
//	}
//
// Case i of a check with seed s is drawn from seed s+i alone, so the seed a
// failure reports is the seed of the failing case: Seed with that value, and
// the same shape options, draws it again as the first case. Without Seed,
// a check takes gopter's default seed, which differs on every run.
//
// The package is for tests: it panics on a bad option given to a generator,
// and its output is not stable across versions (a new version may draw other
// sessions from the same seed).
package sessiontest
