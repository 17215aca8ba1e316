package session

import (
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/jsonvalue"
)

// AppendRequestJSON appends the session as a Primer create-session request
// body to dst: compact JSON, deterministic, with amount only when the
// session has an override.
//
// Every encoder leaves out empty values ("" strings, absent Opts, zero
// structs, empty lists), as Primer does, and writes the fields in one fixed
// order, the order of Primer's own examples:
//
//	customerId, orderId, currencyCode, amount, metadata, customer, order,
//	paymentMethod
//	customer: emailAddress, mobileNumber, firstName, lastName,
//	  billingAddress, shippingAddress, taxId, nationalDocumentId
//	address: firstName, lastName, addressLine1, addressLine2, city, state,
//	  countryCode, postalCode
//	order: lineItems, countryCode, retailerCountryCode, fees, shipping
//	line item: itemId, name, description, amount, quantity, discountAmount,
//	  taxAmount, taxCode, productType, productData
//	productData: sku, brand, color, globalTradeItemNumber,
//	  manufacturerPartNumber, weight, weightUnit, pageUrl
//	fee: type, amount, description
//	shipping: amount, methodId, methodName, methodDescription
//	paymentMethod: vaultOnSuccess, vaultOn3DS, vaultOnAgreement, descriptor,
//	  paymentType, orderedAllowedCardNetworks, options, authorizationType,
//	  firstPaymentReason
//	options.<TYPE> (types in sorted order): surcharge, networks (sorted),
//	  captureVaultedCardCvv, merchantName, extraMerchantData,
//	  recurringPaymentRequest, deferredPaymentRequest, automaticReloadRequest
//
// metadata and free-form values are written with their object members in
// key order. A line item or fee with no field set is written as {} so that
// list indices are kept. Strings are written as JSON strings with invalid
// UTF-8 replaced by U+FFFD; a metadata key whose value is the absent Value is
// left out, and an absent Value inside an array is written as null.
//
// For sessions whose payment-method options only use the fields Primer
// defines for each type, DecodeRequest(s.AppendRequestJSON(nil)) is Equal to
// s.
func (s Session) AppendRequestJSON(dst []byte) []byte { return model.AppendRequest(dst, s.get()) }

// AppendResponseJSON appends the session in the shape of Primer's GET (and
// PATCH) response: the fields of AppendRequestJSON, in the same order, with
// amount the effective amount (the override if set, else the amount
// calculated from the order, left out when neither exists). Empty values are
// left out. DecodeResponse reads it back to an Equal session, except that an
// override equal to the calculated amount is read back as no override (the
// two mean the same amount).
func (s Session) AppendResponseJSON(dst []byte) []byte { return model.AppendResponse(dst, s.get()) }

// MarshalJSON returns the session as a create-request body
// (AppendRequestJSON), so that a Session inside a caller's struct encodes
// exactly, with its override (not the effective amount), and UnmarshalJSON
// reads it back Equal. It never fails. AppendResponseJSON writes the
// GET-response shape instead.
func (s Session) MarshalJSON() ([]byte, error) {
	return s.AppendRequestJSON(make([]byte, 0, 512)), nil
}

// AppendCreateResponseJSON appends the shape of Primer's create-session
// response: clientToken, clientTokenExpirationDate, then the session's
// fields as AppendResponseJSON writes them, then warnings (the order of
// Primer's example). Empty strings and an absent warnings Value are left out.
func AppendCreateResponseJSON(dst []byte, s Session, clientToken, expiration string, warnings jsonvalue.Value) []byte {
	return model.AppendCreateResponse(dst, s.get(), clientToken, expiration, warnings)
}

// AppendJSON appends the response in the shape it was decoded from: the
// create-response shape (AppendCreateResponseJSON) when it has a client
// token, an expiration date or warnings, else the GET-response shape.
func (r Response) AppendJSON(dst []byte) []byte {
	if r.ClientToken == "" && r.ClientTokenExpirationDate == "" && r.Warnings.IsAbsent() {
		return r.Session.AppendResponseJSON(dst)
	}
	return AppendCreateResponseJSON(dst, r.Session, r.ClientToken, r.ClientTokenExpirationDate, r.Warnings)
}
