package model

import (
	"slices"
	"strings"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/internal/limits"
)

// The decoder of paymentMethod: its scalars, allowed card networks and the
// per-type options with their schemas.

// paymentMethod reads paymentMethod. In a patch, options is not patchable.
func (dec *decoder) paymentMethod(pm *PaymentMethodData) bool {
	r := dec.r
	return dec.objectFields(paymentMethodKeys, func(f int, key []byte) {
		switch f {
		case pmVaultOnSuccess:
			dec.bool(&pm.VaultOnSuccess)
		case pmVaultOn3DS:
			dec.bool(&pm.VaultOn3DS)
		case pmVaultOnAgreement:
			dec.bool(&pm.VaultOnAgreement)
		case pmDescriptor:
			dec.str(&pm.Descriptor, false)
		case pmPaymentType:
			dec.str(&pm.PaymentType, true)
		case pmAuthorizationType:
			dec.str(&pm.AuthorizationType, true)
		case pmFirstPaymentReason:
			dec.str(&pm.FirstPaymentReason, true)
		case pmOrderedAllowedCardNetworks:
			if r.Null() {
				return
			}
			nets := newList[string](r, limits.MaxArrayLen)
			r.Array(limits.MaxArrayLen, func(int) {
				dec.element(nets.next(dec))
			})
			pm.Networks = nets.done()
		case pmOptions:
			if dec.kind == docPatch {
				r.Fail(string(fielderr.CodeNotPatchable), "paymentMethod.options cannot be changed by a PATCH")
				return
			}
			pm.Options = dec.options()
		default:
			dec.unknown(key)
		}
	})
}

// options reads paymentMethod.options, sorted by payment method type.
func (dec *decoder) options() []MethodOptionsData {
	r := dec.r
	if r.Null() {
		return nil
	}
	list := newList[MethodOptionsData](r, limits.MaxPaymentMethodOptions)
	r.Object(limits.MaxPaymentMethodOptions, func([]byte) {
		typ := r.Key()
		if r.Null() {
			return
		}
		o := MethodOptionsData{Type: typ}
		if r.Object(0, func(k []byte) { dec.optionField(&o, k) }) {
			*list.next(dec) = o
		}
	})
	opts := list.done()
	if opts == nil {
		return nil
	}
	slices.SortFunc(opts, func(a, b MethodOptionsData) int { return strings.Compare(a.Type, b.Type) })
	return opts
}

// optionField reads one field of a payment method's options: the ones every
// type has, PAYMENT_CARD's, and Apple Pay's.
func (dec *decoder) optionField(o *MethodOptionsData, key []byte) {
	r := dec.r
	card := o.Type == MethodPaymentCard
	apple := o.Type == MethodApplePay
	// Options follow their schema per method type: PAYMENT_CARD has networks
	// and captureVaultedCardCvv only (a method-level surcharge there would
	// never apply), APPLE_PAY its own members and surcharge but not
	// extraMerchantData, every other type surcharge, merchantName and
	// extraMerchantData.
	switch f := optionKeys.Index(key); {
	case !card && f == optSurcharge:
		dec.surcharge(&o.Surcharge)
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
			o.Extra = v
		}
	case !card && f == optMerchantName:
		dec.str(&o.Merchant, true)
	case card && f == optNetworks:
		if r.Null() {
			return
		}
		list := newList[NetworkData](r, limits.MaxPaymentMethodOptions)
		r.Object(limits.MaxPaymentMethodOptions, func([]byte) {
			name := r.Key()
			if r.Null() {
				return
			}
			n := NetworkData{Name: name}
			if r.ObjectFields(0, surchargeKey, func(f int, k []byte) {
				if f == 0 {
					dec.surcharge(&n.Surcharge)
					return
				}
				dec.unknown(k)
			}) {
				*list.next(dec) = n
			}
		})
		if nets := list.done(); nets != nil {
			slices.SortFunc(nets, func(a, b NetworkData) int { return strings.Compare(a.Name, b.Name) })
			o.Networks = nets
		}
	case card && f == optCaptureVaultedCardCvv:
		dec.bool(&o.CaptureCVV)
	case apple && f == optRecurringPaymentRequest:
		o.Recurring = dec.schemaObject(applePayRecurringRequest)
	case apple && f == optDeferredPaymentRequest:
		o.Deferred = dec.schemaObject(applePayDeferredRequest)
	case apple && f == optAutomaticReloadRequest:
		o.Reload = dec.schemaObject(applePayAutomaticReloadRequest)
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
