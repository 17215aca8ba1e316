package validation

import (
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/pricing"
)

// Error codes of the validation rules. They are fielderr.Code values, so
// errors.Is(err, validation.CodeCountry) works on any error this package
// returns, and they never change text. Problems found while decoding keep the
// session package's codes (fielderr.CodeUnknownField, fielderr.CodeType, ...);
// the amount rules keep the pricing package's codes
// (pricing.CodeQuantity, pricing.CodeDiscountExceedsSubtotal,
// fielderr.CodeOverflow).
const (
	// CodeRequired: a field the schema requires is missing (a line item's
	// or a fee's amount; KOMOJU's currency, or amount in a payment mode).
	CodeRequired fielderr.Code = "required"
	// CodeNegative: an amount (or a product weight) below zero. It is the
	// same code as pricing.CodeNegative, which the amount rules report.
	CodeNegative = pricing.CodeNegative
	// CodeLength: a string longer (or shorter) than the schema allows,
	// counted in Unicode code points.
	CodeLength fielderr.Code = "length"
	// CodeCurrency: a currency code that is malformed, unknown, withdrawn
	// (the message gives the date), has no minor unit (ISO "N.A.", such as
	// XAU), or is not one the provider accepts (Primer: not in the Currency
	// enum of its API, such as MGA or XCG; KOMOJU: not one of its 20
	// currencies; ForProvider: not in the profile). It is the same code
	// as pricing.CodeCurrency, which reports a Primer session's currency.
	CodeCurrency = pricing.CodeCurrency
	// CodeCountry: a country code that is not an officially assigned
	// ISO 3166-1 alpha-2 code (Primer's CountryCodeEnum).
	CodeCountry fielderr.Code = "country"
	// CodeEmail: an e-mail address that is not syntactically valid.
	CodeEmail fielderr.Code = "email"
	// CodeEnum: a value outside a closed list (paymentType,
	// authorizationType, productType, firstPaymentReason, a card network,
	// KOMOJU's mode, default_locale, payment_types and payment_data's
	// capture and intent, an Apple Pay interval unit).
	CodeEnum fielderr.Code = "enum"
	// CodeUnknownNetwork: a key of paymentMethod.options.PAYMENT_CARD.networks
	// that is not one of the known card networks ("visa", "MASTER_CARD"):
	// its surcharge would silently never apply. (Decoding keeps such keys, so
	// that a response stays readable.)
	CodeUnknownNetwork fielderr.Code = "unknown_network"
	// CodeDuplicate: the same card network twice in
	// orderedAllowedCardNetworks.
	CodeDuplicate fielderr.Code = "duplicate"
	// CodeMetadataKey: an empty metadata key.
	CodeMetadataKey fielderr.Code = "metadata_key"
	// CodeMetadataValue: a metadata value of a type the provider refuses
	// (Primer: anything but a string or an integer; KOMOJU: anything but a
	// string).
	CodeMetadataValue fielderr.Code = "metadata_value"
	// CodeURL: a URL that is not an absolute http or https URL.
	CodeURL fielderr.Code = "url"
	// CodeRange: a number outside its allowed range (KOMOJU's amount,
	// expires_in_seconds and line item quantity, an Apple Pay interval
	// count). It is the same code as fielderr.CodeRange. (A Primer line
	// item's quantity below 1 is pricing.CodeQuantity.)
	CodeRange = fielderr.CodeRange
	// CodeMode: a field that the KOMOJU session's mode does not use
	// (customer_id in payment mode, payment_data in customer mode).
	CodeMode fielderr.Code = "mode"
	// CodeDateTime: an Apple Pay date that is not an RFC 3339 date-time.
	CodeDateTime fielderr.Code = "date_time"
)
