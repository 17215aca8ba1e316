package pricing

import (
	"errors"
	"testing"

	"github.com/paysession/paysession/session"
)

// A line without a discount never breaks the discount rule, even when its
// amount is negative (validation reports that as a negative amount); a
// positive discount over a negative subtotal still does.
func TestNoDiscountExceedsNothing(t *testing.T) {
	s, err := session.New(session.Params{Order: session.Order{LineItems: []session.LineItem{
		{Amount: session.Some[int64](-500)},
		{Amount: session.Some[int64](-500), DiscountAmount: session.Some[int64](0)},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	q, err := Calculate(s)
	if err != nil {
		t.Fatalf("Calculate: %v", err)
	}
	if v, _ := q.Calculated(); v != -1000 {
		t.Errorf("calculated = %d, want -1000", v)
	}
	s, _ = session.New(session.Params{Order: session.Order{LineItems: []session.LineItem{
		{Amount: session.Some[int64](-500), DiscountAmount: session.Some[int64](1)},
	}}})
	_, err = Calculate(s)
	var l session.ErrorList
	if !errors.As(err, &l) || len(l) != 1 || l[0].Code != CodeDiscountExceedsSubtotal || l[0].Path != "$.order.lineItems[0].discountAmount" {
		t.Errorf("discount 1 over subtotal -500: %v", err)
	}
}
