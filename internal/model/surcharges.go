package model

import (
	"slices"
	"strings"
)

// Option returns the options of a payment method type, nil when it has none.
func (pm *PaymentMethodData) Option(method string) *MethodOptionsData {
	i, ok := slices.BinarySearchFunc(pm.Options, method, func(o MethodOptionsData, k string) int { return strings.Compare(o.Type, k) })
	if !ok {
		return nil
	}
	return &pm.Options[i]
}

// MethodSurcharge returns the fixed surcharge configured for a payment
// method type.
func (d *Data) MethodSurcharge(method string) (int64, bool) {
	o := d.PM.Option(method)
	if o == nil {
		return 0, false
	}
	return o.Surcharge.Get()
}

// NetworkSurcharge returns the fixed surcharge configured for a card network
// of a payment method type.
func (d *Data) NetworkSurcharge(method, network string) (int64, bool) {
	o := d.PM.Option(method)
	if o == nil {
		return 0, false
	}
	i, ok := slices.BinarySearchFunc(o.Networks, network, func(n NetworkData, k string) int { return strings.Compare(n.Name, k) })
	if !ok {
		return 0, false
	}
	return o.Networks[i].Surcharge.Get()
}

// HasSurcharges reports whether any payment method or card network has a
// surcharge amount configured.
func (d *Data) HasSurcharges() bool {
	for i := range d.PM.Options {
		o := &d.PM.Options[i]
		if o.Surcharge.IsSet() {
			return true
		}
		for _, n := range o.Networks {
			if n.Surcharge.IsSet() {
				return true
			}
		}
	}
	return false
}
