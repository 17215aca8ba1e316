package session

import (
	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/jsonvalue"
)

// DecodePatch decodes a Primer PATCH /client-session request body
// (ClientSessionUpdateAPIRequest): the fields of a create request, plus
// clientToken, which is accepted and ignored (it names the session to patch,
// which is the caller's business). Apply the result with Session.Apply.
//
// A patch keeps "absent", null and a value apart at every level a PATCH
// merges: the top-level fields; each key of customer and of order; metadata
// (replaced whole); paymentMethod (replaced whole). Inside those, values are
// read as DecodeRequest reads them (null inside a replaced object means
// absent). paymentMethod.options cannot be patched: its presence, even as
// null, is a fielderr.CodeNotPatchable error at "$.paymentMethod.options" and the rest
// of paymentMethod is still read.
//
// The other rules and the error contract are DecodeRequest's: with any error
// the Patch is the zero Patch (which changes nothing).
func DecodePatch(input []byte) (Patch, error) {
	return strict(DecodePatchBestEffort(input))
}

// DecodePatchBestEffort decodes a PATCH body as DecodePatch does, but, like
// DecodeRequestBestEffort, returns the best-effort Patch (failing fields left
// absent, so they change nothing) along with field-level problems, for
// validators that list every problem. A patch that comes with an error must
// never be applied to a session that is then charged.
func DecodePatchBestEffort(input []byte) (Patch, error) {
	dec := newDecoder(input, docPatch)
	pd := &PatchData{}
	dec.root(func(f int, key []byte) { dec.patchField(pd, f, key) })
	errs := dec.errs()
	if dec.r.Stopped() {
		return Patch{}, errs
	}
	// {"customer":{}} and {"order":{}} change nothing: hold them as absent,
	// as a PatchBuilder does.
	if pd.Customer.St == Present && pd.Customer.V == (CustomerPatch{}) {
		pd.Customer = Field[CustomerPatch]{}
	}
	if pd.Order.St == Present && pd.Order.V.isEmpty() {
		pd.Order = Field[OrderPatch]{}
	}
	dec.compactPatch(pd, dec.r.Returned())
	return Patch{p: pd}, errs.Err()
}

// pstr reads a patchable string: null clears, a value replaces.
func (dec *decoder) pstr(f *Field[string], minLen1 bool) {
	if dec.r.Null() {
		*f = Field[string]{St: Null}
		return
	}
	var s string
	if dec.strValue(&s, minLen1) {
		setStr(f, s) // "" (where the schema allows it) clears, as null does
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
