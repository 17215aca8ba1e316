package model

import (
	"slices"
	"strconv"

	"github.com/paysession/paysession/internal/jsontext"
	"github.com/paysession/paysession/jsonvalue"
)

// AppendJSON appends the patch as a PATCH request body, the JSON a Go client
// sends to Primer: compact, with the fields in AppendRequestJSON's order, a
// field the patch clears written as null, a field it sets written as
// AppendRequestJSON writes it, and a field it leaves alone left out. customer
// and order are written with only the keys they change. The zero Patch is
// {}.
//
// DecodePatch reads it back Equal to p, for every patch whose strings are
// valid UTF-8 (invalid bytes are written as U+FFFD).
func AppendPatch(dst []byte, pd *PatchData) []byte {
	dst = append(dst, '{')
	if pd == nil {
		return append(dst, '}')
	}
	c := false
	pstrField(&dst, &c, "customerId", pd.CustomerID)
	pstrField(&dst, &c, "orderId", pd.OrderID)
	pstrField(&dst, &c, "currencyCode", pd.CurrencyCode)
	if ok := pkey(&dst, &c, "amount", pd.Amount.St); ok {
		dst = strconv.AppendInt(dst, pd.Amount.V, 10)
	}
	if ok := pkey(&dst, &c, "metadata", pd.Metadata.St); ok {
		dst = appendMembers(dst, pd.Metadata.V)
	}
	if ok := pkey(&dst, &c, "customer", pd.Customer.St); ok {
		dst = appendCustomerPatch(dst, &pd.Customer.V)
	}
	if ok := pkey(&dst, &c, "order", pd.Order.St); ok {
		dst = appendOrderPatch(dst, &pd.Order.V)
	}
	if ok := pkey(&dst, &c, "paymentMethod", pd.PaymentMethod.St); ok {
		dst = appendPaymentMethod(dst, &pd.PaymentMethod.V)
	}
	return append(dst, '}')
}

// pkey writes the key of a patch field that is not absent, and null for a
// cleared one. It reports whether the caller must write the value.
func pkey(dst *[]byte, comma *bool, k string, st Presence) bool {
	switch st {
	case Null:
		key(dst, comma, k)
		*dst = append(*dst, "null"...)
	case Present:
		key(dst, comma, k)
		return true
	}
	return false
}

// pstrField writes a patch string field; an empty string is written as null,
// which has the same effect (the model spells absent as "").
func pstrField(dst *[]byte, comma *bool, k string, f Field[string]) {
	st := f.St
	if st == Present && f.V == "" {
		st = Null
	}
	if pkey(dst, comma, k, st) {
		*dst = jsontext.AppendString(*dst, f.V)
	}
}

func paddrField(dst *[]byte, comma *bool, k string, f Field[Address]) {
	if pkey(dst, comma, k, f.St) {
		*dst = appendAddress(*dst, &f.V)
	}
}

func appendCustomerPatch(dst []byte, cp *CustomerPatch) []byte {
	dst = append(dst, '{')
	c := false
	pstrField(&dst, &c, "emailAddress", cp.EmailAddress)
	pstrField(&dst, &c, "mobileNumber", cp.MobileNumber)
	pstrField(&dst, &c, "firstName", cp.FirstName)
	pstrField(&dst, &c, "lastName", cp.LastName)
	paddrField(&dst, &c, "billingAddress", cp.BillingAddress)
	paddrField(&dst, &c, "shippingAddress", cp.ShippingAddress)
	pstrField(&dst, &c, "taxId", cp.TaxID)
	pstrField(&dst, &c, "nationalDocumentId", cp.NationalDocumentID)
	return append(dst, '}')
}

func appendOrderPatch(dst []byte, op *OrderPatch) []byte {
	dst = append(dst, '{')
	c := false
	if pkey(&dst, &c, "lineItems", op.LineItems.St) {
		dst = appendLineItems(dst, op.LineItems.V)
	}
	pstrField(&dst, &c, "countryCode", op.CountryCode)
	pstrField(&dst, &c, "retailerCountryCode", op.RetailerCountryCode)
	if pkey(&dst, &c, "fees", op.Fees.St) {
		dst = appendFees(dst, op.Fees.V)
	}
	if pkey(&dst, &c, "shipping", op.Shipping.St) {
		dst = appendShipping(dst, &op.Shipping.V)
	}
	return append(dst, '}')
}

// Equal reports whether p and q make the same change field by field: each
// field absent in both, cleared in both, or set to Equal values in both (an
// empty list and a nil one are the same).
func PatchEqual(a, b *PatchData) bool {
	if a == nil {
		a = &PatchData{}
	}
	if b == nil {
		b = &PatchData{}
	}
	eqMembers := func(x, y []jsonvalue.Member) bool {
		return slices.EqualFunc(x, y, func(m, n jsonvalue.Member) bool { return m.Key == n.Key && m.Value.Equal(n.Value) })
	}
	return a.OrderID == b.OrderID && a.CurrencyCode == b.CurrencyCode && a.CustomerID == b.CustomerID &&
		a.Amount == b.Amount && a.Customer == b.Customer &&
		pfieldEqual(a.Metadata, b.Metadata, eqMembers) &&
		pfieldEqual(a.PaymentMethod, b.PaymentMethod, func(x, y PaymentMethodData) bool { return x.Equal(&y) }) &&
		pfieldEqual(a.Order, b.Order, func(x, y OrderPatch) bool {
			return x.CountryCode == y.CountryCode && x.RetailerCountryCode == y.RetailerCountryCode &&
				x.Shipping == y.Shipping &&
				pfieldEqual(x.LineItems, y.LineItems, slices.Equal[[]LineItem]) &&
				pfieldEqual(x.Fees, y.Fees, slices.Equal[[]Fee])
		})
}

// pfieldEqual compares two patch fields: the same state and, when present,
// values eq says are equal.
func pfieldEqual[T any](x, y Field[T], eq func(T, T) bool) bool {
	return x.St == y.St && (x.St != Present || eq(x.V, y.V))
}
