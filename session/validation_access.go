package session

import "iter"

// MethodNetworks iterates, in name order, over the card networks configured
// for a payment method type (paymentMethod.options.<method>.networks) with
// their options. Unlike PaymentMethod it builds no map, so reading a session
// this way does not allocate.
func (s Session) MethodNetworks(method string) iter.Seq2[string, NetworkOptions] {
	o := s.get().pm.option(method)
	return func(yield func(string, NetworkOptions) bool) {
		if o == nil {
			return
		}
		for _, n := range o.networks {
			if !yield(n.name, NetworkOptions{Surcharge: n.surcharge}) {
				return
			}
		}
	}
}

// MethodOptionFields returns the options of one payment method type
// (paymentMethod.options.<method>) except its card networks: the returned
// Networks is always nil (iterate them with MethodNetworks). ok is false when
// the method has no options. It does not allocate.
func (s Session) MethodOptionFields(method string) (o MethodOptions, ok bool) {
	d := s.get().pm.option(method)
	if d == nil {
		return MethodOptions{}, false
	}
	return MethodOptions{
		Surcharge:               d.surcharge,
		CaptureVaultedCardCVV:   d.captureCVV,
		MerchantName:            d.merchant,
		ExtraMerchantData:       d.extra,
		RecurringPaymentRequest: d.recurring,
		DeferredPaymentRequest:  d.deferred,
		AutomaticReloadRequest:  d.reload,
	}, true
}

// PaymentMethodScalars returns paymentMethod without its allowed card networks
// and its options (OrderedAllowedCardNetworks and Options are nil; read them
// with AllowedCardNetwork and MethodOptionFields). It does not allocate.
func (s Session) PaymentMethodScalars() PaymentMethod {
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
