package session

import "errors"

// ErrLineCount is returned by WithLineAmounts when a slice's length is not
// the number of line items.
var ErrLineCount = errors.New("session: one value per line item expected")

// WithLineAmounts returns the session with each line item's discountAmount
// replaced by discount[i] and its taxAmount by tax[i]; a nil slice leaves
// that field as it is. Every other field is kept. It is how package adjust
// writes the discounts and taxes it computes: one copy of the line items and
// one of the session, nothing else. The session s is not changed. A non-nil
// slice whose length is not NumLineItems is ErrLineCount.
func (s Session) WithLineAmounts(discount, tax []Opt[int64]) (Session, error) {
	d := *s.get()
	n := len(d.order.lineItems)
	if discount != nil && len(discount) != n || tax != nil && len(tax) != n {
		return Session{}, ErrLineCount
	}
	if n == 0 {
		return Session{d: &d}, nil
	}
	items := make([]LineItem, n)
	copy(items, d.order.lineItems)
	for i := range items {
		if discount != nil {
			items[i].DiscountAmount = discount[i]
		}
		if tax != nil {
			items[i].TaxAmount = tax[i]
		}
	}
	d.order.lineItems = items
	return Session{d: &d}, nil
}
