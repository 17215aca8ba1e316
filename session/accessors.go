package session

import (
	"iter"
	"slices"
	"strings"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/jsonvalue"
)

// The read accessors of a Session: one way to read each part.

// OrderID returns the merchant's reference for the payment ("" if absent).
func (s Session) OrderID() string { return s.get().OrderID }

// CurrencyCode returns the currency code exactly as given ("" if absent). It
// may be invalid; Currency parses it.
func (s Session) CurrencyCode() string { return s.get().CurrencyCode }

// Currency parses the session's currency code strictly (see currency.Parse).
func (s Session) Currency() (currency.Code, error) { return currency.Parse(s.get().CurrencyCode) }

// AmountOverride returns the top-level amount, the merchant's override of the
// calculated amount, and whether it is set.
func (s Session) AmountOverride() (int64, bool) { return s.get().Amount.Get() }

// CustomerID returns the merchant's identifier of the customer.
func (s Session) CustomerID() string { return s.get().CustomerID }

// Customer returns the customer's details (a copy).
func (s Session) Customer() Customer { return customerOut(&s.get().Customer) }

// OrderCountryCode returns order.countryCode.
func (s Session) OrderCountryCode() string { return s.get().Order.CountryCode }

// RetailerCountryCode returns order.retailerCountryCode.
func (s Session) RetailerCountryCode() string { return s.get().Order.RetailerCountryCode }

// Shipping returns order.shipping (the zero Shipping when absent).
func (s Session) Shipping() Shipping { return shippingOut(&s.get().Order.Shipping) }

// NumLineItems returns the number of line items.
func (s Session) NumLineItems() int { return len(s.get().Order.LineItems) }

// LineItem returns the i-th line item (a copy). It panics if i is out of
// range, like indexing a slice.
func (s Session) LineItem(i int) (li LineItem) {
	lineItemOut(&li, &s.get().Order.LineItems[i])
	return li
}

// NumFees returns the number of fees.
func (s Session) NumFees() int { return len(s.get().Order.Fees) }

// Fee returns the i-th fee (a copy). It panics if i is out of range.
func (s Session) Fee(i int) Fee { return feeOut(&s.get().Order.Fees[i]) }

// NumMetadata returns the number of metadata keys.
func (s Session) NumMetadata() int { return len(s.get().Metadata) }

// Metadata iterates over the metadata in key order.
func (s Session) Metadata() iter.Seq2[string, jsonvalue.Value] {
	md := s.get().Metadata
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
	md := s.get().Metadata
	i, ok := slices.BinarySearchFunc(md, key, func(m jsonvalue.Member, k string) int { return strings.Compare(m.Key, k) })
	if !ok {
		return jsonvalue.Value{}, false
	}
	return md[i].Value, true
}

// PaymentMethod returns a deep copy of the payment-method part.
func (s Session) PaymentMethod() PaymentMethod {
	pm := &s.get().PM
	p := paymentMethodScalarsOut(pm)
	p.OrderedAllowedCardNetworks = model.CloneNil(pm.Networks)
	if len(pm.Options) > 0 {
		p.Options = make(map[string]MethodOptions, len(pm.Options))
		for i := range pm.Options {
			o := &pm.Options[i]
			mo := methodOptionsOut(o)
			if o.Networks != nil {
				mo.Networks = make(map[string]NetworkOptions, len(o.Networks))
				for _, n := range o.Networks {
					mo.Networks[n.Name] = NetworkOptions{Surcharge: optOut(n.Surcharge)}
				}
			}
			p.Options[o.Type] = mo
		}
	}
	return p
}

// NumAllowedCardNetworks returns the length of
// paymentMethod.orderedAllowedCardNetworks.
func (s Session) NumAllowedCardNetworks() int { return len(s.get().PM.Networks) }

// AllowedCardNetwork returns the i-th entry of
// paymentMethod.orderedAllowedCardNetworks. It panics if i is out of range.
func (s Session) AllowedCardNetwork(i int) string { return s.get().PM.Networks[i] }

// PaymentMethodTypes iterates, in sorted order, over the payment method types
// that have options (the keys of paymentMethod.options).
func (s Session) PaymentMethodTypes() iter.Seq[string] {
	opts := s.get().PM.Options
	return func(yield func(string) bool) {
		for i := range opts {
			if !yield(opts[i].Type) {
				return
			}
		}
	}
}

// MethodSurcharge returns the fixed surcharge configured for a payment method
// type (paymentMethod.options.<TYPE>.surcharge.amount).
func (s Session) MethodSurcharge(method string) (int64, bool) { return s.get().MethodSurcharge(method) }

// NetworkSurcharge returns the fixed surcharge configured for a card network
// of a payment method type
// (paymentMethod.options.<TYPE>.networks.<NETWORK>.surcharge.amount).
func (s Session) NetworkSurcharge(method, network string) (int64, bool) {
	return s.get().NetworkSurcharge(method, network)
}

// HasSurcharges reports whether any payment method or card network has a
// surcharge amount configured.
func (s Session) HasSurcharges() bool { return s.get().HasSurcharges() }
