// Package warnings tells a merchant what will not work in a session that is
// valid. An error (package validation) means the provider refuses
// the request; a warning means the request is accepted but something later
// will fail or be ignored: a payment that cannot start because the currency is
// missing, Apple Pay that cannot show without the order's country, a
// surcharge that is never added.
//
// Check takes the session and the merchant's Options (which payment methods
// are enabled in the dashboard, whether tax is calculated) and returns a list
// of Warning values, each with
//
//   - Type: what the warning is about: SESSION, a payment method type such
//     as APPLE_PAY, TAXJAR, AMOUNT or SURCHARGE;
//   - Code: what is wrong: MISSING_DATA, OVERRIDE_MISMATCH, IGNORED,
//     UNSUPPORTED or BELOW_PROVIDER_MINIMUM;
//   - Message: a sentence for the merchant, in the style of Primer's own
//     ("Shipping details are required for calculating tax.",
//     "Apple Pay is missing '$.order.countryCode'");
//   - Path: the JSON path of the field concerned, such as
//     "$.order.countryCode".
//
// A message never repeats the value of a personal field (e-mail address,
// names, address lines, city, postal code, …); the list is short (a few
// warnings per enabled payment method, each method counted once however
// often Options lists it) and computed in time linear in the session.
//
// The warnings produced:
//
//	SESSION     MISSING_DATA       currencyCode or orderId is missing, or neither amount nor a line item is given
//	<METHOD>    MISSING_DATA       an enabled APPLE_PAY, GOOGLE_PAY, PAYPAL or KLARNA lacks currencyCode,
//	                               order.lineItems or order.countryCode; KLARNA also customer.emailAddress
//	                               and customer.billingAddress.countryCode (one warning per missing field)
//	TAXJAR      MISSING_DATA       tax calculation is on and customer.shippingAddress lacks countryCode or postalCode
//	AMOUNT      OVERRIDE_MISMATCH  a top-level amount differs from the amount calculated from the order
//	AMOUNT      BELOW_PROVIDER_MINIMUM
//	                               the amount is below the minimum charge Options.Provider publishes for the
//	                               currency (Stripe: 0.50 USD, 50 JPY, ...); a warning, since the provider
//	                               checks it in the settlement currency, after any conversion
//	SURCHARGE   IGNORED            surcharges are configured but a top-level amount is set or there are no line items
//	SURCHARGE   UNSUPPORTED        a surcharge is configured for KLARNA
//
// The list is sorted by type, then code, then path, so the same session and
// options always give the same list. It is nil when nothing is wrong, and
// Check does not allocate then. Supplying a missing field only ever removes
// warnings. A Warning encodes to JSON as {"type","code","message","path"},
// the shape of Primer's create response.
//
// # Example
//
// A GBP session with no orderId, one line item of 500 and a top-level amount
// of 1000, checked with Apple Pay enabled:
//
//	ws := warnings.Check(s, warnings.Options{EnabledMethods: []string{"APPLE_PAY"}})
//	for _, w := range ws {
//		fmt.Println(w.Type, w.Code, w.Path)
//	}
//	// AMOUNT     OVERRIDE_MISMATCH  $.amount
//	// APPLE_PAY  MISSING_DATA       $.order.countryCode
//	// SESSION    MISSING_DATA       $.orderId
package warnings
