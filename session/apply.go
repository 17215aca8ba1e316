package session

import "slices"

// Apply returns the session with the patch applied, following Primer's PATCH
// semantics. The session s is not changed.
//
//   - A field absent from the patch keeps its value; a field set to null is
//     cleared; a field with a value is replaced. "amount": null removes the
//     override, so the amount is calculated from the order again.
//   - Arrays (order.lineItems, order.fees,
//     paymentMethod.orderedAllowedCardNetworks) are replaced whole, never
//     merged element by element.
//   - customer and order merge key by key: each of their fields present in the
//     patch replaces the old one whole (billingAddress, shippingAddress and
//     shipping are replaced as whole objects), the others are kept.
//     "customer": null and "order": null clear the whole object.
//   - metadata is replaced whole ("metadata": null clears it).
//   - paymentMethod is replaced whole except its options, which a PATCH can
//     never change (DecodePatch rejects them) and which are therefore always
//     kept from s. "paymentMethod": null clears every payment-method field
//     except the options.
//
// Apply cannot fail: every Patch, decoded or built, holds only values the
// model accepts, and the amount is never stored, so nothing goes stale (the
// effective amount is recomputed from the new order unless an override is
// set).
func (s Session) Apply(p Patch) Session {
	if p.p == nil {
		return s
	}
	pd := p.p
	d := *s.get() // shallow copy: the slices it shares are never written to

	applyField(&d.orderID, pd.orderID)
	applyField(&d.currencyCode, pd.currencyCode)
	applyField(&d.customerID, pd.customerID)

	switch pd.amount.st {
	case null:
		d.amount = Opt[int64]{}
	case present:
		d.amount = Some(pd.amount.v)
	}

	switch pd.customer.st {
	case null:
		d.customer = Customer{}
	case present:
		c := &pd.customer.v
		applyField(&d.customer.EmailAddress, c.emailAddress)
		applyField(&d.customer.MobileNumber, c.mobileNumber)
		applyField(&d.customer.FirstName, c.firstName)
		applyField(&d.customer.LastName, c.lastName)
		applyField(&d.customer.BillingAddress, c.billingAddress)
		applyField(&d.customer.ShippingAddress, c.shippingAddress)
		applyField(&d.customer.TaxID, c.taxID)
		applyField(&d.customer.NationalDocumentID, c.nationalDocumentID)
	}

	switch pd.order.st {
	case null:
		d.order = orderData{}
	case present:
		o := &pd.order.v
		applySlice(&d.order.lineItems, o.lineItems)
		applyField(&d.order.countryCode, o.countryCode)
		applyField(&d.order.retailerCountryCode, o.retailerCountryCode)
		applySlice(&d.order.fees, o.fees)
		applyField(&d.order.shipping, o.shipping)
	}

	applySlice(&d.metadata, pd.metadata)

	switch pd.paymentMethod.st {
	case null:
		d.pm = paymentMethodData{options: d.pm.options}
	case present:
		opts := d.pm.options
		d.pm = pd.paymentMethod.v
		d.pm.networks = cloneNil(d.pm.networks)
		d.pm.options = opts
	}
	return Session{d: &d}
}

// applyField applies one patch field to a value whose zero means absent.
func applyField[T any](dst *T, f pfield[T]) {
	switch f.st {
	case null:
		var zero T
		*dst = zero
	case present:
		*dst = f.v
	}
}

// applySlice applies a patch field holding an array: it is replaced whole, by
// a copy, so the patch and the session never share memory.
func applySlice[T any](dst *[]T, f pfield[[]T]) {
	switch f.st {
	case null:
		*dst = nil
	case present:
		*dst = cloneNil(f.v)
	}
}

// IsEmpty reports whether the patch changes nothing: no field is present or
// null. (A patch whose customer or order is an empty object, {"order":{}},
// is empty too: it names no field to change.)
func (p Patch) IsEmpty() bool {
	pd := p.p
	if pd == nil {
		return true
	}
	return pd.orderID.st == absent && pd.currencyCode.st == absent && pd.customerID.st == absent &&
		pd.amount.st == absent && pd.metadata.st == absent && pd.paymentMethod.st == absent &&
		(pd.customer.st == absent || (pd.customer.st == present && pd.customer.v == customerPatch{})) &&
		(pd.order.st == absent || (pd.order.st == present && pd.order.v.isEmpty()))
}

func (o *orderPatch) isEmpty() bool {
	return o.lineItems.st == absent && o.countryCode.st == absent && o.retailerCountryCode.st == absent &&
		o.fees.st == absent && o.shipping.st == absent
}

// clonePatchData returns a copy of pd that shares no slice with it, for the
// builder's copy-on-write.
func clonePatchData(pd *patchData) *patchData {
	if pd == nil {
		return &patchData{}
	}
	c := *pd
	c.metadata.v = slices.Clone(c.metadata.v)
	c.order.v.lineItems.v = slices.Clone(c.order.v.lineItems.v)
	c.order.v.fees.v = slices.Clone(c.order.v.fees.v)
	c.paymentMethod.v.networks = slices.Clone(c.paymentMethod.v.networks)
	c.paymentMethod.v.options = nil
	return &c
}
