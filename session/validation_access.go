package session

// Index-based accessors to the payment-method options, for readers that must
// not allocate (validation reads every session it checks). Nested
// range-over-func iterators allocate their closures; these do not.

// NumMethodOptions returns the number of payment method types with options
// (the keys of paymentMethod.options).
func (s Session) NumMethodOptions() int { return len(s.get().pm.options) }

// MethodOptionType returns the i-th payment method type with options, in
// sorted order. It panics if i is out of range, like indexing a slice.
func (s Session) MethodOptionType(i int) string { return s.get().pm.options[i].typ }

// NumMethodNetworks returns the number of card networks configured for a
// payment method type (paymentMethod.options.<method>.networks).
func (s Session) NumMethodNetworks(method string) int {
	o := s.get().pm.option(method)
	if o == nil {
		return 0
	}
	return len(o.networks)
}

// MethodNetwork returns the i-th card network, in name order, configured for
// a payment method type, with its options. It panics if i is out of range.
func (s Session) MethodNetwork(method string, i int) (string, NetworkOptions) {
	n := s.get().pm.option(method).networks[i]
	return n.name, NetworkOptions{Surcharge: n.surcharge}
}

// MethodOptionFields returns the options of one payment method type
// (paymentMethod.options.<method>) except its card networks: the returned
// Networks is always nil (read them with NumMethodNetworks and
// MethodNetwork). ok is false when the method has no options. It does not
// allocate.
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
