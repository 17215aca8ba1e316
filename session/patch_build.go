package session

import (
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/jsonvalue"
)

// PatchBuilder builds a Patch in Go, without JSON. Each Set method puts a
// value in the patch (the field is "present"), each Clear method puts null
// (the field is cleared when the patch is applied); a field no method touched
// stays absent and is left alone. For one field the last call wins.
//
// Setting a string field to "" is the same as clearing it (the model spells
// absent as ""), and the patch holds it as cleared: it is written as null.
// Setting an address or the shipping to its zero value has the same effect
// as clearing it too.
//
// Every patch DecodePatch accepts can be built: each field of the body has
// its Set and Clear method, and Build gives a Patch Equal to the decoded one.
//
// The zero PatchBuilder is ready to use. Build returns an immutable Patch; the
// builder may be used further without changing the patches it built. The
// builder copies every slice and map it is given.
//
//	p, err := new(session.PatchBuilder).SetAmount(700).SetCustomerEmail("x@y.z").Build()
type PatchBuilder struct {
	d model.PatchData
	// pmOptions is true when SetPaymentMethod was given options, which a
	// patch cannot carry.
	pmOptions bool
}

// SetOrderID sets orderId.
func (b *PatchBuilder) SetOrderID(id string) *PatchBuilder {
	model.SetStr(&b.d.OrderID, id)
	return b
}

// ClearOrderID clears orderId.
func (b *PatchBuilder) ClearOrderID() *PatchBuilder {
	b.d.OrderID = model.Field[string]{St: model.Null}
	return b
}

// SetCurrencyCode sets currencyCode (not checked here; validation does).
func (b *PatchBuilder) SetCurrencyCode(code string) *PatchBuilder {
	model.SetStr(&b.d.CurrencyCode, code)
	return b
}

// ClearCurrencyCode clears currencyCode.
func (b *PatchBuilder) ClearCurrencyCode() *PatchBuilder {
	b.d.CurrencyCode = model.Field[string]{St: model.Null}
	return b
}

// SetCustomerID sets customerId.
func (b *PatchBuilder) SetCustomerID(id string) *PatchBuilder {
	model.SetStr(&b.d.CustomerID, id)
	return b
}

// ClearCustomerID clears customerId.
func (b *PatchBuilder) ClearCustomerID() *PatchBuilder {
	b.d.CustomerID = model.Field[string]{St: model.Null}
	return b
}

// SetAmount sets the top-level amount, the override of the calculated amount.
func (b *PatchBuilder) SetAmount(minor int64) *PatchBuilder {
	b.d.Amount = model.Field[int64]{St: model.Present, V: minor}
	return b
}

// ClearAmount removes the override ("amount": null): the amount is calculated
// from the order again.
func (b *PatchBuilder) ClearAmount() *PatchBuilder {
	b.d.Amount = model.Field[int64]{St: model.Null}
	return b
}

// customer returns the customer part, making it present (it merges key by
// key) unless it already is.
func (b *PatchBuilder) customer() *model.CustomerPatch {
	if b.d.Customer.St != model.Present {
		b.d.Customer = model.Field[model.CustomerPatch]{St: model.Present}
	}
	return &b.d.Customer.V
}

// SetCustomerEmail sets customer.emailAddress, keeping the customer's other
// fields.
func (b *PatchBuilder) SetCustomerEmail(email string) *PatchBuilder {
	model.SetStr(&b.customer().EmailAddress, email)
	return b
}

// SetCustomerName sets customer.firstName and customer.lastName, keeping the
// customer's other fields.
func (b *PatchBuilder) SetCustomerName(first, last string) *PatchBuilder {
	c := b.customer()
	model.SetStr(&c.FirstName, first)
	model.SetStr(&c.LastName, last)
	return b
}

// SetBillingAddress replaces customer.billingAddress whole.
func (b *PatchBuilder) SetBillingAddress(a Address) *PatchBuilder {
	b.customer().BillingAddress = model.Field[model.Address]{St: model.Present, V: model.Address(a)}
	return b
}

// ClearBillingAddress clears customer.billingAddress.
func (b *PatchBuilder) ClearBillingAddress() *PatchBuilder {
	b.customer().BillingAddress = model.Field[model.Address]{St: model.Null}
	return b
}

// SetShippingAddress replaces customer.shippingAddress whole.
func (b *PatchBuilder) SetShippingAddress(a Address) *PatchBuilder {
	b.customer().ShippingAddress = model.Field[model.Address]{St: model.Present, V: model.Address(a)}
	return b
}

// ClearShippingAddress clears customer.shippingAddress.
func (b *PatchBuilder) ClearShippingAddress() *PatchBuilder {
	b.customer().ShippingAddress = model.Field[model.Address]{St: model.Null}
	return b
}

// ClearCustomerEmail clears customer.emailAddress.
func (b *PatchBuilder) ClearCustomerEmail() *PatchBuilder {
	b.customer().EmailAddress = model.Field[string]{St: model.Null}
	return b
}

// SetCustomerMobileNumber sets customer.mobileNumber, keeping the customer's
// other fields.
func (b *PatchBuilder) SetCustomerMobileNumber(number string) *PatchBuilder {
	model.SetStr(&b.customer().MobileNumber, number)
	return b
}

// ClearCustomerMobileNumber clears customer.mobileNumber.
func (b *PatchBuilder) ClearCustomerMobileNumber() *PatchBuilder {
	b.customer().MobileNumber = model.Field[string]{St: model.Null}
	return b
}

// SetCustomerFirstName sets customer.firstName, keeping the customer's other
// fields.
func (b *PatchBuilder) SetCustomerFirstName(name string) *PatchBuilder {
	model.SetStr(&b.customer().FirstName, name)
	return b
}

// ClearCustomerFirstName clears customer.firstName.
func (b *PatchBuilder) ClearCustomerFirstName() *PatchBuilder {
	b.customer().FirstName = model.Field[string]{St: model.Null}
	return b
}

// SetCustomerLastName sets customer.lastName, keeping the customer's other
// fields.
func (b *PatchBuilder) SetCustomerLastName(name string) *PatchBuilder {
	model.SetStr(&b.customer().LastName, name)
	return b
}

// ClearCustomerLastName clears customer.lastName.
func (b *PatchBuilder) ClearCustomerLastName() *PatchBuilder {
	b.customer().LastName = model.Field[string]{St: model.Null}
	return b
}

// SetCustomerTaxID sets customer.taxId, keeping the customer's other fields.
func (b *PatchBuilder) SetCustomerTaxID(id string) *PatchBuilder {
	model.SetStr(&b.customer().TaxID, id)
	return b
}

// ClearCustomerTaxID clears customer.taxId.
func (b *PatchBuilder) ClearCustomerTaxID() *PatchBuilder {
	b.customer().TaxID = model.Field[string]{St: model.Null}
	return b
}

// SetCustomerNationalDocumentID sets customer.nationalDocumentId, keeping
// the customer's other fields.
func (b *PatchBuilder) SetCustomerNationalDocumentID(id string) *PatchBuilder {
	model.SetStr(&b.customer().NationalDocumentID, id)
	return b
}

// ClearCustomerNationalDocumentID clears customer.nationalDocumentId.
func (b *PatchBuilder) ClearCustomerNationalDocumentID() *PatchBuilder {
	b.customer().NationalDocumentID = model.Field[string]{St: model.Null}
	return b
}

// ClearCustomer clears the whole customer ("customer": null), discarding the
// customer fields set on this builder before.
func (b *PatchBuilder) ClearCustomer() *PatchBuilder {
	b.d.Customer = model.Field[model.CustomerPatch]{St: model.Null}
	return b
}

// order returns the order part, making it present (it merges key by key)
// unless it already is.
func (b *PatchBuilder) order() *model.OrderPatch {
	if b.d.Order.St != model.Present {
		b.d.Order = model.Field[model.OrderPatch]{St: model.Present}
	}
	return &b.d.Order.V
}

// SetLineItems replaces order.lineItems whole (a copy of items).
func (b *PatchBuilder) SetLineItems(items []LineItem) *PatchBuilder {
	b.order().LineItems = model.Field[[]model.LineItem]{St: model.Present, V: lineItemsIn(items)}
	return b
}

// ClearLineItems clears order.lineItems.
func (b *PatchBuilder) ClearLineItems() *PatchBuilder {
	b.order().LineItems = model.Field[[]model.LineItem]{St: model.Null}
	return b
}

// SetFees replaces order.fees whole (a copy of fees).
func (b *PatchBuilder) SetFees(fees []Fee) *PatchBuilder {
	b.order().Fees = model.Field[[]model.Fee]{St: model.Present, V: feesIn(fees)}
	return b
}

// ClearFees clears order.fees.
func (b *PatchBuilder) ClearFees() *PatchBuilder {
	b.order().Fees = model.Field[[]model.Fee]{St: model.Null}
	return b
}

// SetShipping replaces order.shipping whole.
func (b *PatchBuilder) SetShipping(s Shipping) *PatchBuilder {
	b.order().Shipping = model.Field[model.Shipping]{St: model.Present, V: shippingIn(s)}
	return b
}

// ClearShipping clears order.shipping.
func (b *PatchBuilder) ClearShipping() *PatchBuilder {
	b.order().Shipping = model.Field[model.Shipping]{St: model.Null}
	return b
}

// SetOrderCountryCode sets order.countryCode.
func (b *PatchBuilder) SetOrderCountryCode(code string) *PatchBuilder {
	model.SetStr(&b.order().CountryCode, code)
	return b
}

// ClearOrderCountryCode clears order.countryCode.
func (b *PatchBuilder) ClearOrderCountryCode() *PatchBuilder {
	b.order().CountryCode = model.Field[string]{St: model.Null}
	return b
}

// SetRetailerCountryCode sets order.retailerCountryCode.
func (b *PatchBuilder) SetRetailerCountryCode(code string) *PatchBuilder {
	model.SetStr(&b.order().RetailerCountryCode, code)
	return b
}

// ClearRetailerCountryCode clears order.retailerCountryCode.
func (b *PatchBuilder) ClearRetailerCountryCode() *PatchBuilder {
	b.order().RetailerCountryCode = model.Field[string]{St: model.Null}
	return b
}

// ClearOrder clears the whole order ("order": null), discarding the order
// fields set on this builder before.
func (b *PatchBuilder) ClearOrder() *PatchBuilder {
	b.d.Order = model.Field[model.OrderPatch]{St: model.Null}
	return b
}

// SetMetadata replaces metadata whole (a copy of m; an entry whose value is
// absent is left out).
func (b *PatchBuilder) SetMetadata(m map[string]jsonvalue.Value) *PatchBuilder {
	b.d.Metadata = model.Field[[]jsonvalue.Member]{St: model.Present, V: model.MembersOf(m)}
	return b
}

// ClearMetadata clears metadata.
func (b *PatchBuilder) ClearMetadata() *PatchBuilder {
	b.d.Metadata = model.Field[[]jsonvalue.Member]{St: model.Null}
	return b
}

// SetPaymentMethod replaces paymentMethod whole, except its options, which a
// patch cannot change: pm.Options must be empty, or Build fails with
// fielderr.CodeNotPatchable at $.paymentMethod.options.
func (b *PatchBuilder) SetPaymentMethod(pm PaymentMethod) *PatchBuilder {
	b.pmOptions = len(pm.Options) > 0
	pm.Options = nil
	b.d.PaymentMethod = model.Field[model.PaymentMethodData]{St: model.Present, V: paymentMethodIn(pm)}
	return b
}

// ClearPaymentMethod clears paymentMethod ("paymentMethod": null): every
// payment-method field except the options, which a patch never changes.
func (b *PatchBuilder) ClearPaymentMethod() *PatchBuilder {
	b.pmOptions = false
	b.d.PaymentMethod = model.Field[model.PaymentMethodData]{St: model.Null}
	return b
}

// Build returns the patch. It fails, with a fielderr.List, where the patch
// could not be applied to a session: a line item's productData.weight that is
// not a JSON number (as New checks), or payment-method options
// (fielderr.CodeNotPatchable).
func (b *PatchBuilder) Build() (Patch, error) {
	var errs fielderr.List
	if b.d.Order.St == model.Present && b.d.Order.V.LineItems.St == model.Present {
		errs = model.CheckWeights(errs, b.d.Order.V.LineItems.V)
	}
	if b.pmOptions {
		errs = append(errs, fielderr.Error{
			Path:    "$.paymentMethod.options",
			Code:    fielderr.CodeNotPatchable,
			Message: "payment-method options cannot be changed by a PATCH",
		})
	}
	if len(errs) > 0 {
		return Patch{}, errs.Bounded()
	}
	return Patch{p: model.ClonePatch(&b.d)}, nil
}
