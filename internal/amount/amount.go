// Package amount is the one implementation of a client session's calculated
// amount. The session package (which writes and reads the amount of a
// response, and maps a session to KOMOJU) and the pricing package (which
// prices a session and says what is wrong with it) both compute the amount
// here, so they cannot disagree.
//
// The rules:
//
//   - A line total is amount × quantity − discount + tax, evaluated left to
//     right, each step within int64. The caller passes an absent amount,
//     discount or tax as 0 and an absent quantity as 1.
//   - A line is sound when its amount, discount and tax are ≥ 0, its
//     quantity is ≥ 1, its total fits in int64 and its discount does not
//     exceed amount × quantity. A fee or shipping amount is sound when it is
//     ≥ 0.
//   - The calculated amount is the sum of the line totals, the fees (of every
//     type) and shipping. It exists only when the order has at least one line
//     item, every line, fee and shipping amount is sound, and the sum fits in
//     int64. Sums are exact (128 bits), so the order of the terms never
//     matters.
//   - The effective amount is the override when one is set, else the
//     calculated amount when it exists, else there is none.
package amount

import (
	"math/bits"

	"github.com/paysession/paysession/internal/checked"
)

// Problem is a set of things wrong with a line item, a fee or shipping.
type Problem uint8

// The problems a line can have; a fee or shipping amount can only be
// Negative.
const (
	// Negative: the line's (or fee's, or shipping's) amount is below 0.
	Negative Problem = 1 << iota
	// NegativeDiscount: the line's discount is below 0.
	NegativeDiscount
	// NegativeTax: the line's tax is below 0.
	NegativeTax
	// Quantity: the line's quantity is below 1.
	Quantity
	// Overflow: amount × quantity, that minus the discount, or that plus the
	// tax leaves int64.
	Overflow
	// DiscountExceedsSubtotal: the discount is greater than amount ×
	// quantity. It is reported only for a line whose amount is ≥ 0, whose
	// quantity is ≥ 1 and whose total fits: otherwise the subtotal means
	// nothing, and the line already has a problem.
	DiscountExceedsSubtotal
)

// Line is one line item priced: Subtotal is amount × quantity and Total the
// line total; both are meaningless when Problems has Overflow.
type Line struct {
	Subtotal int64
	Total    int64
	Problems Problem
}

// LineOf prices one line item.
func LineOf(amount, quantity, discount, tax int64) Line {
	if sub, ok := small(amount, quantity, discount, tax); ok {
		return Line{Subtotal: sub, Total: sub - discount + tax}
	}
	return lineOf(amount, quantity, discount, tax)
}

// small reports whether a line is sound with every value below 2³¹, and
// then its subtotal, without a checked step (it is inlined): amount,
// quantity, discount and tax all in [0, 2³¹) (so their OR is) and quantity
// ≥ 1 make amount × quantity < 2⁶² and the total, sub − discount + tax,
// less than 2⁶² + 2³¹, so no step can leave int64; with the discount within
// the subtotal the line is sound.
func small(amount, quantity, discount, tax int64) (sub int64, ok bool) {
	sub = amount * quantity
	return sub, uint64(amount|quantity|discount|tax) < 1<<31 && quantity >= 1 && discount <= sub
}

// lineOf is LineOf for any values, every step checked.
func lineOf(amount, quantity, discount, tax int64) Line {
	sub, ok1 := checked.Mul(amount, quantity)
	net, ok2 := checked.Sub(sub, discount)
	total, ok3 := checked.Add(net, tax)
	ok := ok1 && ok2 && ok3
	// The sound line, the common case, in one test: amount, discount and tax
	// all ≥ 0 (their OR is), quantity ≥ 1, the discount within the subtotal.
	if ok && amount|discount|tax >= 0 && quantity >= 1 && discount <= sub {
		return Line{Subtotal: sub, Total: total}
	}
	return Line{Subtotal: sub, Total: total, Problems: problems(amount, quantity, discount, tax, sub, ok)}
}

// problems lists what is wrong with a line (ok: its total fits).
func problems(amount, quantity, discount, tax, sub int64, ok bool) Problem {
	var p Problem
	if amount < 0 {
		p |= Negative
	}
	if discount < 0 {
		p |= NegativeDiscount
	}
	if tax < 0 {
		p |= NegativeTax
	}
	if quantity < 1 {
		p |= Quantity
	}
	if !ok {
		p |= Overflow
	} else if discount > sub && p&(Negative|Quantity) == 0 {
		p |= DiscountExceedsSubtotal
	}
	return p
}

// Sum names a sum of the order that left int64.
type Sum uint8

// The sums of an order, in the order Result checks them.
const (
	// NoOverflow: every sum fits.
	NoOverflow Sum = iota
	// ItemsSum: the sum of the line totals.
	ItemsSum
	// FeesSum: the sum of the fees that are not surcharges.
	FeesSum
	// SurchargeSum: the sum of the surcharges.
	SurchargeSum
	// CalculatedSum: line totals + shipping + fees.
	CalculatedSum
)

// Order accumulates the lines and fees of one order. The zero Order is an
// order with nothing in it. Add every line with AddLine and every fee with
// AddFee, then read the Result.
type Order struct {
	items, fees, surcharge acc
	lines                  int
	problems               Problem // union over every line, fee and shipping
	lineOverflow           bool
}

// AddLine adds a line item (absent amount, discount, tax as 0, absent
// quantity as 1) and returns it priced. A line that overflows is left out of
// the sums.
func (o *Order) AddLine(amount, quantity, discount, tax int64) Line {
	if sub, ok := small(amount, quantity, discount, tax); ok {
		o.lines++
		o.items.add(sub - discount + tax)
		return Line{Subtotal: sub, Total: sub - discount + tax}
	}
	return o.addLine(amount, quantity, discount, tax)
}

// Run sums a run of common lines (every value in [0, 2³¹), quantity ≥ 1,
// the discount within the subtotal) without a checked step. Its methods are
// inlined, so a local Run stays in registers; add it to an order with
// Order.AddRun.
type Run struct {
	sum acc
	n   int
}

// Add adds the line to the run and returns true when it is a common line;
// otherwise it adds nothing and returns false, and the caller adds the line
// to the order with AddLine.
func (r *Run) Add(amount, quantity, discount, tax int64) bool {
	sub, ok := small(amount, quantity, discount, tax)
	if ok {
		r.n++
		r.sum.add(sub - discount + tax)
	}
	return ok
}

// AddRun adds the lines of r to the order.
func (o *Order) AddRun(r Run) {
	o.lines += r.n
	o.items.addAcc(r.sum)
}

// addLine is AddLine for a line small does not price.
func (o *Order) addLine(amount, quantity, discount, tax int64) Line {
	l := lineOf(amount, quantity, discount, tax)
	o.lines++
	o.problems |= l.Problems
	if l.Problems&Overflow != 0 {
		o.lineOverflow = true
	} else {
		o.items.add(l.Total)
	}
	return l
}

// AddFee adds a fee (an absent amount as 0); surcharge says whether it is a
// SURCHARGE fee. It returns false when the amount is negative, which makes the
// calculated amount not exist.
func (o *Order) AddFee(amount int64, surcharge bool) bool {
	if surcharge {
		o.surcharge.add(amount)
	} else {
		o.fees.add(amount)
	}
	if amount < 0 {
		o.problems |= Negative
		return false
	}
	return true
}

// Result is an order's sums and calculated amount.
type Result struct {
	// Items, Fees and Surcharge are the sums of the line totals, of the fees
	// that are not surcharges and of the surcharges; each is meaningful only
	// when Overflow is not the sum's (and, for Items, LineOverflow is
	// false).
	Items, Fees, Surcharge int64
	// Calculated is the calculated amount when Exists.
	Calculated int64
	// Exists reports whether the calculated amount exists.
	Exists bool
	// Overflow is the first sum that left int64, or NoOverflow. It is
	// computed only when no line overflows.
	Overflow Sum
	// LineOverflow reports whether some line total left int64.
	LineOverflow bool
}

// Result returns the sums with shipping (an absent shipping amount as 0).
func (o *Order) Result(shipping int64) Result {
	r := Result{LineOverflow: o.lineOverflow}
	sound := o.problems == 0 && shipping >= 0
	if o.lineOverflow {
		return r
	}
	var okI, okF, okS bool
	r.Items, okI = o.items.int64()
	r.Fees, okF = o.fees.int64()
	r.Surcharge, okS = o.surcharge.int64()
	switch {
	case !okI:
		r.Overflow = ItemsSum
	case !okF:
		r.Overflow = FeesSum
	case !okS:
		r.Overflow = SurchargeSum
	case o.lines > 0:
		sum := o.items
		sum.addAcc(o.fees)
		sum.addAcc(o.surcharge)
		sum.add(shipping)
		var ok bool
		if r.Calculated, ok = sum.int64(); !ok {
			r.Calculated, r.Overflow = 0, CalculatedSum
		} else if sound {
			r.Exists = true
		} else {
			r.Calculated = 0
		}
	}
	return r
}

// Effective returns the effective amount: override when set, else the
// calculated amount when it exists.
func (r Result) Effective(override int64, set bool) (int64, bool) {
	if set {
		return override, true
	}
	return r.Calculated, r.Exists
}

// acc is an exact signed 128-bit accumulator for sums of int64 values. A sum
// of n int64 values needs 64+log2(n) bits, so it can never overflow acc for
// any slice Go can hold.
type acc struct {
	hi int64
	lo uint64
}

func (a *acc) add(x int64) {
	lo, c := bits.Add64(a.lo, uint64(x), 0)
	a.hi += x>>63 + int64(c)
	a.lo = lo
}

func (a *acc) addAcc(b acc) {
	lo, c := bits.Add64(a.lo, b.lo, 0)
	a.hi += b.hi + int64(c)
	a.lo = lo
}

func (a acc) int64() (int64, bool) {
	v := int64(a.lo)
	return v, a.hi == v>>63
}
