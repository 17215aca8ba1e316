package session

import "github.com/paysession/paysession/internal/checked"

// calculated returns the amount calculated from the order: the sum
// of the line totals, shipping and every fee. ok is false when it does not
// exist: no line items, or a value outside int64 on the way. (The pricing
// package gives the full breakdown and the reasons; the session needs only the
// total, to read and write the response's amount.)
func (d *data) calculated() (int64, bool) {
	if len(d.order.lineItems) == 0 {
		return 0, false
	}
	var sum int64
	ok := true
	for i := range d.order.lineItems {
		li := &d.order.lineItems[i]
		t, k := checked.Mul(li.Amount.Or(0), li.Quantity.Or(1))
		ok = ok && k
		t, k = checked.Sub(t, li.DiscountAmount.Or(0))
		ok = ok && k
		t, k = checked.Add(t, li.TaxAmount.Or(0))
		ok = ok && k
		sum, k = checked.Add(sum, t)
		ok = ok && k
	}
	for i := range d.order.fees {
		var k bool
		sum, k = checked.Add(sum, d.order.fees[i].Amount.Or(0))
		ok = ok && k
	}
	sum, k := checked.Add(sum, d.order.shipping.Amount.Or(0))
	return sum, ok && k
}

// effective returns the effective amount: the override if set, else the
// calculated amount, else none.
func (d *data) effective() (int64, bool) {
	if v, ok := d.amount.Get(); ok {
		return v, true
	}
	return d.calculated()
}
