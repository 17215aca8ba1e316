package session

import "github.com/paysession/paysession/internal/amount"

// LineItemAmounts returns the amount, quantity, discountAmount and taxAmount
// of the i-th line item: the four fields pricing needs, without copying the
// whole line item. It panics if i is out of range, like LineItem.
func (s Session) LineItemAmounts(i int) (amount, quantity, discount, tax Opt[int64]) {
	li := &s.get().order.lineItems[i]
	return li.Amount, li.Quantity, li.DiscountAmount, li.TaxAmount
}

// FeeAmount returns the type and amount of the i-th fee without copying its
// description. It panics if i is out of range, like Fee.
func (s Session) FeeAmount(i int) (typ string, amount Opt[int64]) {
	f := &s.get().order.fees[i]
	return f.Type, f.Amount
}

// ShippingAmount returns order.shipping.amount.
func (s Session) ShippingAmount() Opt[int64] { return s.get().order.shipping.Amount }

// priced returns the order priced by the one implementation of the amount
// that the pricing package uses too (internal/amount).
func (d *data) priced() amount.Result {
	var o amount.Order
	for i := range d.order.lineItems {
		li := &d.order.lineItems[i]
		o.AddLine(li.Amount.Or(0), li.Quantity.Or(1), li.DiscountAmount.Or(0), li.TaxAmount.Or(0))
	}
	for i := range d.order.fees {
		f := &d.order.fees[i]
		o.AddFee(f.Amount.Or(0), f.Type == FeeTypeSurcharge)
	}
	return o.Result(d.order.shipping.Amount.Or(0))
}

// calculated returns the amount calculated from the order and whether it
// exists: only with at least one line item, every amount sound (no negative
// amount, quantity at least 1, no discount above its subtotal) and no sum
// outside int64. The response encoder writes it, the response decoder
// compares a response's amount with it, and the KOMOJU mapping uses it.
func (d *data) calculated() (int64, bool) {
	r := d.priced()
	return r.Calculated, r.Exists
}

// effective returns the effective amount: the override if set, else the
// calculated amount, else none.
func (d *data) effective() (int64, bool) {
	override, set := d.amount.Get()
	return d.priced().Effective(override, set)
}
