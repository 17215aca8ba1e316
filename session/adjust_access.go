package session

import (
	"errors"

	"github.com/paysession/paysession/internal/model"
)

// ErrLineCount is returned by WithLineAmounts when a slice's length is not
// the number of line items.
var ErrLineCount = errors.New("session: one value per line item expected")

// WithLineAmounts returns the session with each line item's discountAmount
// replaced by discount[i] and its taxAmount by tax[i]; a nil slice leaves
// that field as it is. Every other field is kept. It is how package adjust
// writes the discounts and taxes it computes: one copy of the line items and
// of the session, in a single allocation of exactly their size for up to 32
// lines. The session s is not changed. A non-nil slice whose length is not
// NumLineItems is ErrLineCount.
func (s Session) WithLineAmounts(discount, tax []Opt[int64]) (Session, error) {
	n := s.NumLineItems()
	if discount != nil && len(discount) != n || tax != nil && len(tax) != n {
		return Session{}, ErrLineCount
	}
	old := s.get()
	d, items := model.NewDataWithItems(n)
	*d = *old
	copy(items, old.Order.LineItems)
	for i := range items {
		if discount != nil {
			items[i].DiscountAmount = discount[i].o
		}
		if tax != nil {
			items[i].TaxAmount = tax[i].o
		}
	}
	if n > 0 {
		d.Order.LineItems = items
	}
	return Session{d: d}, nil
}
