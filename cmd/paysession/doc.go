// Command paysession is the command line of the paysession library: a
// stable, scriptable contract for converting and formatting
// amounts, pricing a Primer client session, validating a create request,
// applying a PATCH, and computing taxes, discounts and currency exchange from
// exact rates. Install it with
//
//	go install github.com/paysession/paysession/cmd/paysession@latest
//
// or run it from a checkout with "go run ./cmd/paysession".
//
// # Conventions
//
// Every subcommand prints JSON on stdout, indented by two spaces, with its
// keys in the fixed order shown below, and writes problems on stderr as
// "PATH: message" lines, one per problem and all of them at once (at most
// 1 000, then one "$: N more problems not listed"; a message at most 200
// bytes). PATH is a JSONPath into the input ($.order.lineItems[0].amount)
// or the name of the command-line argument or flag concerned (CODE, AMOUNT,
// MINOR, FILE, SESSION, PATCH, PROVIDER, WIRE, -round, -locale, -network,
// -api, -rate, -amount, -to, -markup).
//
// Exit status: 0 success; 1 the input is invalid (for validate: the session
// is invalid; the JSON result is still printed); 2 usage error (unknown
// command or flag, wrong number of arguments, a file that cannot be read).
// Help (paysession help, or -h after a command) is written on stderr, since
// stdout carries only JSON results, and exits 0.
//
// Flags come before positional arguments, as Go's flag package expects, and
// "--" ends the flags, so a negative amount is written
//
//	paysession minor -- -0.5 USD
//
// A FILE, SESSION or PATCH argument of "-" (or a missing FILE) reads standard
// input.
//
// # Currencies and amounts
//
//	paysession currency CODE
//	    {"code": "JPY", "numeric": "392", "name": "Yen", "minorUnits": 0, "fund": false}
//	    minorUnits is null for ISO's "N.A." codes (XAU, XDR, …). Lower-case,
//	    unknown and withdrawn codes exit 1 with the reason; a withdrawn
//	    code's message gives its withdrawal date (HRK: 2023-01).
//
//	paysession minor [-round MODE] AMOUNT CODE
//	    {"minor": 4999}    for 49.99 GBP
//	    AMOUNT is plain decimal notation ("49.99", "-0.5", "100"); "+1",
//	    ".5", "5.", exponents, spaces and separators are errors. More
//	    fractional digits than the currency has is an error unless -round
//	    names a MODE: half-even, half-up, half-down, up, down, ceiling or
//	    floor.
//
//	paysession major MINOR CODE
//	    {"major": "49.99"}    for 4999 GBP; 1234 KWD is "1.234"
//
//	paysession format [-locale TAG] [-display symbol|narrow|code] [-accounting] MINOR CODE
//	    {"text": "£49.99"}    for 4999 GBP with -locale en-GB
//	    The text of currency.Format: TAG is a BCP 47 locale, en-US by
//	    default (und is CLDR's root); 700 EUR in de-DE is "7,00 €" (with a
//	    no-break space). -display narrow or code writes the narrow symbol
//	    or the ISO code, -accounting the accounting pattern: -500 USD is
//	    "($5.00)". A negative amount needs "--" before it
//	    (paysession format -accounting -- -500 USD). A TAG that does not
//	    parse (en_US) or an unknown -display is a usage error (exit 2)
//	    saying why.
//
// # Provider wire amounts
//
//	paysession wire [-round MODE] PROVIDER MINOR CODE
//	    {"provider": "stripe", "currencyCode": "ISK", "minor": 5, "wire": 500}
//	    The amount as PROVIDER (iso, primer, komoju, stripe, adyen, checkout,
//	    paypal) wants it on the wire; "wire" is a JSON string for PayPal,
//	    which takes decimal strings ("wire": "100" for 100 JPY). Exit 1,
//	    naming the rule, when the provider refuses the currency or the amount
//	    cannot be sent exactly (5124 KWD at Stripe: the last digit must be
//	    0) unless -round names a MODE (5120 with half-even).
//
//	paysession unwire PROVIDER WIRE CODE
//	    {"provider": "stripe", "currencyCode": "ISK", "wire": 500, "minor": 5}
//	    Back to ISO minor units, exactly: a WIRE the provider would not send
//	    (501 ISK at Stripe) exits 1. A negative WIRE comes after "--":
//	    paysession unwire -- paypal -0.05 USD.
//
// # Sessions
//
//	paysession quote [-response] [-method TYPE] [-network NETWORK] [-provider PROVIDER] [FILE|-]
//
// reads a Primer client session: a create request, or with -response (implied
// when the document has a top-level clientToken) a create, GET or PATCH
// response, whose amount counts as an override only when it differs from the
// amount calculated from the order. clientToken, clientTokenExpirationDate and
// warnings are accepted and ignored; any other unknown field is an error.
// With -method it first selects the payment method (and, for PAYMENT_CARD,
// the -network), which replaces every SURCHARGE fee by the one configured for
// the selection. It prints
//
//	{"currencyCode": "GBP",
//	 "lineItems": [{"itemId": "t-shirt-1", "subtotal": 500, "discount": 0, "tax": 0, "total": 500}],
//	 "itemsTotal": 500, "shipping": 50, "fees": 0, "surcharge": 10,
//	 "calculatedAmount": 560, "amount": 560, "amountOverridden": false,
//	 "warnings": []}
//
// fees sums the fees that are not SURCHARGE fees, surcharge the SURCHARGE
// fees; calculatedAmount is null when the order has no line items, and
// amount when there is neither an override nor a calculated amount; itemId
// is left out when absent; warnings are the
// session's warnings (package warnings) with no payment method enabled and
// tax calculation off.
//
// No command prints a result for input that validate would refuse: quote
// checks the session as validate does (Primer profile) before pricing it, so
// a currency "gbp", a negative amount, a quantity of 0, a discount above its
// subtotal, an unknown field or a misspelt card network exits 1 with every
// problem on stderr, and nothing on stdout.
//
// With -provider PROVIDER (as for wire) the provider's amount rules apply
// too: a currency it does not accept is an error at $.currencyCode, an
// amount it cannot take exactly an error at $.amount naming the rule (exit
// 1); the output gains "provider" and "wireAmount" after "amount"
// ("wireAmount": 500 for 5 ISK at Stripe, "10.50" for 10.50 USD at PayPal,
// null when there is no amount), and the warnings gain AMOUNT
// BELOW_PROVIDER_MINIMUM where the provider publishes a minimum the amount
// is below (Stripe: 0.50 USD, 50 JPY, ...).
//
//	paysession validate [-api primer|komoju] [-enable TYPE,...] [-tax] [FILE|-]
//
// validates a create request, a Primer client session or with -api komoju a
// KOMOJU session request, and prints
//
//	{"valid": false,
//	 "errors": [{"path": "$.currencyCode", "code": "currency", "message": "…"}],
//	 "warnings": [{"type": "SESSION", "code": "MISSING_DATA", "message": "…", "path": "$.orderId"}]}
//
// errors holds every decoding problem and rule violation, sorted by path;
// each is also written on stderr, and the exit status is 1 when there is
// any. The warnings depend on the merchant's dashboard settings, which are
// not in the session: -enable lists the enabled payment method types
// (APPLE_PAY,KLARNA,…) and -tax says tax calculation is on. Without them no
// method is enabled and tax calculation is off. KOMOJU has no warnings.
//
//	paysession patch [-response] SESSION PATCH
//
// reads SESSION as quote does (a GET or PATCH response needs -response,
// else its amount is read as a create request's override), applies the
// PATCH request body (its clientToken is accepted and ignored;
// paymentMethod.options is an error) and prints the result in the
// GET-response shape: amount is the effective amount, fields with empty
// values are left out. One of SESSION and PATCH may be "-". The PATCH body's
// fields and the patched session are checked as validate checks a request:
// a body Primer answers with 422 (amount -1, quantity 0, a bad e-mail
// address, country UK, a 256-character orderId, metadata 1.5) or a patched
// session validate would refuse exits 1 with every problem.
//
// # Rates: tax, discount, exchange
//
// RATE is a plain decimal (0.08875, 151.237) or a percentage (8.875%), at
// most 18 significant digits and 18 decimal places; "1e-3", "8.875 %",
// "NaN" and negative rates exit 1 (PATH -rate). MODE is as for minor, with
// exact refusing an inexact result; the default is half-even. The session
// is read as quote reads it and checked as validate checks it: a session
// validate would refuse exits 1 with every problem.
//
//	paysession tax -rate RATE [-per line|order] [-round MODE] [-response] [-inclusive] [FILE|-]
//
// sets each line's taxAmount to the tax at RATE on its net amount (amount ×
// quantity − discountAmount), rounded per line (the default) or once for the
// order and split over the lines by largest remainder of their exact shares,
// and prints the session in the create-request shape. -inclusive changes
// nothing and prints the tax the line totals already contain,
// tax = round(gross × RATE / (1 + RATE)):
//
//	{"currencyCode", "lines": [{"itemId", "gross", "tax", "net"}], "gross", "tax", "net"}
//
//	paysession discount (-amount MINOR | -rate RATE) [-round MODE] [-response] [FILE|-]
//
// spreads an order-level discount over the lines' discountAmount in
// proportion to their net amounts (largest remainder, ties to the earlier
// line; never above a line's subtotal) and prints the session in the
// create-request shape. More than the order's net amount, or a session whose
// lines already carry a tax (the discount comes first), exits 1.
//
//	paysession exchange -to CODE -rate RATE [-markup PERCENT] [-round MODE] [-response] [FILE|-]
//	    {"session": {…create-request shape…}, "from": "USD", "to": "JPY", "rate": "151.237",
//	     "amount": N, "direct": N, "difference": N}
//
// converts every amount of the session (unit amounts, discounts, taxes,
// fees, shipping, configured surcharges, the override) at RATE times
// 1 + PERCENT / 100: round(x × rate × 10^(e(to) − e(from))). rate is the
// rate applied; amount is the converted session's calculated amount, direct
// the original one converted at once, difference = amount − direct (null
// without line items).
//
//	paysession convert -to CODE -rate RATE [-markup PERCENT] [-round MODE] MINOR CODE
//	    {"minor": 3023, "currencyCode": "JPY"}
//
// converts one amount the same way (convert -to JPY -rate 151.237 1999 USD).
//
// # Example
//
//	$ paysession quote -response -method PAYMENT_CARD -network VISA examples/primer-get-response.json
//	$ echo '{"order":{"shipping":{"amount":70}}}' | paysession patch -response examples/primer-get-response.json -
//	$ paysession validate -enable APPLE_PAY,KLARNA -tax examples/create-request.json
//	$ paysession tax -rate 8.875% -per order examples/create-request.json
//	$ paysession convert -to JPY -rate 151.237 1999 USD
package main
