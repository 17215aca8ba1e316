package model

import "slices"

// MethodKlarna is the payment method type that never takes a surcharge.
const MethodKlarna = "KLARNA"

// MethodApplePay is the payment method type whose options carry Apple Pay's
// recurring, deferred and automatic-reload requests.
const MethodApplePay = "APPLE_PAY"

// MethodPaymentCard is the payment method type whose surcharge is configured
// per card network.
const MethodPaymentCard = "PAYMENT_CARD"

// SelectionSurcharge returns the SURCHARGE fee that selecting the payment
// method (and, for PAYMENT_CARD, the card network) puts on the order, and
// whether there is one. There is one if and only if the order has a
// line item, there is no top-level amount, the method is not KLARNA, and the
// configured amount is greater than zero. For PAYMENT_CARD the configured
// amount is the network's; with no network, or a network without an entry,
// there is none.
func SelectionSurcharge(d *Data, method, network string) (int64, bool) {
	if len(d.Order.LineItems) == 0 || d.Amount.IsSet() || method == MethodKlarna {
		return 0, false
	}
	var amount int64
	var ok bool
	if method == MethodPaymentCard {
		amount, ok = d.NetworkSurcharge(method, network)
	} else {
		amount, ok = d.MethodSurcharge(method)
	}
	if !ok || amount <= 0 {
		return 0, false
	}
	return amount, true
}

// Select returns a copy of old with the payment method (and card network,
// for PAYMENT_CARD; ignored otherwise) selected: every SURCHARGE fee is
// removed, then one SURCHARGE fee with the configured amount is appended when
// SelectionSurcharge says there is one.
func Select(old *Data, method, network string) *Data {
	amount, ok := SelectionSurcharge(old, method, network)
	d := Unselect(old)
	if ok {
		d.Order.Fees = append(slices.Clip(d.Order.Fees), Fee{Type: FeeTypeSurcharge, Amount: Some(amount)})
	}
	return d
}

// Unselect returns a copy of old without any SURCHARGE fee.
func Unselect(old *Data) *Data {
	d := *old
	if !slices.ContainsFunc(d.Order.Fees, isSurcharge) {
		return &d
	}
	fees := make([]Fee, 0, len(d.Order.Fees))
	for _, f := range d.Order.Fees {
		if !isSurcharge(f) {
			fees = append(fees, f)
		}
	}
	d.Order.Fees = CloneNil(fees)
	return &d
}

func isSurcharge(f Fee) bool { return f.Type == FeeTypeSurcharge }
