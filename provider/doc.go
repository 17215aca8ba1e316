// Package provider says how each payment provider wants an amount on the
// wire, and converts ISO 4217 minor units to that wire amount and back,
// exactly.
//
// The same price is a different integer at different providers: 5 ISK is 5
// in ISO 4217 minor units but 500 at Stripe and Adyen; 5 CLP is 500 at
// Adyen; 100 JPY is the string "100" at PayPal, which takes no decimals for
// HUF, JPY and TWD at all. Getting it wrong charges a customer 100 times
// the price, or a hundredth of it.
//
// # Profiles and rules
//
// A Profile is one provider's rules, a Rule per currency: the wire
// exponent (the number of decimals of the wire amount), the granularity
// (what the wire integer must be a multiple of), the largest wire value
// (digit limits), the published minimum charge where there is one, whether
// the currency is accepted at all, and the wire form (an Integer of minor
// units, or a Decimal string in major units). The built-in profiles are
// ISO, Primer, Komoju, Stripe, Adyen, Checkout and PayPal, also by name
// with Lookup ("iso", "primer", "komoju", "stripe", "adyen", "checkout",
// "paypal"). New defines another: a custom table, or overrides of a
// built-in profile (Params.Base); Rule.Params and ISORule give parameters
// to start from.
//
// The built-in data is kept in one data file, internal/gen/data/providers.json,
// with a source and the date it was read for every rule, and generated
// into the package (go generate) like the ISO 4217 table of package
// currency. Rule.Source, URL, Read, Note and Certainty give each rule's
// documentation; Certainty says where a source is uncertain.
//
// # Conversion
//
// Wire converts ISO minor units to the wire integer; Unwire converts back;
// AppendWire and WireString write the wire form (for PayPal a decimal
// string), ParseWire reads it. A conversion is exact or an *Error whose Code
// names the rule that refused it: CodeNotAccepted (the provider does not
// take the currency), CodeNoMinorUnit (an ISO "N.A." currency such as XAU),
// CodeGranularity (5124 KWD at Stripe: the last digit must be 0),
// CodePrecision (10.50 HUF at PayPal; 1.50 CLP back from Adyen),
// CodeDigitLimit (beyond 8 digits at Stripe), CodeNegative, CodeOverflow,
// CodeSyntax. There is no silent rounding: with a rounding mode
// (currency.HalfEven, HalfUp, ...) Wire first rounds the amount to the
// nearest convertible one (Rule.Step): 5124 KWD is 5120 at Stripe with
// HalfEven, 1050 HUF is "11" at PayPal with HalfUp. Converting back never
// rounds. Wire, Unwire and ParseWire do not allocate when they succeed.
//
// Every currency is one of ISO 4217's current codes (a currency.Code);
// codes a provider lists that ISO withdrew (VEF at Adyen) or never had (CNH)
// cannot be represented and are left out.
//
// # Deviations from ISO 4217
//
// Each built-in profile follows ISO 4217 except where this table says
// otherwise. All sources were read on 2026-12-01 (stored copies; the
// source's own date in brackets where it has one).
//
//	provider      currencies                       wire rule (ISO minor units → wire)          source
//	Primer        MGA MRU SLE STN VED VES XCG ZWG   not accepted: missing from the Currency     Primer Client Session API 2.4,
//	              CLF UYI UYW USN XAD               enum (other current codes as ISO, ≥ 0)      OpenAPI schema Currency
//	KOMOJU        all but its 20 currencies         not accepted; amounts 0..2147483647         KOMOJU POST /api/v1/sessions
//	Stripe        ISK UGX                           ×100, multiple of 100 (5 ISK = 500)         Stripe support, fractional ISK
//	                                                (UGX: sources conflict, see below)          deprecation (2023-04-14); docs
//	Stripe        MGA                               ÷100, exact (whole ariary only) [inferred]  stripe.com/docs/currencies (2022)
//	Stripe        BIF CLP DJF GNF JPY KMF KRW PYG   as ISO (zero-decimal)                       stripe.com/docs/currencies
//	              RWF VND VUV XAF XOF XPF
//	Stripe        BHD JOD KWD OMR TND               as ISO, last digit 0 [unverified]           stripe.com/docs/currencies (2022,
//	                                                                                            2023 copy)
//	Stripe        IQD LYD; CLF UYW; UYI             ÷10; ÷100; ×100 (two decimals default)      docs.stripe.com/currencies
//	Stripe        all                               ≥ 0; at most 8 digits (IDR 12, COP 10,      docs.stripe.com/currencies,
//	                                                INR 9); minimum charge per currency         API reference
//	Adyen         CLP ISK                           ×100                                        docs.adyen.com currency codes
//	Adyen         CVE IDR                           ÷100, exact                                 docs.adyen.com currency codes
//	Adyen         BIF MGA and others                not accepted (not in its table) [inferred]  copy of Adyen's table
//	Checkout.com  all but the lists below           two decimals: CLP ×100, CLF UYW ÷100,       checkout.com "Format the amount
//	                                                UYI ×100                                    value" (2025-11-26)
//	Checkout.com  BIF DJF GNF ISK JPY KMF KRW PYG   as ISO (full value)                         same
//	              RWF UGX VUV VND XAF XOF XPF
//	Checkout.com  BHD IQD JOD KWD LYD OMR TND       as ISO, last digit 0                        same
//	Checkout.com  all                               ≥ 0 (the page: > 0), at most 9 digits       same
//	PayPal        all                               a decimal string in major units             PayPal REST money schema
//	PayPal        HUF TWD                           whole units only: "11", not "10.50"         PayPal REST currency codes
//	PayPal        all but its 25 currencies         not accepted                                PayPal REST currency codes
//
// Where the sources are uncertain the rule says so (Rule.Certainty):
// Stripe's three-decimal rule is read in its 2022 page and a 2023 copy, but
// its current page no longer has the section (Unverified); Stripe lists
// UGX both as zero-decimal and, in its newer special cases, with ISK's
// two-decimal treatment, which is followed (Conflict); MGA is on Stripe's
// zero-decimal list although ISO gives it two decimals, which no Stripe
// page calls out (Inferred); Stripe's, Adyen's and Checkout.com's accepted
// sets are not published as one list (Stripe and Checkout.com: every ISO
// code with a minor unit; Adyen: a third-party copy of its table, Inferred).
// Checkout.com has a note on CLP that no stored copy shows whole; CLP
// follows its "all other currencies" rule. KOMOJU documents its 20
// currencies and its integer amounts; that they are ISO minor units for
// currencies other than JPY is inferred. Stripe's minimums apply in the
// settlement currency, after conversion, so they are a warning, not an
// error, for callers (the warnings package).
//
// The package has no mutable state: every function is pure and safe for
// concurrent use.
package provider
