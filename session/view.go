package session

import (
	"github.com/paysession/paysession/internal/besteffort"
	"github.com/paysession/paysession/internal/sessionview"
)

// The readers of internal/sessionview: what pricing, validation and komoju
// read without copying or allocating, kept out of the public API.
func init() {
	besteffort.Request = decodeRequestBestEffort
	sessionview.Order = func(s Session) ([]LineItem, []Fee, Opt[int64]) {
		o := &s.get().order
		return o.lineItems, o.fees, o.shipping.Amount
	}
	sessionview.PaymentMethod = Session.paymentMethodScalars
	sessionview.NumMethodOptions = func(s Session) int { return len(s.get().pm.options) }
	sessionview.MethodOptionsAt = Session.methodOptionsAt
	sessionview.NumNetworksAt = func(s Session, i int) int { return len(s.get().pm.options[i].networks) }
	sessionview.MaskValue = maskValue
	sessionview.NetworkAt = func(s Session, i, j int) (string, NetworkOptions) {
		n := &s.get().pm.options[i].networks[j]
		return n.name, NetworkOptions{Surcharge: n.surcharge}
	}
}

// methodOptionsAt returns the i-th payment method type with options, in
// sorted order, and its options except its card networks (Networks is nil).
func (s Session) methodOptionsAt(i int) (method string, o MethodOptions) {
	d := &s.get().pm.options[i]
	return d.typ, MethodOptions{
		Surcharge:               d.surcharge,
		CaptureVaultedCardCVV:   d.captureCVV,
		MerchantName:            d.merchant,
		ExtraMerchantData:       d.extra,
		RecurringPaymentRequest: d.recurring,
		DeferredPaymentRequest:  d.deferred,
		AutomaticReloadRequest:  d.reload,
	}
}

// paymentMethodScalars returns paymentMethod without its allowed card
// networks and its options. It does not allocate.
func (s Session) paymentMethodScalars() PaymentMethod {
	pm := &s.get().pm
	return PaymentMethod{
		VaultOnSuccess:     pm.vaultOnSuccess,
		VaultOn3DS:         pm.vaultOn3DS,
		VaultOnAgreement:   pm.vaultOnAgreement,
		Descriptor:         pm.descriptor,
		PaymentType:        pm.paymentType,
		AuthorizationType:  pm.authorizationType,
		FirstPaymentReason: pm.firstPaymentReason,
	}
}
