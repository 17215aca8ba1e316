package session

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
func (p Patch) AppendJSON(dst []byte) []byte {
	dst = append(dst, '{')
	pd := p.p
	if pd == nil {
		return append(dst, '}')
	}
	c := false
	pstrField(&dst, &c, "customerId", pd.customerID)
	pstrField(&dst, &c, "orderId", pd.orderID)
	pstrField(&dst, &c, "currencyCode", pd.currencyCode)
	if ok := pkey(&dst, &c, "amount", pd.amount.st); ok {
		dst = strconv.AppendInt(dst, pd.amount.v, 10)
	}
	if ok := pkey(&dst, &c, "metadata", pd.metadata.st); ok {
		dst = appendMembers(dst, pd.metadata.v)
	}
	if ok := pkey(&dst, &c, "customer", pd.customer.st); ok {
		dst = appendCustomerPatch(dst, &pd.customer.v)
	}
	if ok := pkey(&dst, &c, "order", pd.order.st); ok {
		dst = appendOrderPatch(dst, &pd.order.v)
	}
	if ok := pkey(&dst, &c, "paymentMethod", pd.paymentMethod.st); ok {
		dst = appendPaymentMethod(dst, &pd.paymentMethod.v)
	}
	return append(dst, '}')
}

// MarshalJSON returns AppendJSON's PATCH body, for encoding/json. It never
// fails.
func (p Patch) MarshalJSON() ([]byte, error) { return p.AppendJSON(nil), nil }

// UnmarshalJSON reads a PATCH body into p with DecodePatch's rules. Errors
// are DecodePatch's fielderr.List; on error *p is left unchanged.
func (p *Patch) UnmarshalJSON(b []byte) error {
	v, err := DecodePatch(b)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// pkey writes the key of a patch field that is not absent, and null for a
// cleared one. It reports whether the caller must write the value.
func pkey(dst *[]byte, comma *bool, k string, st presence) bool {
	switch st {
	case null:
		key(dst, comma, k)
		*dst = append(*dst, "null"...)
	case present:
		key(dst, comma, k)
		return true
	}
	return false
}

// pstrField writes a patch string field; an empty string is written as null,
// which has the same effect (the model spells absent as "").
func pstrField(dst *[]byte, comma *bool, k string, f pfield[string]) {
	st := f.st
	if st == present && f.v == "" {
		st = null
	}
	if pkey(dst, comma, k, st) {
		*dst = jsontext.AppendString(*dst, f.v)
	}
}

func paddrField(dst *[]byte, comma *bool, k string, f pfield[Address]) {
	if pkey(dst, comma, k, f.st) {
		*dst = appendAddress(*dst, &f.v)
	}
}

func appendCustomerPatch(dst []byte, cp *customerPatch) []byte {
	dst = append(dst, '{')
	c := false
	pstrField(&dst, &c, "emailAddress", cp.emailAddress)
	pstrField(&dst, &c, "mobileNumber", cp.mobileNumber)
	pstrField(&dst, &c, "firstName", cp.firstName)
	pstrField(&dst, &c, "lastName", cp.lastName)
	paddrField(&dst, &c, "billingAddress", cp.billingAddress)
	paddrField(&dst, &c, "shippingAddress", cp.shippingAddress)
	pstrField(&dst, &c, "taxId", cp.taxID)
	pstrField(&dst, &c, "nationalDocumentId", cp.nationalDocumentID)
	return append(dst, '}')
}

func appendOrderPatch(dst []byte, op *orderPatch) []byte {
	dst = append(dst, '{')
	c := false
	if pkey(&dst, &c, "lineItems", op.lineItems.st) {
		dst = appendLineItems(dst, op.lineItems.v)
	}
	pstrField(&dst, &c, "countryCode", op.countryCode)
	pstrField(&dst, &c, "retailerCountryCode", op.retailerCountryCode)
	if pkey(&dst, &c, "fees", op.fees.st) {
		dst = appendFees(dst, op.fees.v)
	}
	if pkey(&dst, &c, "shipping", op.shipping.st) {
		dst = appendShipping(dst, &op.shipping.v)
	}
	return append(dst, '}')
}

// Equal reports whether p and q make the same change field by field: each
// field absent in both, cleared in both, or set to Equal values in both (an
// empty list and a nil one are the same).
func (p Patch) Equal(q Patch) bool {
	a, b := p.p, q.p
	if a == nil {
		a = &patchData{}
	}
	if b == nil {
		b = &patchData{}
	}
	eqMembers := func(x, y []jsonvalue.Member) bool {
		return slices.EqualFunc(x, y, func(m, n jsonvalue.Member) bool { return m.Key == n.Key && m.Value.Equal(n.Value) })
	}
	return a.orderID == b.orderID && a.currencyCode == b.currencyCode && a.customerID == b.customerID &&
		a.amount == b.amount && a.customer == b.customer &&
		pfieldEqual(a.metadata, b.metadata, eqMembers) &&
		pfieldEqual(a.paymentMethod, b.paymentMethod, func(x, y paymentMethodData) bool { return x.equal(&y) }) &&
		pfieldEqual(a.order, b.order, func(x, y orderPatch) bool {
			return x.countryCode == y.countryCode && x.retailerCountryCode == y.retailerCountryCode &&
				x.shipping == y.shipping &&
				pfieldEqual(x.lineItems, y.lineItems, slices.Equal[[]LineItem]) &&
				pfieldEqual(x.fees, y.fees, slices.Equal[[]Fee])
		})
}

// pfieldEqual compares two patch fields: the same state and, when present,
// values eq says are equal.
func pfieldEqual[T any](x, y pfield[T], eq func(T, T) bool) bool {
	return x.st == y.st && (x.st != present || eq(x.v, y.v))
}
