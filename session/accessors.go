package session

import (
	"iter"
	"slices"
	"strings"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/jsonvalue"
)

// The read accessors of a Session: one way to read each part.

// OrderID returns the merchant's reference for the payment ("" if absent).
func (s Session) OrderID() string { return s.get().orderID }

// CurrencyCode returns the currency code exactly as given ("" if absent). It
// may be invalid; Currency parses it.
func (s Session) CurrencyCode() string { return s.get().currencyCode }

// Currency parses the session's currency code strictly (see currency.Parse).
func (s Session) Currency() (currency.Code, error) { return currency.Parse(s.get().currencyCode) }

// AmountOverride returns the top-level amount, the merchant's override of the
// calculated amount, and whether it is set.
func (s Session) AmountOverride() (int64, bool) { return s.get().amount.Get() }

// CustomerID returns the merchant's identifier of the customer.
func (s Session) CustomerID() string { return s.get().customerID }

// Customer returns the customer's details (a copy).
func (s Session) Customer() Customer { return s.get().customer }

// OrderCountryCode returns order.countryCode.
func (s Session) OrderCountryCode() string { return s.get().order.countryCode }

// RetailerCountryCode returns order.retailerCountryCode.
func (s Session) RetailerCountryCode() string { return s.get().order.retailerCountryCode }

// Shipping returns order.shipping (the zero Shipping when absent).
func (s Session) Shipping() Shipping { return s.get().order.shipping }

// NumLineItems returns the number of line items.
func (s Session) NumLineItems() int { return len(s.get().order.lineItems) }

// LineItem returns the i-th line item (a copy). It panics if i is out of
// range, like indexing a slice.
func (s Session) LineItem(i int) LineItem { return s.get().order.lineItems[i] }

// NumFees returns the number of fees.
func (s Session) NumFees() int { return len(s.get().order.fees) }

// Fee returns the i-th fee (a copy). It panics if i is out of range.
func (s Session) Fee(i int) Fee { return s.get().order.fees[i] }

// NumMetadata returns the number of metadata keys.
func (s Session) NumMetadata() int { return len(s.get().metadata) }

// Metadata iterates over the metadata in key order.
func (s Session) Metadata() iter.Seq2[string, jsonvalue.Value] {
	md := s.get().metadata
	return func(yield func(string, jsonvalue.Value) bool) {
		for _, m := range md {
			if !yield(m.Key, m.Value) {
				return
			}
		}
	}
}

// MetadataValue returns the metadata value of a key.
func (s Session) MetadataValue(key string) (jsonvalue.Value, bool) {
	md := s.get().metadata
	i, ok := slices.BinarySearchFunc(md, key, func(m jsonvalue.Member, k string) int { return strings.Compare(m.Key, k) })
	if !ok {
		return jsonvalue.Value{}, false
	}
	return md[i].Value, true
}

// PaymentMethod returns a deep copy of the payment-method part.
func (s Session) PaymentMethod() PaymentMethod {
	pm := &s.get().pm
	p := PaymentMethod{
		VaultOnSuccess:             pm.vaultOnSuccess,
		VaultOn3DS:                 pm.vaultOn3DS,
		VaultOnAgreement:           pm.vaultOnAgreement,
		Descriptor:                 pm.descriptor,
		PaymentType:                pm.paymentType,
		OrderedAllowedCardNetworks: cloneNil(pm.networks),
		AuthorizationType:          pm.authorizationType,
		FirstPaymentReason:         pm.firstPaymentReason,
	}
	if len(pm.options) > 0 {
		p.Options = make(map[string]MethodOptions, len(pm.options))
		for _, o := range pm.options {
			mo := MethodOptions{
				Surcharge:               o.surcharge,
				CaptureVaultedCardCVV:   o.captureCVV,
				MerchantName:            o.merchant,
				ExtraMerchantData:       o.extra,
				RecurringPaymentRequest: o.recurring,
				DeferredPaymentRequest:  o.deferred,
				AutomaticReloadRequest:  o.reload,
			}
			if o.networks != nil {
				mo.Networks = make(map[string]NetworkOptions, len(o.networks))
				for _, n := range o.networks {
					mo.Networks[n.name] = NetworkOptions{Surcharge: n.surcharge}
				}
			}
			p.Options[o.typ] = mo
		}
	}
	return p
}

// NumAllowedCardNetworks returns the length of
// paymentMethod.orderedAllowedCardNetworks.
func (s Session) NumAllowedCardNetworks() int { return len(s.get().pm.networks) }

// AllowedCardNetwork returns the i-th entry of
// paymentMethod.orderedAllowedCardNetworks. It panics if i is out of range.
func (s Session) AllowedCardNetwork(i int) string { return s.get().pm.networks[i] }

// PaymentMethodTypes iterates, in sorted order, over the payment method types
// that have options (the keys of paymentMethod.options).
func (s Session) PaymentMethodTypes() iter.Seq[string] {
	opts := s.get().pm.options
	return func(yield func(string) bool) {
		for i := range opts {
			if !yield(opts[i].typ) {
				return
			}
		}
	}
}

// MethodSurcharge returns the fixed surcharge configured for a payment method
// type (paymentMethod.options.<TYPE>.surcharge.amount).
func (s Session) MethodSurcharge(method string) (int64, bool) {
	o := s.get().pm.option(method)
	if o == nil {
		return 0, false
	}
	return o.surcharge.Get()
}

// NetworkSurcharge returns the fixed surcharge configured for a card network
// of a payment method type
// (paymentMethod.options.<TYPE>.networks.<NETWORK>.surcharge.amount).
func (s Session) NetworkSurcharge(method, network string) (int64, bool) {
	o := s.get().pm.option(method)
	if o == nil {
		return 0, false
	}
	i, ok := slices.BinarySearchFunc(o.networks, network, func(n networkData, k string) int { return strings.Compare(n.name, k) })
	if !ok {
		return 0, false
	}
	return o.networks[i].surcharge.Get()
}

// HasSurcharges reports whether any payment method or card network has a
// surcharge amount configured.
func (s Session) HasSurcharges() bool {
	for i := range s.get().pm.options {
		o := &s.get().pm.options[i]
		if o.surcharge.IsSet() {
			return true
		}
		for _, n := range o.networks {
			if n.surcharge.IsSet() {
				return true
			}
		}
	}
	return false
}

func (pm *paymentMethodData) option(method string) *methodOptionsData {
	i, ok := slices.BinarySearchFunc(pm.options, method, func(o methodOptionsData, k string) int { return strings.Compare(o.typ, k) })
	if !ok {
		return nil
	}
	return &pm.options[i]
}
