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
		o := &s.get().Order
		return o.LineItems, o.Fees, o.Shipping.Amount
	}
	sessionview.PaymentMethod = Session.paymentMethodScalars
	sessionview.NumMethodOptions = func(s Session) int { return len(s.get().PM.Options) }
	sessionview.MethodOptionsAt = Session.methodOptionsAt
	sessionview.NumNetworksAt = func(s Session, i int) int { return len(s.get().PM.Options[i].Networks) }
	sessionview.MaskValue = maskValue
	sessionview.NetworkAt = func(s Session, i, j int) (string, NetworkOptions) {
		n := &s.get().PM.Options[i].Networks[j]
		return n.Name, NetworkOptions{Surcharge: n.Surcharge}
	}
}

// methodOptionsAt returns the i-th payment method type with options, in
// sorted order, and its options except its card networks (Networks is nil).
func (s Session) methodOptionsAt(i int) (method string, o MethodOptions) {
	d := &s.get().PM.Options[i]
	return d.Type, MethodOptions{
		Surcharge:               d.Surcharge,
		CaptureVaultedCardCVV:   d.CaptureCVV,
		MerchantName:            d.Merchant,
		ExtraMerchantData:       d.Extra,
		RecurringPaymentRequest: d.Recurring,
		DeferredPaymentRequest:  d.Deferred,
		AutomaticReloadRequest:  d.Reload,
	}
}

// paymentMethodScalars returns paymentMethod without its allowed card
// networks and its options. It does not allocate.
func (s Session) paymentMethodScalars() PaymentMethod {
	pm := &s.get().PM
	return PaymentMethod{
		VaultOnSuccess:     pm.VaultOnSuccess,
		VaultOn3DS:         pm.VaultOn3DS,
		VaultOnAgreement:   pm.VaultOnAgreement,
		Descriptor:         pm.Descriptor,
		PaymentType:        pm.PaymentType,
		AuthorizationType:  pm.AuthorizationType,
		FirstPaymentReason: pm.FirstPaymentReason,
	}
}
