package adjust

import (
	"strconv"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/rate"
	"github.com/paysession/paysession/session"
)

// discountNets prepares a discount: the lines' net amounts in xs, after
// checking that no line carries a tax yet (every such line is reported).
func discountNets(s session.Session, xs []int64) (sum int64, err error) {
	if _, err := lineNets(s, xs, false); err != nil {
		return 0, err
	}
	var errs fielderr.List
	lines, _, _ := orderView(s)
	for i := range xs {
		if tax := lines[i].TaxAmount; tax.Or(0) != 0 {
			errs = append(errs, fielderr.Error{
				Path: linePath(i) + ".taxAmount", Code: CodeTaxBeforeDiscount,
				Message: "the line already carries a tax; apply the discount first, then the tax",
			})
		}
		sum += xs[i] // no overflow: with no tax the nets sum to the items total
	}
	if errs != nil {
		return 0, errs
	}
	return sum, nil
}

// exceeds is the error for a discount above the order's net amount.
func exceeds(what string, sum int64) error {
	return fail("$.order.lineItems", pricing.CodeDiscountExceedsSubtotal,
		what+" exceeds the order's net amount of "+strconv.FormatInt(sum, 10))
}

// addDiscounts returns s with parts[i] added to each line's discountAmount
// (a line without discount and a zero part keeps no discountAmount).
func addDiscounts(s session.Session, parts []int64) (session.Session, error) {
	return withAmounts(s, parts, nil)
}

// DiscountAmount returns the session with an order-level discount of amount
// minor units spread over the lines' discountAmount in proportion to their
// net amounts, by largest remainder with ties to the earlier line
// (pricing.Allocate): the parts add up to amount and no line's discount
// exceeds its subtotal. An amount above the order's net amount is
// pricing.CodeDiscountExceedsSubtotal, a negative one pricing.CodeNegative, a line
// that already carries a tax CodeTaxBeforeDiscount. s is not changed.
func DiscountAmount(s session.Session, amount int64) (session.Session, error) {
	n := s.NumLineItems()
	var buf [2 * smallLines]int64
	xs, parts := scratch(&buf, n)
	sum, err := discountNets(s, xs)
	if err != nil {
		return session.Session{}, err
	}
	switch {
	case amount < 0:
		return session.Session{}, fail("$.order.lineItems", pricing.CodeNegative, "a discount must not be negative")
	case amount == 0:
		return s, nil
	case amount > sum:
		return session.Session{}, exceeds("the discount of "+strconv.FormatInt(amount, 10), sum)
	}
	if err := pricing.AllocateInto(parts, amount, xs); err != nil {
		return session.Session{}, fail("$.order.lineItems", fielderr.CodeRange, err.Error()) // unreachable: sum > 0
	}
	return addDiscounts(s, parts)
}

// DiscountRate returns the session with an order-level discount at rate r:
// round(Σ net × r) by mode, split over the lines by the largest remainder of
// their exact shares net × r (ties to the earlier line), added to their
// discountAmount. A rate above 1 (100 %) is
// pricing.CodeDiscountExceedsSubtotal; other errors as for DiscountAmount
// and Tax. s is not changed.
func DiscountRate(s session.Session, r rate.Rate, mode currency.RoundingMode) (session.Session, error) {
	n := s.NumLineItems()
	var buf [2 * smallLines]int64
	xs, parts := scratch(&buf, n)
	sum, err := discountNets(s, xs)
	if err != nil {
		return session.Session{}, err
	}
	if r.Cmp(rate.MustParse("1")) > 0 {
		return session.Session{}, exceeds("a discount of "+r.Percent(), sum)
	}
	if _, err := r.Split(parts, xs, mode); err != nil {
		return session.Session{}, rateErr("$.order.lineItems", "the discount", err)
	}
	return addDiscounts(s, parts)
}
