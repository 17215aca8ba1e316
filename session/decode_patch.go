package session

import "github.com/paysession/paysession/internal/jsonread"

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
// null, is a CodeNotPatchable error at "$.paymentMethod.options" and the rest
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
	pd := &patchData{}
	dec.root(func(key []byte) { dec.patchField(pd, key) }, nil)
	errs := dec.errs()
	if dec.r.Stopped() {
		return Patch{}, errs
	}
	// {"customer":{}} and {"order":{}} change nothing: hold them as absent,
	// as a PatchBuilder does.
	if pd.customer.st == present && pd.customer.v == (customerPatch{}) {
		pd.customer = pfield[customerPatch]{}
	}
	if pd.order.st == present && pd.order.v.isEmpty() {
		pd.order = pfield[orderPatch]{}
	}
	return Patch{p: pd}, errs.Err()
}

// pstr reads a patchable string: null clears, a value replaces.
func (dec *decoder) pstr(f *pfield[string], minLen1 bool) {
	if dec.r.Null() {
		*f = pfield[string]{st: null}
		return
	}
	var s string
	if dec.strValue(&s, minLen1) {
		setStr(f, s) // "" (where the schema allows it) clears, as null does
	}
}

// pfieldOf reads a patchable value with read, which returns whether it read
// one without error: null clears, a value replaces.
func pfieldOf[T any](dec *decoder, f *pfield[T], read func(*T) bool) {
	if dec.r.Null() {
		*f = pfield[T]{st: null}
		return
	}
	var v T
	if read(&v) {
		*f = pfield[T]{st: present, v: v}
	}
}

func (dec *decoder) patchField(pd *patchData, key []byte) {
	r := dec.r
	switch string(key) {
	case "clientToken":
		var s string
		dec.str(&s, false)
	case "orderId":
		dec.pstr(&pd.orderID, true)
	case "currencyCode":
		dec.pstr(&pd.currencyCode, true)
	case "customerId":
		dec.pstr(&pd.customerID, true)
	case "amount":
		pfieldOf(dec, &pd.amount, func(v *int64) bool {
			n, ok := r.Int()
			*v = n
			return ok
		})
	case "customer":
		pfieldOf(dec, &pd.customer, func(c *customerPatch) bool {
			return r.Object(0, func(key []byte) { dec.customerPatchField(c, key) })
		})
	case "order":
		pfieldOf(dec, &pd.order, func(o *orderPatch) bool {
			return r.Object(0, func(key []byte) { dec.orderPatchField(o, key) })
		})
	case "metadata":
		pfieldOf(dec, &pd.metadata, func(md *[]Member) bool {
			if k := r.Peek(); k != jsonread.Object {
				r.Object(0, nil) // reports the type error and skips
				return false
			}
			*md = dec.metadata()
			return true
		})
	case "paymentMethod":
		pfieldOf(dec, &pd.paymentMethod, func(pm *paymentMethodData) bool {
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

func (dec *decoder) customerPatchField(c *customerPatch, key []byte) {
	r := dec.r
	address := func(a *Address) bool {
		if r.Peek() != jsonread.Object {
			r.Object(0, nil)
			return false
		}
		dec.address(a)
		return true
	}
	switch string(key) {
	case "emailAddress":
		dec.pstr(&c.emailAddress, true)
	case "mobileNumber":
		dec.pstr(&c.mobileNumber, true)
	case "firstName":
		dec.pstr(&c.firstName, true)
	case "lastName":
		dec.pstr(&c.lastName, true)
	case "billingAddress":
		pfieldOf(dec, &c.billingAddress, address)
	case "shippingAddress":
		pfieldOf(dec, &c.shippingAddress, address)
	case "taxId":
		dec.pstr(&c.taxID, false)
	case "nationalDocumentId":
		dec.pstr(&c.nationalDocumentID, false)
	default:
		dec.unknown(key)
	}
}

func (dec *decoder) orderPatchField(o *orderPatch, key []byte) {
	r := dec.r
	switch string(key) {
	case "lineItems":
		pfieldOf(dec, &o.lineItems, func(v *[]LineItem) bool {
			if r.Peek() != jsonread.Array {
				r.Array(0, nil)
				return false
			}
			*v = dec.lineItems()
			return true
		})
	case "countryCode":
		dec.pstr(&o.countryCode, true)
	case "retailerCountryCode":
		dec.pstr(&o.retailerCountryCode, true)
	case "fees":
		pfieldOf(dec, &o.fees, func(v *[]Fee) bool {
			if r.Peek() != jsonread.Array {
				r.Array(0, nil)
				return false
			}
			*v = dec.fees()
			return true
		})
	case "shipping":
		pfieldOf(dec, &o.shipping, func(s *Shipping) bool {
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
