package session

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
