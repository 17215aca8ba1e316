package model

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
func Apply(old *Data, pd *PatchData) *Data {
	d := *old // shallow copy: the slices it shares are never written to

	applyField(&d.OrderID, pd.OrderID)
	applyField(&d.CurrencyCode, pd.CurrencyCode)
	applyField(&d.CustomerID, pd.CustomerID)

	switch pd.Amount.St {
	case Null:
		d.Amount = Opt[int64]{}
	case Present:
		d.Amount = Some(pd.Amount.V)
	}

	switch pd.Customer.St {
	case Null:
		d.Customer = Customer{}
	case Present:
		c := &pd.Customer.V
		applyField(&d.Customer.EmailAddress, c.EmailAddress)
		applyField(&d.Customer.MobileNumber, c.MobileNumber)
		applyField(&d.Customer.FirstName, c.FirstName)
		applyField(&d.Customer.LastName, c.LastName)
		applyField(&d.Customer.BillingAddress, c.BillingAddress)
		applyField(&d.Customer.ShippingAddress, c.ShippingAddress)
		applyField(&d.Customer.TaxID, c.TaxID)
		applyField(&d.Customer.NationalDocumentID, c.NationalDocumentID)
	}

	switch pd.Order.St {
	case Null:
		d.Order = OrderData{}
	case Present:
		o := &pd.Order.V
		applySlice(&d.Order.LineItems, o.LineItems)
		applyField(&d.Order.CountryCode, o.CountryCode)
		applyField(&d.Order.RetailerCountryCode, o.RetailerCountryCode)
		applySlice(&d.Order.Fees, o.Fees)
		applyField(&d.Order.Shipping, o.Shipping)
	}

	applySlice(&d.Metadata, pd.Metadata)

	switch pd.PaymentMethod.St {
	case Null:
		d.PM = PaymentMethodData{Options: d.PM.Options}
	case Present:
		opts := d.PM.Options
		d.PM = pd.PaymentMethod.V
		d.PM.Networks = CloneNil(d.PM.Networks)
		d.PM.Options = opts
	}
	return &d
}

// applyField applies one patch field to a value whose zero means absent.
func applyField[T any](dst *T, f Field[T]) {
	switch f.St {
	case Null:
		var zero T
		*dst = zero
	case Present:
		*dst = f.V
	}
}

// applySlice applies a patch field holding an array: it is replaced whole, by
// a copy, so the patch and the session never share memory.
func applySlice[T any](dst *[]T, f Field[[]T]) {
	switch f.St {
	case Null:
		*dst = nil
	case Present:
		*dst = CloneNil(f.V)
	}
}

// PatchIsEmpty reports whether the patch changes nothing: no field is present or
// null. (A patch whose customer or order is an empty object, {"order":{}},
// is empty too: it names no field to change.)
func PatchIsEmpty(pd *PatchData) bool {
	if pd == nil {
		return true
	}
	return pd.OrderID.St == Absent && pd.CurrencyCode.St == Absent && pd.CustomerID.St == Absent &&
		pd.Amount.St == Absent && pd.Metadata.St == Absent && pd.PaymentMethod.St == Absent &&
		(pd.Customer.St == Absent || (pd.Customer.St == Present && pd.Customer.V == CustomerPatch{})) &&
		(pd.Order.St == Absent || (pd.Order.St == Present && pd.Order.V.IsEmpty()))
}

// IsEmpty reports whether the order patch names no field to change.
func (o *OrderPatch) IsEmpty() bool {
	return o.LineItems.St == Absent && o.CountryCode.St == Absent && o.RetailerCountryCode.St == Absent &&
		o.Fees.St == Absent && o.Shipping.St == Absent
}

// ClonePatch returns a copy of pd that shares no slice with it, for the
// builder's copy-on-write.
func ClonePatch(pd *PatchData) *PatchData {
	if pd == nil {
		return &PatchData{}
	}
	c := *pd
	c.Metadata.V = slices.Clone(c.Metadata.V)
	c.Order.V.LineItems.V = slices.Clone(c.Order.V.LineItems.V)
	c.Order.V.Fees.V = slices.Clone(c.Order.V.Fees.V)
	c.PaymentMethod.V.Networks = slices.Clone(c.PaymentMethod.V.Networks)
	c.PaymentMethod.V.Options = nil
	return &c
}
