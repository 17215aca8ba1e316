package session

import (
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/jsontext"
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
	d PatchData
	// pmOptions is true when SetPaymentMethod was given options, which a
	// patch cannot carry.
	pmOptions bool
}

// SetOrderID sets orderId.
func (b *PatchBuilder) SetOrderID(id string) *PatchBuilder {
	setStr(&b.d.OrderID, id)
	return b
}

// ClearOrderID clears orderId.
func (b *PatchBuilder) ClearOrderID() *PatchBuilder {
	b.d.OrderID = Field[string]{St: Null}
	return b
}

// SetCurrencyCode sets currencyCode (not checked here; validation does).
func (b *PatchBuilder) SetCurrencyCode(code string) *PatchBuilder {
	setStr(&b.d.CurrencyCode, code)
	return b
}

// ClearCurrencyCode clears currencyCode.
func (b *PatchBuilder) ClearCurrencyCode() *PatchBuilder {
	b.d.CurrencyCode = Field[string]{St: Null}
	return b
}

// SetCustomerID sets customerId.
func (b *PatchBuilder) SetCustomerID(id string) *PatchBuilder {
	setStr(&b.d.CustomerID, id)
	return b
}

// ClearCustomerID clears customerId.
func (b *PatchBuilder) ClearCustomerID() *PatchBuilder {
	b.d.CustomerID = Field[string]{St: Null}
	return b
}

// SetAmount sets the top-level amount, the override of the calculated amount.
func (b *PatchBuilder) SetAmount(minor int64) *PatchBuilder {
	b.d.Amount = Field[int64]{St: Present, V: minor}
	return b
}

// ClearAmount removes the override ("amount": null): the amount is calculated
// from the order again.
func (b *PatchBuilder) ClearAmount() *PatchBuilder {
	b.d.Amount = Field[int64]{St: Null}
	return b
}

// customer returns the customer part, making it present (it merges key by
// key) unless it already is.
func (b *PatchBuilder) customer() *CustomerPatch {
	if b.d.Customer.St != Present {
		b.d.Customer = Field[CustomerPatch]{St: Present}
	}
	return &b.d.Customer.V
}

// SetCustomerEmail sets customer.emailAddress, keeping the customer's other
// fields.
func (b *PatchBuilder) SetCustomerEmail(email string) *PatchBuilder {
	setStr(&b.customer().EmailAddress, email)
	return b
}

// SetCustomerName sets customer.firstName and customer.lastName, keeping the
// customer's other fields.
func (b *PatchBuilder) SetCustomerName(first, last string) *PatchBuilder {
	c := b.customer()
	setStr(&c.FirstName, first)
	setStr(&c.LastName, last)
	return b
}

// SetBillingAddress replaces customer.billingAddress whole.
func (b *PatchBuilder) SetBillingAddress(a Address) *PatchBuilder {
	b.customer().BillingAddress = Field[Address]{St: Present, V: a}
	return b
}

// ClearBillingAddress clears customer.billingAddress.
func (b *PatchBuilder) ClearBillingAddress() *PatchBuilder {
	b.customer().BillingAddress = Field[Address]{St: Null}
	return b
}

// SetShippingAddress replaces customer.shippingAddress whole.
func (b *PatchBuilder) SetShippingAddress(a Address) *PatchBuilder {
	b.customer().ShippingAddress = Field[Address]{St: Present, V: a}
	return b
}

// ClearShippingAddress clears customer.shippingAddress.
func (b *PatchBuilder) ClearShippingAddress() *PatchBuilder {
	b.customer().ShippingAddress = Field[Address]{St: Null}
	return b
}

// ClearCustomerEmail clears customer.emailAddress.
func (b *PatchBuilder) ClearCustomerEmail() *PatchBuilder {
	b.customer().EmailAddress = Field[string]{St: Null}
	return b
}

// SetCustomerMobileNumber sets customer.mobileNumber, keeping the customer's
// other fields.
func (b *PatchBuilder) SetCustomerMobileNumber(number string) *PatchBuilder {
	setStr(&b.customer().MobileNumber, number)
	return b
}

// ClearCustomerMobileNumber clears customer.mobileNumber.
func (b *PatchBuilder) ClearCustomerMobileNumber() *PatchBuilder {
	b.customer().MobileNumber = Field[string]{St: Null}
	return b
}

// SetCustomerFirstName sets customer.firstName, keeping the customer's other
// fields.
func (b *PatchBuilder) SetCustomerFirstName(name string) *PatchBuilder {
	setStr(&b.customer().FirstName, name)
	return b
}

// ClearCustomerFirstName clears customer.firstName.
func (b *PatchBuilder) ClearCustomerFirstName() *PatchBuilder {
	b.customer().FirstName = Field[string]{St: Null}
	return b
}

// SetCustomerLastName sets customer.lastName, keeping the customer's other
// fields.
func (b *PatchBuilder) SetCustomerLastName(name string) *PatchBuilder {
	setStr(&b.customer().LastName, name)
	return b
}

// ClearCustomerLastName clears customer.lastName.
func (b *PatchBuilder) ClearCustomerLastName() *PatchBuilder {
	b.customer().LastName = Field[string]{St: Null}
	return b
}

// SetCustomerTaxID sets customer.taxId, keeping the customer's other fields.
func (b *PatchBuilder) SetCustomerTaxID(id string) *PatchBuilder {
	setStr(&b.customer().TaxID, id)
	return b
}

// ClearCustomerTaxID clears customer.taxId.
func (b *PatchBuilder) ClearCustomerTaxID() *PatchBuilder {
	b.customer().TaxID = Field[string]{St: Null}
	return b
}

// SetCustomerNationalDocumentID sets customer.nationalDocumentId, keeping
// the customer's other fields.
func (b *PatchBuilder) SetCustomerNationalDocumentID(id string) *PatchBuilder {
	setStr(&b.customer().NationalDocumentID, id)
	return b
}

// ClearCustomerNationalDocumentID clears customer.nationalDocumentId.
func (b *PatchBuilder) ClearCustomerNationalDocumentID() *PatchBuilder {
	b.customer().NationalDocumentID = Field[string]{St: Null}
	return b
}

// ClearCustomer clears the whole customer ("customer": null), discarding the
// customer fields set on this builder before.
func (b *PatchBuilder) ClearCustomer() *PatchBuilder {
	b.d.Customer = Field[CustomerPatch]{St: Null}
	return b
}

// order returns the order part, making it present (it merges key by key)
// unless it already is.
func (b *PatchBuilder) order() *OrderPatch {
	if b.d.Order.St != Present {
		b.d.Order = Field[OrderPatch]{St: Present}
	}
	return &b.d.Order.V
}

// SetLineItems replaces order.lineItems whole (a copy of items).
func (b *PatchBuilder) SetLineItems(items []LineItem) *PatchBuilder {
	b.order().LineItems = Field[[]LineItem]{St: Present, V: cloneNil(items)}
	return b
}

// ClearLineItems clears order.lineItems.
func (b *PatchBuilder) ClearLineItems() *PatchBuilder {
	b.order().LineItems = Field[[]LineItem]{St: Null}
	return b
}

// SetFees replaces order.fees whole (a copy of fees).
func (b *PatchBuilder) SetFees(fees []Fee) *PatchBuilder {
	b.order().Fees = Field[[]Fee]{St: Present, V: cloneNil(fees)}
	return b
}

// ClearFees clears order.fees.
func (b *PatchBuilder) ClearFees() *PatchBuilder {
	b.order().Fees = Field[[]Fee]{St: Null}
	return b
}

// SetShipping replaces order.shipping whole.
func (b *PatchBuilder) SetShipping(s Shipping) *PatchBuilder {
	b.order().Shipping = Field[Shipping]{St: Present, V: s}
	return b
}

// ClearShipping clears order.shipping.
func (b *PatchBuilder) ClearShipping() *PatchBuilder {
	b.order().Shipping = Field[Shipping]{St: Null}
	return b
}

// SetOrderCountryCode sets order.countryCode.
func (b *PatchBuilder) SetOrderCountryCode(code string) *PatchBuilder {
	setStr(&b.order().CountryCode, code)
	return b
}

// ClearOrderCountryCode clears order.countryCode.
func (b *PatchBuilder) ClearOrderCountryCode() *PatchBuilder {
	b.order().CountryCode = Field[string]{St: Null}
	return b
}

// SetRetailerCountryCode sets order.retailerCountryCode.
func (b *PatchBuilder) SetRetailerCountryCode(code string) *PatchBuilder {
	setStr(&b.order().RetailerCountryCode, code)
	return b
}

// ClearRetailerCountryCode clears order.retailerCountryCode.
func (b *PatchBuilder) ClearRetailerCountryCode() *PatchBuilder {
	b.order().RetailerCountryCode = Field[string]{St: Null}
	return b
}

// ClearOrder clears the whole order ("order": null), discarding the order
// fields set on this builder before.
func (b *PatchBuilder) ClearOrder() *PatchBuilder {
	b.d.Order = Field[OrderPatch]{St: Null}
	return b
}

// SetMetadata replaces metadata whole (a copy of m; an entry whose value is
// absent is left out).
func (b *PatchBuilder) SetMetadata(m map[string]jsonvalue.Value) *PatchBuilder {
	b.d.Metadata = Field[[]jsonvalue.Member]{St: Present, V: membersOf(m)}
	return b
}

// ClearMetadata clears metadata.
func (b *PatchBuilder) ClearMetadata() *PatchBuilder {
	b.d.Metadata = Field[[]jsonvalue.Member]{St: Null}
	return b
}

// SetPaymentMethod replaces paymentMethod whole, except its options, which a
// patch cannot change: pm.Options must be empty, or Build fails with
// fielderr.CodeNotPatchable at $.paymentMethod.options.
func (b *PatchBuilder) SetPaymentMethod(pm PaymentMethod) *PatchBuilder {
	b.pmOptions = len(pm.Options) > 0
	pm.Options = nil
	b.d.PaymentMethod = Field[PaymentMethodData]{St: Present, V: paymentMethodFromParams(pm)}
	return b
}

// ClearPaymentMethod clears paymentMethod ("paymentMethod": null): every
// payment-method field except the options, which a patch never changes.
func (b *PatchBuilder) ClearPaymentMethod() *PatchBuilder {
	b.pmOptions = false
	b.d.PaymentMethod = Field[PaymentMethodData]{St: Null}
	return b
}

// Build returns the patch. It fails, with a fielderr.List, where the patch
// could not be applied to a session: a line item's productData.weight that is
// not a JSON number (as New checks), or payment-method options
// (fielderr.CodeNotPatchable).
func (b *PatchBuilder) Build() (Patch, error) {
	var errs fielderr.List
	if b.d.Order.St == Present && b.d.Order.V.LineItems.St == Present {
		for i, li := range b.d.Order.V.LineItems.V {
			if w := li.ProductData.Weight; w != "" && !jsontext.IsNumber(w) {
				errs = append(errs, fielderr.Error{
					Path:    "$.order.lineItems[" + itoa(i) + "].productData.weight",
					Code:    fielderr.CodeType,
					Message: "weight must be a JSON number, got " + quote(w),
				})
			}
		}
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
	return Patch{p: clonePatchData(&b.d)}, nil
}

// setStr sets a patch string field: "" clears it (the model spells absent as
// ""), so that no patch holds an empty string as a value.
func setStr(f *Field[string], v string) {
	if v == "" {
		*f = Field[string]{St: Null}
		return
	}
	*f = Field[string]{St: Present, V: v}
}
