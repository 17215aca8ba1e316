package pricing

import (
	"iter"
	"strconv"

	"github.com/paysession/paysession/internal/checked"
	"github.com/paysession/paysession/session"
)

// Codes of the problems Calculate reports, besides session.CodeOverflow. They
// are part of the module's stable contract: their text never changes.
const (
	// CodeQuantity: a line item's quantity is less than 1.
	CodeQuantity session.ErrorCode = "quantity"
	// CodeDiscountExceedsSubtotal: a line item's discountAmount is greater
	// than its amount × quantity.
	CodeDiscountExceedsSubtotal session.ErrorCode = "discount_exceeds_subtotal"
)

// Line is the breakdown of one line item: Subtotal is amount × quantity,
// Discount and Tax are the line's discountAmount and taxAmount (0 when
// absent), and Total is Subtotal − Discount + Tax. ItemID is the line item's
// itemId ("" when absent).
type Line struct {
	ItemID   string
	Subtotal int64
	Discount int64
	Tax      int64
	Total    int64
}

// Quote is the priced breakdown of a session: the line totals, the sums of
// items, shipping, fees and surcharges, the calculated amount and the
// effective amount. It is a small immutable value (it keeps a reference to
// the session it priced, which is immutable too, and computes lines on
// demand); the zero Quote is the quote of the empty session.
//
// Compare quotes with Equal, not ==.
type Quote struct {
	// Seven words with the error, so Calculate returns in registers.
	// Shipping, the override and the effective amount are read from s.
	s            session.Session
	itemsTotal   int64
	fees         int64
	surcharge    int64
	surchargeTax int64
	calculated   int64
	hasCalc      bool
}

// CurrencyCode returns the session's currency code as given ("" when absent).
func (q Quote) CurrencyCode() string { return q.s.CurrencyCode() }

// NumLines returns the number of line items.
func (q Quote) NumLines() int { return q.s.NumLineItems() }

// Line returns the breakdown of the i-th line item. It panics if i is out of
// range, like indexing a slice.
func (q Quote) Line(i int) Line {
	amount, qty, disc, tax := q.s.LineItemAmounts(i)
	sub, total, _ := lineTotal(amount, qty, disc, tax)
	return Line{
		ItemID:   q.s.LineItem(i).ItemID,
		Subtotal: sub,
		Discount: disc.Or(0),
		Tax:      tax.Or(0),
		Total:    total,
	}
}

// Lines iterates over the line breakdowns in order.
func (q Quote) Lines() iter.Seq2[int, Line] {
	return func(yield func(int, Line) bool) {
		for i := range q.NumLines() {
			if !yield(i, q.Line(i)) {
				return
			}
		}
	}
}

// ItemsTotal returns the sum of the line totals (0 without line items).
func (q Quote) ItemsTotal() int64 { return q.itemsTotal }

// Shipping returns order.shipping.amount (0 when absent).
func (q Quote) Shipping() int64 { return q.s.ShippingAmount().Or(0) }

// Fees returns the sum of the fees that are not of type SURCHARGE.
func (q Quote) Fees() int64 { return q.fees }

// Surcharge returns the sum of the SURCHARGE fees: those on the session for
// Calculate, the selection's for CalculateSelection. For a rate surcharge of
// a Pricer it includes the surcharge's tax (see SurchargeTax).
func (q Quote) Surcharge() int64 { return q.surcharge }

// SurchargeTax returns the part of Surcharge that is tax on the surcharge
// (a Pricer rule's TaxBPS); it is 0 for fixed surcharges.
func (q Quote) SurchargeTax() int64 { return q.surchargeTax }

// Calculated returns the calculated amount, ItemsTotal + Shipping + Fees +
// Surcharge, and whether it exists: it does only when the order has at least
// one line item.
func (q Quote) Calculated() (int64, bool) { return q.calculated, q.hasCalc }

// Amount returns the effective amount: the session's override when set, else
// the calculated amount, else nothing.
func (q Quote) Amount() (int64, bool) {
	if v, ok := q.s.AmountOverride(); ok {
		return v, true
	}
	return q.calculated, q.hasCalc
}

// Overridden reports whether the session has a top-level amount overriding
// the calculated amount.
func (q Quote) Overridden() bool {
	_, ok := q.s.AmountOverride()
	return ok
}

// Equal reports whether q and r give the same currency code, lines and sums.
func (q Quote) Equal(r Quote) bool {
	qa, qok := q.Amount()
	ra, rok := r.Amount()
	if q.CurrencyCode() != r.CurrencyCode() || q.itemsTotal != r.itemsTotal || q.Shipping() != r.Shipping() ||
		q.fees != r.fees || q.surcharge != r.surcharge || q.surchargeTax != r.surchargeTax ||
		q.calculated != r.calculated || q.hasCalc != r.hasCalc || qa != ra || qok != rok ||
		q.Overridden() != r.Overridden() || q.NumLines() != r.NumLines() {
		return false
	}
	for i := range q.NumLines() {
		if q.Line(i) != r.Line(i) {
			return false
		}
	}
	return true
}

// Calculate prices the session as it stands: every fee counts, the
// SURCHARGE fees as Surcharge, the others as Fees. The error, when not nil, is
// a session.ErrorList with every problem found, each at its JSON path:
//
//   - CodeQuantity at $.order.lineItems[i].quantity when a quantity is < 1;
//   - CodeDiscountExceedsSubtotal at $.order.lineItems[i].discountAmount when
//     the discount is greater than amount × quantity;
//   - session.CodeOverflow at $.order.lineItems[i] when amount × quantity,
//     that minus the discount, or that plus the tax leaves int64;
//   - session.CodeOverflow at $.order when a sum (items total, fees,
//     surcharges, or the calculated amount) leaves int64. Sums are exact, so
//     the order of line items and fees never matters; this check is made only
//     when every line total exists.
//
// Calculate does not allocate unless it reports an error.
func Calculate(s session.Session) (q Quote, err error) {
	err = calc(&q, s, false, 0)
	return q, err
}

// CalculateSelection prices the session as if the payment method (and, for
// PAYMENT_CARD, the card network) were selected: the session's
// SURCHARGE fees are left out and the selection's surcharge, if any, counts
// instead. The result equals Calculate(s.SelectPaymentMethod(method,
// network)) exactly, without building the new session.
func CalculateSelection(s session.Session, method, network string) (Quote, error) {
	fee, _ := s.SelectionSurcharge(method, network) // 0 when there is none
	var q Quote
	err := calc(&q, s, true, fee)
	return q, err
}

// calc prices s. With selecting set, the session's SURCHARGE fees are left
// out and fee is the only surcharge (0 for none).
//
// The hot loop keeps everything in locals and leaves problems to
// lineProblem; it fills in *q (which the caller keeps on its stack) field
// by field rather than returning a Quote, which the compiler would copy
// through memory.
func calc(q *Quote, s session.Session, selecting bool, fee int64) error {
	var items, fees, surcharge acc
	var errs session.ErrorList
	linesOK := true
	n := s.NumLineItems()
	for i := range n {
		amount, qty, disc, tax := s.LineItemAmounts(i)
		q, d := qty.Or(1), disc.Or(0)
		sub, ok1 := checked.Mul(amount.Or(0), q)
		net, ok2 := checked.Sub(sub, d)
		total, ok3 := checked.Add(net, tax.Or(0))
		ok := ok1 && ok2 && ok3
		if q < 1 || !ok || d > sub {
			errs = lineProblem(errs, i, q, d, sub, ok)
			if !ok {
				linesOK = false
				continue
			}
		}
		items.add(total)
	}
	for i := range s.NumFees() {
		typ, amount := s.FeeAmount(i)
		if typ != session.FeeTypeSurcharge {
			fees.add(amount.Or(0))
		} else if !selecting {
			surcharge.add(amount.Or(0))
		}
	}
	surcharge.add(fee)
	if !linesOK {
		return errs
	}
	q.s = s
	var okI, okF, okS bool
	q.itemsTotal, okI = items.int64()
	q.fees, okF = fees.int64()
	q.surcharge, okS = surcharge.int64()
	what := ""
	switch {
	case !okI:
		what = "the sum of the line totals"
	case !okF:
		what = "the sum of the fees"
	case !okS:
		what = "the sum of the surcharges"
	case n > 0:
		sum := items
		sum.addAcc(fees)
		sum.addAcc(surcharge)
		sum.add(s.ShippingAmount().Or(0))
		if q.calculated, q.hasCalc = sum.int64(); !q.hasCalc {
			what = "the calculated amount (line totals + shipping + fees)"
		}
	}
	if what != "" {
		errs = orderOverflow(errs, what)
	}
	if len(errs) > 0 {
		*q = Quote{}
		return errs
	}
	return nil
}

func orderOverflow(errs session.ErrorList, what string) session.ErrorList {
	return append(errs, session.FieldError{
		Path: "$.order", Code: session.CodeOverflow, Message: what + " leaves int64",
	})
}

// lineProblem records the problems of line item i: a quantity below 1; a
// line total outside int64 (ok false); else a discount above the subtotal.
// A discount of 0 (or none) exceeds nothing, even a negative subtotal: that
// is a negative amount, which validation reports as such.
func lineProblem(errs session.ErrorList, i int, q, d, sub int64, ok bool) session.ErrorList {
	if q < 1 {
		errs = append(errs, session.FieldError{
			Path: linePath(i, ".quantity"), Code: CodeQuantity,
			Message: "quantity must be at least 1, got " + strconv.FormatInt(q, 10),
		})
	}
	if !ok {
		return append(errs, session.FieldError{
			Path: linePath(i, ""), Code: session.CodeOverflow,
			Message: "line total amount × quantity − discountAmount + taxAmount leaves int64",
		})
	}
	if q >= 1 && d > 0 && d > sub {
		errs = append(errs, session.FieldError{
			Path: linePath(i, ".discountAmount"), Code: CodeDiscountExceedsSubtotal,
			Message: "discountAmount " + strconv.FormatInt(d, 10) + " exceeds amount × quantity " + strconv.FormatInt(sub, 10),
		})
	}
	return errs
}

// lineTotal returns amount × quantity and amount × quantity − discount + tax,
// evaluated left to right with every step checked, and whether all fit.
// Absent amounts, discounts and taxes count as 0, an absent quantity as 1.
func lineTotal(amount, qty, disc, tax session.Opt[int64]) (sub, total int64, ok bool) {
	sub, ok1 := checked.Mul(amount.Or(0), qty.Or(1))
	net, ok2 := checked.Sub(sub, disc.Or(0))
	total, ok3 := checked.Add(net, tax.Or(0))
	return sub, total, ok1 && ok2 && ok3
}

func linePath(i int, field string) string {
	return "$.order.lineItems[" + strconv.Itoa(i) + "]" + field
}
