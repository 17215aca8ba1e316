package session

import (
	"slices"
	"strings"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/jsonread"
)

// The decoder of paymentMethod: its scalars, allowed card networks and the
// per-type options with their schemas.

// paymentMethod reads paymentMethod. In a patch, options is not patchable.
func (dec *decoder) paymentMethod(pm *paymentMethodData) bool {
	r := dec.r
	return dec.objectFields(paymentMethodKeys, func(f int, key []byte) {
		switch f {
		case pmVaultOnSuccess:
			dec.bool(&pm.vaultOnSuccess)
		case pmVaultOn3DS:
			dec.bool(&pm.vaultOn3DS)
		case pmVaultOnAgreement:
			dec.bool(&pm.vaultOnAgreement)
		case pmDescriptor:
			dec.str(&pm.descriptor, false)
		case pmPaymentType:
			dec.str(&pm.paymentType, true)
		case pmAuthorizationType:
			dec.str(&pm.authorizationType, true)
		case pmFirstPaymentReason:
			dec.str(&pm.firstPaymentReason, true)
		case pmOrderedAllowedCardNetworks:
			if r.Null() {
				return
			}
			nets := newList[string](r, MaxArrayLen)
			r.Array(MaxArrayLen, func(int) {
				dec.element(nets.next(dec))
			})
			pm.networks = nets.done()
		case pmOptions:
			if dec.kind == docPatch {
				r.Fail(string(fielderr.CodeNotPatchable), "paymentMethod.options cannot be changed by a PATCH")
				return
			}
			pm.options = dec.options()
		default:
			dec.unknown(key)
		}
	})
}

// options reads paymentMethod.options, sorted by payment method type.
func (dec *decoder) options() []methodOptionsData {
	r := dec.r
	if r.Null() {
		return nil
	}
	list := newList[methodOptionsData](r, MaxPaymentMethodOptions)
	r.Object(MaxPaymentMethodOptions, func([]byte) {
		typ := r.Key()
		if r.Null() {
			return
		}
		o := methodOptionsData{typ: typ}
		if r.Object(0, func(k []byte) { dec.optionField(&o, k) }) {
			*list.next(dec) = o
		}
	})
	opts := list.done()
	if opts == nil {
		return nil
	}
	slices.SortFunc(opts, func(a, b methodOptionsData) int { return strings.Compare(a.typ, b.typ) })
	return opts
}

// optionField reads one field of a payment method's options: the ones every
// type has, PAYMENT_CARD's, and Apple Pay's.
func (dec *decoder) optionField(o *methodOptionsData, key []byte) {
	r := dec.r
	card := o.typ == MethodPaymentCard
	apple := o.typ == MethodApplePay
	// Options follow their schema per method type: PAYMENT_CARD has networks
	// and captureVaultedCardCvv only (a method-level surcharge there would
	// never apply), APPLE_PAY its own members and surcharge but not
	// extraMerchantData, every other type surcharge, merchantName and
	// extraMerchantData.
	switch f := optionKeys.Index(key); {
	case !card && f == optSurcharge:
		dec.surcharge(&o.surcharge)
	case !card && !apple && f == optExtraMerchantData:
		if r.Null() {
			return
		}
		if kd := r.Peek(); kd != jsonread.Object {
			if kd != jsonread.Invalid {
				r.Fail(string(fielderr.CodeType), "expected an object, got "+kd.String())
			}
			return
		}
		if v, ok := jsonread.Any(r, valueBuilder); ok {
			o.extra = v
		}
	case !card && f == optMerchantName:
		dec.str(&o.merchant, true)
	case card && f == optNetworks:
		if r.Null() {
			return
		}
		list := newList[networkData](r, MaxPaymentMethodOptions)
		r.Object(MaxPaymentMethodOptions, func([]byte) {
			name := r.Key()
			if r.Null() {
				return
			}
			n := networkData{name: name}
			if r.ObjectFields(0, surchargeKey, func(f int, k []byte) {
				if f == 0 {
					dec.surcharge(&n.surcharge)
					return
				}
				dec.unknown(k)
			}) {
				*list.next(dec) = n
			}
		})
		if nets := list.done(); nets != nil {
			slices.SortFunc(nets, func(a, b networkData) int { return strings.Compare(a.name, b.name) })
			o.networks = nets
		}
	case card && f == optCaptureVaultedCardCvv:
		dec.bool(&o.captureCVV)
	case apple && f == optRecurringPaymentRequest:
		o.recurring = dec.schemaObject(applePayRecurringRequest)
	case apple && f == optDeferredPaymentRequest:
		o.deferred = dec.schemaObject(applePayDeferredRequest)
	case apple && f == optAutomaticReloadRequest:
		o.reload = dec.schemaObject(applePayAutomaticReloadRequest)
	default:
		dec.unknown(key)
	}
}

// surcharge reads {"amount": integer}.
func (dec *decoder) surcharge(dst *Opt[int64]) {
	dec.objectFields(amountKey, func(f int, key []byte) {
		if f == 0 {
			dec.int(dst)
			return
		}
		dec.unknown(key)
	})
}
