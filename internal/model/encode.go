package model

import (
	"slices"
	"strconv"

	"github.com/paysession/paysession/internal/jsontext"
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
func AppendRequest(dst []byte, d *Data) []byte {
	return appendSession(dst, d, d.Amount)
}

// AppendResponseJSON appends the session in the shape of Primer's GET (and
// PATCH) response: the fields of AppendRequestJSON, in the same order, with
// amount the effective amount (the override if set, else the amount
// calculated from the order, left out when neither exists). Empty values are
// left out. DecodeResponse reads it back to an Equal session, except that an
// override equal to the calculated amount is read back as no override (the
// two mean the same amount).
func AppendResponse(dst []byte, d *Data) []byte {
	var amount Opt[int64]
	if a, ok := d.Effective(); ok {
		amount = Some(a)
	}
	return appendSession(dst, d, amount)
}

// AppendCreateResponseJSON appends the shape of Primer's create-session
// response: clientToken, clientTokenExpirationDate, then the session's
// fields as AppendResponseJSON writes them, then warnings (the order of
// Primer's example). Empty strings and an absent warnings Value are left out.
func AppendCreateResponse(dst []byte, d *Data, clientToken, expiration string, warnings jsonvalue.Value) []byte {
	dst = append(dst, '{')
	c := false
	strField(&dst, &c, "clientToken", clientToken)
	strField(&dst, &c, "clientTokenExpirationDate", expiration)
	var amount Opt[int64]
	if a, ok := d.Effective(); ok {
		amount = Some(a)
	}
	dst = slices.Grow(dst, estimateSize(d)+len(clientToken)+len(expiration)+64)
	dst = appendSessionFields(dst, &c, d, amount)
	if !warnings.IsAbsent() {
		key(&dst, &c, "warnings")
		dst = appendJSONValue(dst, warnings)
	}
	return append(dst, '}')
}

func appendSession(dst []byte, d *Data, amount Opt[int64]) []byte {
	dst = slices.Grow(dst, estimateSize(d))
	dst = append(dst, '{')
	c := false
	dst = appendSessionFields(dst, &c, d, amount)
	return append(dst, '}')
}

// estimateSize is a cheap guess of the encoded size, so that encoding
// usually allocates once.
func estimateSize(d *Data) int {
	n := 256 + len(d.OrderID) + len(d.CustomerID) + 384*len(d.Order.LineItems) + 96*len(d.Order.Fees) +
		64*len(d.Metadata) + 32*len(d.PM.Networks)
	for i := range d.PM.Options {
		n += 64 + 48*len(d.PM.Options[i].Networks)
	}
	return n
}

// key writes a member's key, preceded by a comma unless it is the first.
// Keys are schema names: plain ASCII needing no escape.
func key(dst *[]byte, comma *bool, k string) {
	b := *dst
	if *comma {
		b = append(b, ',')
	}
	b = append(b, '"')
	b = append(b, k...)
	*dst = append(b, '"', ':')
	*comma = true
}

func strField(dst *[]byte, comma *bool, k, v string) {
	if v == "" {
		return
	}
	key(dst, comma, k)
	*dst = jsontext.AppendString(*dst, v)
}

func intField(dst *[]byte, comma *bool, k string, v Opt[int64]) {
	n, ok := v.Get()
	if !ok {
		return
	}
	key(dst, comma, k)
	*dst = strconv.AppendInt(*dst, n, 10)
}

func boolField(dst *[]byte, comma *bool, k string, v Opt[bool]) {
	b, ok := v.Get()
	if !ok {
		return
	}
	key(dst, comma, k)
	*dst = strconv.AppendBool(*dst, b)
}

func valueField(dst *[]byte, comma *bool, k string, v jsonvalue.Value) {
	if v.IsAbsent() {
		return
	}
	key(dst, comma, k)
	*dst = appendJSONValue(*dst, v)
}

func appendSessionFields(dst []byte, c *bool, d *Data, amount Opt[int64]) []byte {
	strField(&dst, c, "customerId", d.CustomerID)
	strField(&dst, c, "orderId", d.OrderID)
	strField(&dst, c, "currencyCode", d.CurrencyCode)
	intField(&dst, c, "amount", amount)
	if len(d.Metadata) > 0 {
		key(&dst, c, "metadata")
		dst = appendMembers(dst, d.Metadata)
	}
	if !d.Customer.IsZero() {
		key(&dst, c, "customer")
		dst = appendCustomer(dst, &d.Customer)
	}
	if !d.Order.isZero() {
		key(&dst, c, "order")
		dst = appendOrder(dst, &d.Order)
	}
	if !d.PM.isZero() {
		key(&dst, c, "paymentMethod")
		dst = appendPaymentMethod(dst, &d.PM)
	}
	return dst
}

func (o *OrderData) isZero() bool {
	return len(o.LineItems) == 0 && len(o.Fees) == 0 && o.CountryCode == "" &&
		o.RetailerCountryCode == "" && o.Shipping.IsZero()
}

func (pm *PaymentMethodData) isZero() bool {
	return !pm.VaultOnSuccess.IsSet() && !pm.VaultOn3DS.IsSet() && !pm.VaultOnAgreement.IsSet() &&
		pm.Descriptor == "" && pm.PaymentType == "" && len(pm.Networks) == 0 && len(pm.Options) == 0 &&
		pm.AuthorizationType == "" && pm.FirstPaymentReason == ""
}

func appendCustomer(dst []byte, cu *Customer) []byte {
	dst = append(dst, '{')
	c := false
	strField(&dst, &c, "emailAddress", cu.EmailAddress)
	strField(&dst, &c, "mobileNumber", cu.MobileNumber)
	strField(&dst, &c, "firstName", cu.FirstName)
	strField(&dst, &c, "lastName", cu.LastName)
	if !cu.BillingAddress.IsZero() {
		key(&dst, &c, "billingAddress")
		dst = appendAddress(dst, &cu.BillingAddress)
	}
	if !cu.ShippingAddress.IsZero() {
		key(&dst, &c, "shippingAddress")
		dst = appendAddress(dst, &cu.ShippingAddress)
	}
	strField(&dst, &c, "taxId", cu.TaxID)
	strField(&dst, &c, "nationalDocumentId", cu.NationalDocumentID)
	return append(dst, '}')
}

func appendAddress(dst []byte, a *Address) []byte {
	dst = append(dst, '{')
	c := false
	strField(&dst, &c, "firstName", a.FirstName)
	strField(&dst, &c, "lastName", a.LastName)
	strField(&dst, &c, "addressLine1", a.AddressLine1)
	strField(&dst, &c, "addressLine2", a.AddressLine2)
	strField(&dst, &c, "city", a.City)
	strField(&dst, &c, "state", a.State)
	strField(&dst, &c, "countryCode", a.CountryCode)
	strField(&dst, &c, "postalCode", a.PostalCode)
	return append(dst, '}')
}

func appendOrder(dst []byte, o *OrderData) []byte {
	dst = append(dst, '{')
	c := false
	if len(o.LineItems) > 0 {
		key(&dst, &c, "lineItems")
		dst = appendLineItems(dst, o.LineItems)
	}
	strField(&dst, &c, "countryCode", o.CountryCode)
	strField(&dst, &c, "retailerCountryCode", o.RetailerCountryCode)
	if len(o.Fees) > 0 {
		key(&dst, &c, "fees")
		dst = appendFees(dst, o.Fees)
	}
	if !o.Shipping.IsZero() {
		key(&dst, &c, "shipping")
		dst = appendShipping(dst, &o.Shipping)
	}
	return append(dst, '}')
}

// appendLineItems and appendFees write a JSON array of line items, of fees
// (direct calls, so that the element encoders can be inlined).
func appendLineItems(dst []byte, items []LineItem) []byte {
	dst = append(dst, '[')
	for i := range items {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendLineItem(dst, &items[i])
	}
	return append(dst, ']')
}

func appendFees(dst []byte, fees []Fee) []byte {
	dst = append(dst, '[')
	for i := range fees {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendFee(dst, &fees[i])
	}
	return append(dst, ']')
}

func appendFee(dst []byte, f *Fee) []byte {
	dst = append(dst, '{')
	c := false
	strField(&dst, &c, "type", f.Type)
	intField(&dst, &c, "amount", f.Amount)
	strField(&dst, &c, "description", f.Description)
	return append(dst, '}')
}

func appendShipping(dst []byte, s *Shipping) []byte {
	dst = append(dst, '{')
	c := false
	intField(&dst, &c, "amount", s.Amount)
	strField(&dst, &c, "methodId", s.MethodID)
	strField(&dst, &c, "methodName", s.MethodName)
	strField(&dst, &c, "methodDescription", s.MethodDescription)
	return append(dst, '}')
}

func appendLineItem(dst []byte, li *LineItem) []byte {
	dst = append(dst, '{')
	c := false
	strField(&dst, &c, "itemId", li.ItemID)
	strField(&dst, &c, "name", li.Name)
	strField(&dst, &c, "description", li.Description)
	intField(&dst, &c, "amount", li.Amount)
	intField(&dst, &c, "quantity", li.Quantity)
	intField(&dst, &c, "discountAmount", li.DiscountAmount)
	intField(&dst, &c, "taxAmount", li.TaxAmount)
	strField(&dst, &c, "taxCode", li.TaxCode)
	strField(&dst, &c, "productType", li.ProductType)
	if p := &li.ProductData; !p.IsZero() {
		key(&dst, &c, "productData")
		dst = append(dst, '{')
		pc := false
		strField(&dst, &pc, "sku", p.SKU)
		strField(&dst, &pc, "brand", p.Brand)
		strField(&dst, &pc, "color", p.Color)
		strField(&dst, &pc, "globalTradeItemNumber", p.GlobalTradeItemNumber)
		strField(&dst, &pc, "manufacturerPartNumber", p.ManufacturerPartNumber)
		if p.Weight != "" {
			key(&dst, &pc, "weight")
			dst = append(dst, p.Weight...) // a JSON number literal (New checks it)
		}
		strField(&dst, &pc, "weightUnit", p.WeightUnit)
		strField(&dst, &pc, "pageUrl", p.PageURL)
		dst = append(dst, '}')
	}
	return append(dst, '}')
}

func appendPaymentMethod(dst []byte, pm *PaymentMethodData) []byte {
	dst = append(dst, '{')
	c := false
	boolField(&dst, &c, "vaultOnSuccess", pm.VaultOnSuccess)
	boolField(&dst, &c, "vaultOn3DS", pm.VaultOn3DS)
	boolField(&dst, &c, "vaultOnAgreement", pm.VaultOnAgreement)
	strField(&dst, &c, "descriptor", pm.Descriptor)
	strField(&dst, &c, "paymentType", pm.PaymentType)
	if len(pm.Networks) > 0 {
		key(&dst, &c, "orderedAllowedCardNetworks")
		dst = jsontext.AppendStrings(dst, pm.Networks)
	}
	if len(pm.Options) > 0 {
		key(&dst, &c, "options")
		dst = append(dst, '{')
		for i := range pm.Options {
			if i > 0 {
				dst = append(dst, ',')
			}
			o := &pm.Options[i]
			dst = jsontext.AppendString(dst, o.Type)
			dst = append(dst, ':')
			dst = appendMethodOptions(dst, o)
		}
		dst = append(dst, '}')
	}
	strField(&dst, &c, "authorizationType", pm.AuthorizationType)
	strField(&dst, &c, "firstPaymentReason", pm.FirstPaymentReason)
	return append(dst, '}')
}

func appendMethodOptions(dst []byte, o *MethodOptionsData) []byte {
	dst = append(dst, '{')
	c := false
	if o.Surcharge.IsSet() {
		key(&dst, &c, "surcharge")
		dst = appendSurcharge(dst, o.Surcharge)
	}
	if len(o.Networks) > 0 {
		key(&dst, &c, "networks")
		dst = append(dst, '{')
		for i, n := range o.Networks {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = jsontext.AppendString(dst, n.Name)
			dst = append(dst, ':', '{')
			if n.Surcharge.IsSet() {
				dst = append(dst, `"surcharge":`...)
				dst = appendSurcharge(dst, n.Surcharge)
			}
			dst = append(dst, '}')
		}
		dst = append(dst, '}')
	}
	boolField(&dst, &c, "captureVaultedCardCvv", o.CaptureCVV)
	strField(&dst, &c, "merchantName", o.Merchant)
	valueField(&dst, &c, "extraMerchantData", o.Extra)
	valueField(&dst, &c, "recurringPaymentRequest", o.Recurring)
	valueField(&dst, &c, "deferredPaymentRequest", o.Deferred)
	valueField(&dst, &c, "automaticReloadRequest", o.Reload)
	return append(dst, '}')
}

func appendSurcharge(dst []byte, amount Opt[int64]) []byte {
	dst = append(dst, `{"amount":`...)
	dst = strconv.AppendInt(dst, amount.Or(0), 10)
	return append(dst, '}')
}

// appendMembers writes an object's members, already in key order.
func appendMembers(dst []byte, ms []jsonvalue.Member) []byte {
	dst = append(dst, '{')
	for i := range ms {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = jsontext.AppendString(dst, ms[i].Key)
		dst = append(dst, ':')
		dst = ms[i].Value.AppendJSON(dst)
	}
	return append(dst, '}')
}

// appendJSONValue writes v, or null when v is absent (a field whose presence
// the caller has already decided on).
func appendJSONValue(dst []byte, v jsonvalue.Value) []byte {
	if v.IsAbsent() {
		return append(dst, "null"...)
	}
	return v.AppendJSON(dst)
}
