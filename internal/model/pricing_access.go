package model

import "github.com/paysession/paysession/internal/amount"

// Priced returns the order priced by the one implementation of the amount
// that the pricing package uses too (internal/amount).
func (d *Data) Priced() amount.Result {
	var o amount.Order
	for i := range d.Order.LineItems {
		li := &d.Order.LineItems[i]
		o.AddLine(li.Amount.Or(0), li.Quantity.Or(1), li.DiscountAmount.Or(0), li.TaxAmount.Or(0))
	}
	for i := range d.Order.Fees {
		f := &d.Order.Fees[i]
		o.AddFee(f.Amount.Or(0), f.Type == FeeTypeSurcharge)
	}
	return o.Result(d.Order.Shipping.Amount.Or(0))
}

// Calculated returns the amount calculated from the order and whether it
// exists: only with at least one line item, every amount sound (no negative
// amount, quantity at least 1, no discount above its subtotal) and no sum
// outside int64. The response encoder writes it, the response decoder
// compares a response's amount with it, and the KOMOJU mapping uses it.
func (d *Data) Calculated() (int64, bool) {
	r := d.Priced()
	return r.Calculated, r.Exists
}

// Effective returns the effective amount: the override if set, else the
// calculated amount, else none.
func (d *Data) Effective() (int64, bool) {
	override, set := d.Amount.Get()
	return d.Priced().Effective(override, set)
}
