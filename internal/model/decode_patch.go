package model

import (
	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/jsonvalue"
)

// DecodePatch decodes a PATCH body best effort: the fields that decoded
// (nil after a syntax error or an exceeded limit) and the problems.
func DecodePatch(input []byte) (*PatchData, error) {
	dec := newDecoder(input, docPatch)
	pd := &PatchData{}
	dec.root(func(f int, key []byte) { dec.patchField(pd, f, key) })
	errs := dec.errs()
	if dec.r.Stopped() {
		return nil, errs
	}
	// {"customer":{}} and {"order":{}} change nothing: hold them as absent,
	// as a PatchBuilder does.
	if pd.Customer.St == Present && pd.Customer.V == (CustomerPatch{}) {
		pd.Customer = Field[CustomerPatch]{}
	}
	if pd.Order.St == Present && pd.Order.V.IsEmpty() {
		pd.Order = Field[OrderPatch]{}
	}
	dec.compactPatch(pd, dec.r.Returned())
	return pd, errs.Err()
}

// pstr reads a patchable string: null clears, a value replaces.
func (dec *decoder) pstr(f *Field[string], minLen1 bool) {
	if dec.r.Null() {
		*f = Field[string]{St: Null}
		return
	}
	var s string
	if dec.strValue(&s, minLen1) {
		SetStr(f, s) // "" (where the schema allows it) clears, as null does
	}
}

// pfieldOf reads a patchable value with read, which returns whether it read
// one without error: null clears, a value replaces.
func pfieldOf[T any](dec *decoder, f *Field[T], read func(*T) bool) {
	if dec.r.Null() {
		*f = Field[T]{St: Null}
		return
	}
	var v T
	if read(&v) {
		*f = Field[T]{St: Present, V: v}
	}
}

func (dec *decoder) patchField(pd *PatchData, f int, key []byte) {
	r := dec.r
	switch f {
	case topClientToken:
		var s string
		dec.str(&s, false)
	case topOrderId:
		dec.pstr(&pd.OrderID, true)
	case topCurrencyCode:
		dec.pstr(&pd.CurrencyCode, true)
	case topCustomerId:
		dec.pstr(&pd.CustomerID, true)
	case topAmount:
		pfieldOf(dec, &pd.Amount, func(v *int64) bool {
			n, ok := r.Int()
			*v = n
			return ok
		})
	case topCustomer:
		pfieldOf(dec, &pd.Customer, func(c *CustomerPatch) bool {
			return r.ObjectFields(0, customerKeys, func(f int, key []byte) { dec.customerPatchField(c, f, key) })
		})
	case topOrder:
		pfieldOf(dec, &pd.Order, func(o *OrderPatch) bool {
			return r.ObjectFields(0, orderKeys, func(f int, key []byte) { dec.orderPatchField(o, f, key) })
		})
	case topMetadata:
		pfieldOf(dec, &pd.Metadata, func(md *[]jsonvalue.Member) bool {
			if k := r.Peek(); k != jsonread.Object {
				r.Object(0, nil) // reports the type error and skips
				return false
			}
			*md = dec.metadata()
			return true
		})
	case topPaymentMethod:
		pfieldOf(dec, &pd.PaymentMethod, func(pm *PaymentMethodData) bool {
			if k := r.Peek(); k != jsonread.Object {
				r.Object(0, nil)
				return false
			}
			dec.paymentMethod(pm)
			return true
		})
	default:
		dec.unknown(key)
	}
}

func (dec *decoder) customerPatchField(c *CustomerPatch, f int, key []byte) {
	r := dec.r
	address := func(a *Address) bool {
		if r.Peek() != jsonread.Object {
			r.Object(0, nil)
			return false
		}
		dec.address(a)
		return true
	}
	switch f {
	case custEmailAddress:
		dec.pstr(&c.EmailAddress, true)
	case custMobileNumber:
		dec.pstr(&c.MobileNumber, true)
	case custFirstName:
		dec.pstr(&c.FirstName, true)
	case custLastName:
		dec.pstr(&c.LastName, true)
	case custBillingAddress:
		pfieldOf(dec, &c.BillingAddress, address)
	case custShippingAddress:
		pfieldOf(dec, &c.ShippingAddress, address)
	case custTaxId:
		dec.pstr(&c.TaxID, false)
	case custNationalDocumentId:
		dec.pstr(&c.NationalDocumentID, false)
	default:
		dec.unknown(key)
	}
}

func (dec *decoder) orderPatchField(o *OrderPatch, f int, key []byte) {
	r := dec.r
	switch f {
	case ordLineItems:
		pfieldOf(dec, &o.LineItems, func(v *[]LineItem) bool {
			if r.Peek() != jsonread.Array {
				r.Array(0, nil)
				return false
			}
			*v = dec.lineItems()
			return true
		})
	case ordCountryCode:
		dec.pstr(&o.CountryCode, true)
	case ordRetailerCountryCode:
		dec.pstr(&o.RetailerCountryCode, true)
	case ordFees:
		pfieldOf(dec, &o.Fees, func(v *[]Fee) bool {
			if r.Peek() != jsonread.Array {
				r.Array(0, nil)
				return false
			}
			*v = dec.fees()
			return true
		})
	case ordShipping:
		pfieldOf(dec, &o.Shipping, func(s *Shipping) bool {
			if r.Peek() != jsonread.Object {
				r.Object(0, nil)
				return false
			}
			dec.shipping(s)
			return true
		})
	default:
		dec.unknown(key)
	}
}
