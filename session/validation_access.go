package session

// Index-based accessors to the payment-method options, for readers that must
// not allocate (validation reads every session it checks). Nested
// range-over-func iterators allocate their closures; these do not.

// NumMethodOptions returns the number of payment method types with options
// (the keys of paymentMethod.options).
func (s Session) NumMethodOptions() int { return len(s.get().pm.options) }

// MethodOptionsAt returns the i-th payment method type with options, in
// sorted order, and its options except its card networks: the returned
// Networks is always nil (read them with NumNetworksAt and NetworkAt). It
// panics if i is out of range, like indexing a slice, and does not allocate.
func (s Session) MethodOptionsAt(i int) (method string, o MethodOptions) {
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

// NumNetworksAt returns the number of card networks configured for the i-th
// payment method type (paymentMethod.options.<type>.networks). It panics if
// i is out of range.
func (s Session) NumNetworksAt(i int) int { return len(s.get().pm.options[i].networks) }

// NetworkAt returns the j-th card network, in name order, of the i-th
// payment method type, with its options. It panics if i or j is out of
// range.
func (s Session) NetworkAt(i, j int) (network string, o NetworkOptions) {
	n := &s.get().pm.options[i].networks[j]
	return n.name, NetworkOptions{Surcharge: n.surcharge}
}

// PaymentMethodScalars returns paymentMethod without its allowed card networks
// and its options (OrderedAllowedCardNetworks and Options are nil; read them
// with AllowedCardNetwork and MethodOptionsAt). It does not allocate.
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
