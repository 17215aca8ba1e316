// Package validation decides whether a payment session request is acceptable
// to the provider, and says exactly what is wrong when it is not.
//
// There are two profiles. Primer checks a client session
// (session.Session, POST /client-session); Komoju checks a KOMOJU session
// request (komoju.Session, POST /api/v1/sessions). PrimerJSON and
// KomojuJSON decode the JSON first and report the decoding problems (unknown
// fields, 7.5 where an integer amount is expected, inputs over the size
// limits) together with the rule violations, in one list.
//
// # What you get back
//
// Every profile returns nil for a valid request, or a fielderr.List: all
// the problems at once, not only the first. Each problem has
//
//   - a Path in the JSONPath style Primer uses: "$.order.lineItems[2].amount",
//     "$.metadata.productId". A metadata key or option name that is not a
//     plain name (ASCII letters, digits and '_', not starting with a digit) is
//     written in brackets and single quotes, with ' and \ escaped by a
//     backslash: "$.metadata['order id']" (the empty key gives two quotes);
//   - a Code, a fielderr.Code constant (CodeCountry, CodeNegative, …)
//     that never changes, so errors.Is(err, validation.CodeCountry) tells
//     whether any problem is a bad country code;
//   - a Message for a person.
//
// The list is sorted by path, with array indices compared as numbers
// ($.order.lineItems[2] comes before $.order.lineItems[10]) and everything
// else byte by byte, then by code. The same input always gives the same
// list. Envelope422 turns a list into Primer's HTTP 422 response body.
//
// Validating a valid session allocates nothing: the list is only built when
// the first problem is found.
//
// # Bounds and personal data
//
// A list has at most 1 000 problems (fielderr.MaxErrors): the first ones in
// the order above, then one fielderr.CodeTooManyErrors problem at "$" whose
// message says how many more there were ("39000 more problems not listed").
// (When decoding alone finds more than 1 000 problems, the decoding problems
// that can be listed are the first 1 000 in the document, as the decoder
// reports them; a later one whose path sorts earlier is among those counted.)
// Problems the list leaves out are counted, not kept, so a document with
// 40 000 problems costs about the memory of 1 000 (of a decoding problem
// left out, only a node of a few bytes per step of its path is kept). A
// rule problem at or under the path of a decoding problem is left out, since
// it repeats the same mistake (a line item whose amount is "1" is one
// problem, not a wrong type and then a missing amount), and a problem with
// the path and code of another counts once; both hold for the problems not
// listed as for those listed, so the count is exact: the problems listed and
// the count add up to the number of distinct problems. A message is at most
// 200 bytes and quotes at most 64 bytes of a value; a path repeats at most 64
// bytes of any one key.
// Checking takes time linear in the input: no problem is compared with every
// other, no line is looked for among all the lines.
//
// No message echoes the value of a personal field: an invalid e-mail
// address, an over-long name, address line, city, postal code, mobile
// number, tax id or national document id is reported by its path and code
// ("$.customer.emailAddress: not a valid e-mail address"), never by what it
// holds.
//
// # Primer's rules
//
//   - Amounts are never negative: the top-level amount, each line item's
//     amount, discountAmount and taxAmount, each fee's amount, the shipping
//     amount (these come from pricing.Calculate) and every surcharge in
//     paymentMethod.options (per method and per card network). A line item
//     and a fee must have an amount.
//   - The currency is a current ISO 4217 code (List One) with a minor unit,
//     as pricing.Calculate checks it. "usd" is malformed (codes are upper
//     case), "HRK" was withdrawn (the message gives the date), "XAU" has no
//     minor unit ("N.A.") and so cannot hold a price. It must also be one
//     Primer accepts: a code of the Currency enum of Primer's Client Session
//     API, as package provider's Primer profile holds it. MGA, MRU, SLE,
//     STN, VED, VES, XCG, ZWG, CLF, UYI, UYW, USN and XAD are current ISO
//     codes missing from that enum and are refused (CodeCurrency), although
//     package currency knows them as ISO defines them.
//   - Country codes (the customer's addresses, order.countryCode,
//     order.retailerCountryCode) are exactly Primer's CountryCodeEnum: the 249
//     officially assigned ISO 3166-1 alpha-2 codes. UK, XK, EU, AN, YU and FX
//     are not among them, although some region parsers accept them.
//   - Strings are at most 255 characters, productData.pageUrl and Apple Pay's
//     strings (merchantName, labels, descriptions, managementUrl) at most
//     1024, as the OpenAPI file says field by field. Characters are Unicode
//     code points, as JSON Schema counts them: "日本" is 2 characters, not 6
//     bytes. The minimum lengths of the OpenAPI file (1 for most strings)
//     cannot be broken by a Session, where the empty string means "absent";
//     an explicit "" in JSON is the decoder's to report.
//   - customer.emailAddress is a syntactically valid address (below).
//   - Closed lists: paymentType is FIRST_PAYMENT, ECOMMERCE, SUBSCRIPTION or
//     UNSCHEDULED; authorizationType ESTIMATED or FINAL; a line item's
//     productType PHYSICAL or DIGITAL; firstPaymentReason CardOnFile,
//     Recurring or Unscheduled.
//   - orderedAllowedCardNetworks holds known card networks (the 18 Primer
//     lists: AMEX, DANKORT, DINERS_CLUB, DISCOVER, EFTPOS, ENROUTE, ELO,
//     HIPER, INTERAC, JCB, MAESTRO, MASTERCARD, MIR, PRIVATE_LABEL, UNIONPAY,
//     VISA, CARTES_BANCAIRES, OTHER), each at most once. The keys of
//     paymentMethod.options.PAYMENT_CARD.networks are known networks too
//     (CodeUnknownNetwork): Primer's schema closes that object, and a
//     misspelt "visa" or "MASTER_CARD" would silently drop its surcharge.
//     (The session decoders keep such keys, so that a response stays
//     readable.) Payment method types are open strings and are not checked.
//   - Options follow their schema per method type, as the session decoders
//     and session.New enforce: PAYMENT_CARD has networks and
//     captureVaultedCardCvv only (a method-level surcharge on cards would
//     never apply, so it is an unknown field); APPLE_PAY has its own members
//     and surcharge, but not extraMerchantData; every other type has
//     surcharge, merchantName and extraMerchantData.
//   - metadata keys are not empty, and values are strings or integers (an
//     integer is a JSON number with no fraction or exponent that fits in 64
//     bits): 1.5, 1e3, true, null, objects and arrays are refused.
//   - productData.weight is not negative.
//   - Apple Pay's recurringPaymentRequest, deferredPaymentRequest and
//     automaticReloadRequest follow their schemas: required members present,
//     no unknown members, amounts integers ≥ 0, interval counts ≥ 1,
//     interval units minute | hour | day | month | year, dates in RFC 3339,
//     managementUrl an absolute http(s) URL.
//   - The amount can be computed: every quantity is at least 1, no discount
//     exceeds its line's amount × quantity, and no sum leaves int64. These
//     problems, like the negative amounts and the currency above, come from
//     pricing.Calculate, the one implementation of the amount rules, with its
//     codes (pricing.CodeQuantity, pricing.CodeDiscountExceedsSubtotal,
//     pricing.CodeNegative, pricing.CodeCurrency, fielderr.CodeOverflow).
//
// # KOMOJU's rules
//
//   - mode is payment (the default), customer or customer_payment.
//   - amount is an integer from 0 to 2 147 483 647, required in the payment
//     modes (payment and customer_payment).
//   - currency is required and one of JPY USD EUR TWD KRW PLN GBP HKD SGD NZD
//     AUD IDR MYR PHP THB CNY BRL CHF CAD VND (package provider's KOMOJU
//     profile).
//   - expires_in_seconds is from 1 to 86 400 (one day, the default).
//   - default_locale is ja, en or ko.
//   - metadata values are strings only, keys not empty and at most 30
//     characters, values at most 2 000 characters (code points again: 30
//     kanji are a valid key).
//   - return_url and a line item's image are absolute http or https URLs.
//   - line items have an amount from 0 to 2 147 483 647 and a quantity from
//     1 to 2 147 483 647, like the top-level amount.
//   - email is a valid address.
//   - payment_types are KOMOJU's payment type slugs (credit_card, konbini,
//     bank_transfer, paypay, pay_easy, … 62 in all, as KOMOJU's own API
//     client lists them); anything else is CodeEnum.
//   - payment_data follows KOMOJU's schema: capture auto | manual, amount an
//     integer from 0 to 2 147 483 647, currency one of KOMOJU's,
//     external_order_num, name, name_kana and mcc strings, intent one_time |
//     card_on_file | subscription | installment, statement_descriptor,
//     platform_details (with submerchants) and the billing and shipping
//     addresses with their own members; unknown members are refused at every
//     depth. It describes the payment, so in customer mode it is an error
//     (CodeMode).
//   - customer_id names a saved customer, which only the customer modes use;
//     in payment mode it is an error (CodeMode), not silently ignored.
//
// # E-mail addresses
//
// An address is accepted when it is at most 254 bytes of valid UTF-8 and is
// local@domain, split at the last '@', where
//
//   - local is 1 to 64 bytes of dot-separated atoms (no dot first, last or
//     twice in a row); an atom is made of ASCII letters, digits and
//     !#$%&'*+-/=?^_`{|}~, or of any printable non-ASCII character
//     (internationalized addresses, RFC 6531). Quoted local parts
//     ("john doe"@x.com) are not accepted;
//   - domain is at most 253 bytes of at least two dot-separated labels, each
//     1 to 63 bytes of ASCII letters, digits, hyphens (not first or last) or
//     non-ASCII letters, digits and marks; the last label is not all
//     digits. IP-address literals ([192.0.2.1]) are not accepted.
//
// The check is hand-written, takes time linear in the address and does not
// allocate. It says nothing about whether the mailbox exists.
//
// # Example
//
//	_, err := validation.PrimerJSON([]byte(`{"currencyCode": "usd",
//	  "order": {"lineItems": [{"amount": 7.5, "discountedAmount": 10}]}}`))
//	// err lists, sorted by path:
//	//   $.currencyCode                             currency
//	//   $.order.lineItems[0].amount                type
//	//   $.order.lineItems[0].discountedAmount      unknown_field
//	if errors.Is(err, validation.CodeCurrency) { … }
//	body := validation.Envelope422(err, validation.ModelRequest) // Primer's 422 body
//
// A valid request gives a nil error. Validation says whether the provider
// accepts the request; whether it will then work (Apple Pay needs the
// order's country, a surcharge is ignored, …) is the warnings package's
// question.
package validation
