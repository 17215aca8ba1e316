package session

import "errors"

// ErrLineCount is returned by WithLineAmounts when a slice's length is not
// the number of line items.
var ErrLineCount = errors.New("session: one value per line item expected")

// WithLineAmounts returns the session with each line item's discountAmount
// replaced by discount[i] and its taxAmount by tax[i]; a nil slice leaves
// that field as it is. Every other field is kept. It is how package adjust
// writes the discounts and taxes it computes: one copy of the line items and
// of the session, in a single allocation for up to 32 lines. The session s is not changed. A non-nil
// slice whose length is not NumLineItems is ErrLineCount.
func (s Session) WithLineAmounts(discount, tax []Opt[int64]) (Session, error) {
	old := s.get()
	n := len(old.order.lineItems)
	if discount != nil && len(discount) != n || tax != nil && len(tax) != n {
		return Session{}, ErrLineCount
	}
	d, items := newDataWithItems(n)
	*d = *old
	copy(items, old.order.lineItems)
	for i := range items {
		if discount != nil {
			items[i].DiscountAmount = discount[i]
		}
		if tax != nil {
			items[i].TaxAmount = tax[i]
		}
	}
	if n > 0 {
		d.order.lineItems = items
	}
	return Session{d: d}, nil
}

// newDataWithItems returns a new data and n line items in one allocation
// for orders of up to 32 lines (the line items share the data's memory
// block, which lives as long as either is referenced), and in two beyond.
func newDataWithItems(n int) (*data, []LineItem) {
	switch {
	case n == 0:
		return new(data), nil
	case n <= 2:
		x := new(struct {
			d     data
			items [2]LineItem
		})
		return &x.d, x.items[:n:n]
	case n <= 4:
		x := new(struct {
			d     data
			items [4]LineItem
		})
		return &x.d, x.items[:n:n]
	case n <= 8:
		x := new(struct {
			d     data
			items [8]LineItem
		})
		return &x.d, x.items[:n:n]
	case n <= 16:
		x := new(struct {
			d     data
			items [16]LineItem
		})
		return &x.d, x.items[:n:n]
	case n <= 32:
		x := new(struct {
			d     data
			items [32]LineItem
		})
		return &x.d, x.items[:n:n]
	}
	return new(data), make([]LineItem, n)
}
