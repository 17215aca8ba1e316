package pricing

import (
	"errors"
	"iter"
	"math/bits"
	"strconv"
	"unicode/utf8"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/amount"
	"github.com/paysession/paysession/internal/limits"
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/session"
)

// Codes of the problems Calculate reports, besides fielderr.CodeOverflow. They
// are part of the module's stable contract: their text never changes.
const (
	// CodeQuantity: a line item's quantity is less than 1.
	CodeQuantity fielderr.Code = "quantity"
	// CodeDiscountExceedsSubtotal: a line item's discountAmount is greater
	// than its amount × quantity.
	CodeDiscountExceedsSubtotal fielderr.Code = "discount_exceeds_subtotal"
	// CodeNegative: an amount, discount, tax, fee, shipping amount or
	// override below 0.
	CodeNegative fielderr.Code = "negative"
	// CodeCurrency: a currency code that is present but is not a current
	// ISO 4217 code with a minor unit.
	CodeCurrency fielderr.Code = "currency"
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
	// Shipping, the override and the effective amount are read from s; cur
	// shares hasCalc's word.
	s            session.Session
	itemsTotal   int64
	fees         int64
	surcharge    int64
	surchargeTax int64
	calculated   int64
	hasCalc      bool
	cur          currency.Code // shares hasCalc's word
}

// Currency returns the session's currency, parsed: the zero Code when the
// session has none. (Calculate refuses a currency code that is not a current
// ISO 4217 code with a minor unit.)
func (q Quote) Currency() currency.Code { return q.cur }

// CurrencyCode returns the currency's code ("" when the session has none).
func (q Quote) CurrencyCode() string { return q.cur.String() }

// NumLines returns the number of line items.
func (q Quote) NumLines() int { return q.s.NumLineItems() }

// Line returns the breakdown of the i-th line item. It panics if i is out of
// range, like indexing a slice.
func (q Quote) Line(i int) Line {
	lines, _, _ := orderOf(q.s)
	li := &lines[i]
	amount, qty, disc, tax := li.Amount, li.Quantity, li.DiscountAmount, li.TaxAmount
	sub, total, _ := lineTotal(amount, qty, disc, tax)
	return Line{
		ItemID:   li.ItemID,
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
func (q Quote) Shipping() int64 {
	_, _, ship := orderOf(q.s)
	return ship.Or(0)
}

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

// Money returns minor units in the quote's currency, as a currency.Amount
// that cannot be added to or formatted in another currency:
// q.Money(q.Shipping()) is the shipping, £0.50 for 50 GBP minor units. It is
// the zero Amount when the session has no currency.
func (q Quote) Money(minor int64) currency.Amount {
	a, _ := currency.NewAmount(minor, q.cur) // the zero Amount for the zero Code
	return a
}

// AmountMoney returns the effective amount (Amount) in the quote's
// currency, and whether there is one: false when Amount has none or the
// session has no currency.
func (q Quote) AmountMoney() (currency.Amount, bool) {
	v, ok := q.Amount()
	m := q.Money(v)
	return m, ok && m.IsValid()
}

// CalculatedMoney returns the calculated amount (Calculated) in the quote's
// currency, and whether there is one: false when Calculated has none or the
// session has no currency.
func (q Quote) CalculatedMoney() (currency.Amount, bool) {
	m := q.Money(q.calculated)
	return m, q.hasCalc && m.IsValid()
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
	if q.cur != r.cur || q.itemsTotal != r.itemsTotal || q.Shipping() != r.Shipping() ||
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
// SURCHARGE fees as Surcharge, the others as Fees. A quote exists only for a
// session whose amounts mean something; the error, when not nil, is a
// fielderr.List with every problem found, each at its JSON path, and the
// Quote is then the zero Quote:
//
//   - CodeNegative at $.amount, $.order.lineItems[i].amount, .discountAmount
//     or .taxAmount, $.order.fees[i].amount or $.order.shipping.amount when
//     that amount is below 0;
//   - CodeQuantity at $.order.lineItems[i].quantity when a quantity is < 1;
//   - CodeDiscountExceedsSubtotal at $.order.lineItems[i].discountAmount when
//     the discount is greater than amount × quantity (for a line whose
//     amount is ≥ 0 and quantity ≥ 1);
//   - fielderr.CodeOverflow at $.order.lineItems[i] when amount × quantity,
//     that minus the discount, or that plus the tax leaves int64;
//   - fielderr.CodeOverflow at $.order when a sum (items total, fees,
//     surcharges, or the calculated amount) leaves int64. Sums are exact, so
//     the order of line items and fees never matters; this check is made only
//     when every line total exists;
//   - CodeCurrency at $.currencyCode when the currency code is present but
//     is not a current ISO 4217 code (malformed, unknown, or withdrawn: the
//     message gives the date) or has no minor unit (ISO's "N.A.", such as
//     XAU).
//
// An absent amount, discount, tax, fee amount or shipping amount counts as 0
// and an absent quantity as 1 (the validation package reports a line item or
// fee without an amount). At most fielderr.MaxErrors problems are listed,
// then one fielderr.CodeTooManyErrors problem at "$" says how many more there
// were. Calculate does not allocate unless it reports an error.
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
// The amount itself is internal/amount's, the one implementation the session
// package uses too; calc adds the paths and messages of the problems. The hot
// loop keeps everything in locals and leaves problems to lineProblem; it
// fills in *q (which the caller keeps on its stack) field by field rather
// than returning a Quote, which the compiler would copy through memory.
func calc(q *Quote, s session.Session, selecting bool, fee int64) error {
	var o amount.Order
	var errs fielderr.List
	omitted := 0 // problems past limits.MaxErrors: counted, not built
	lines, fees, shipping := orderOf(s)
	// The common lines first, summed in a loop without a call (so that the
	// sum stays in registers), up to the first line the run does not take.
	var run amount.Run
	i := 0
	for ; i < len(lines); i++ {
		li := &lines[i]
		if !run.Add(li.Amount.Or(0), li.Quantity.Or(1), li.DiscountAmount.Or(0), li.TaxAmount.Or(0)) {
			break
		}
	}
	o.AddRun(run)
	for ; i < len(lines); i++ {
		li := &lines[i]
		a, qty, disc, tax := li.Amount, li.Quantity, li.DiscountAmount, li.TaxAmount
		if l := o.AddLine(a.Or(0), qty.Or(1), disc.Or(0), tax.Or(0)); l.Problems != 0 {
			if len(errs) >= limits.MaxErrors {
				omitted += bits.OnesCount(uint(l.Problems)) // one problem per bit, as lineProblem lists them
				continue
			}
			errs = lineProblem(errs, i, a.Or(0), qty.Or(1), disc.Or(0), tax.Or(0), l)
		}
	}
	for i := range fees {
		a := fees[i].Amount
		sur := fees[i].Type == session.FeeTypeSurcharge
		if sur && selecting {
			continue
		}
		if !o.AddFee(a.Or(0), sur) {
			errs = negative(errs, "$.order.fees["+strconv.Itoa(i)+"].amount", a.Or(0))
		}
	}
	if fee != 0 {
		o.AddFee(fee, true)
	}
	ship := shipping.Or(0)
	if ship < 0 {
		errs = negative(errs, "$.order.shipping.amount", ship)
	}
	if v, ok := s.AmountOverride(); ok && v < 0 {
		errs = negative(errs, "$.amount", v)
	}
	cur, cerr := parseCurrency(s.CurrencyCode())
	if cerr != nil {
		errs = append(errs, *cerr)
	}
	r := o.Result(ship)
	if r.LineOverflow {
		return bounded(errs, omitted)
	}
	switch r.Overflow {
	case amount.ItemsSum:
		errs = orderOverflow(errs, "the sum of the line totals")
	case amount.FeesSum:
		errs = orderOverflow(errs, "the sum of the fees")
	case amount.SurchargeSum:
		errs = orderOverflow(errs, "the sum of the surcharges")
	case amount.CalculatedSum:
		errs = orderOverflow(errs, "the calculated amount (line totals + shipping + fees)")
	}
	if len(errs) > 0 || omitted > 0 {
		return bounded(errs, omitted)
	}
	q.s = s
	q.itemsTotal, q.fees, q.surcharge = r.Items, r.Fees, r.Surcharge
	q.calculated, q.hasCalc = r.Calculated, r.Exists
	q.cur = cur
	return nil
}

// parseCurrency parses a session's currency code; "" is no currency (the
// zero Code) and no problem. The problem, when there is one, is at
// $.currencyCode with CodeCurrency.
func parseCurrency(code string) (currency.Code, *fielderr.Error) {
	if code == "" {
		return currency.Code{}, nil
	}
	cur, err := currency.Parse(code)
	if err == nil {
		if _, ok := cur.MinorUnits(); ok {
			return cur, nil
		}
		return currency.Code{}, &fielderr.Error{Path: "$.currencyCode", Code: CodeCurrency,
			Message: quoted(code) + " has no minor unit in ISO 4217 (N.A.) and cannot be used for a payment"}
	}
	msg := quoted(code) + " is not a current ISO 4217 currency code"
	var pe *currency.ParseError
	switch {
	case errors.As(err, &pe) && errors.Is(err, currency.ErrWithdrawn):
		msg = quoted(code) + " was withdrawn from ISO 4217 in " + pe.Withdrawn + " and can no longer be used"
	case errors.Is(err, currency.ErrMalformed):
		msg = "a currency code is three upper-case letters (ISO 4217, such as \"USD\"), got " + quoted(code)
	}
	return currency.Code{}, &fielderr.Error{Path: "$.currencyCode", Code: CodeCurrency, Message: msg}
}

// quoted returns s in Go quotes for a message, cut to 64 bytes at a UTF-8
// boundary.
func quoted(s string) string {
	if len(s) > 64 {
		cut := 64
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		return strconv.Quote(s[:cut]) + "…"
	}
	return strconv.Quote(s)
}

func negative(errs fielderr.List, path string, v int64) fielderr.List {
	return append(errs, fielderr.Error{
		Path: path, Code: CodeNegative, Message: "amount must not be negative, got " + strconv.FormatInt(v, 10),
	})
}

// bounded returns errs, or its first limits.MaxErrors problems followed by
// one fielderr.CodeTooManyErrors problem at "$" saying how many more there
// were (omitted of them never built).
func bounded(errs fielderr.List, omitted int) fielderr.List {
	if len(errs) <= limits.MaxErrors && omitted == 0 {
		return errs
	}
	n := omitted
	if len(errs) > limits.MaxErrors {
		n += len(errs) - limits.MaxErrors
		errs = errs[:limits.MaxErrors:limits.MaxErrors]
	}
	return append(errs, fielderr.Error{Path: "$", Code: fielderr.CodeTooManyErrors, Message: limits.TooManyErrorsMessage(n)})
}

func orderOverflow(errs fielderr.List, what string) fielderr.List {
	return append(errs, fielderr.Error{
		Path: "$.order", Code: fielderr.CodeOverflow, Message: what + " leaves int64",
	})
}

// lineProblem records the problems of line item i, in the order of its
// fields: a negative amount, a quantity below 1, a negative discount or one
// above the subtotal, a negative tax, and a line total outside int64.
func lineProblem(errs fielderr.List, i int, a, qty, disc, tax int64, l amount.Line) fielderr.List {
	p := l.Problems
	if p&amount.Negative != 0 {
		errs = negative(errs, linePath(i, ".amount"), a)
	}
	if p&amount.Quantity != 0 {
		errs = append(errs, fielderr.Error{
			Path: linePath(i, ".quantity"), Code: CodeQuantity,
			Message: "quantity must be at least 1, got " + strconv.FormatInt(qty, 10),
		})
	}
	if p&amount.NegativeDiscount != 0 {
		errs = negative(errs, linePath(i, ".discountAmount"), disc)
	}
	if p&amount.DiscountExceedsSubtotal != 0 {
		errs = append(errs, fielderr.Error{
			Path: linePath(i, ".discountAmount"), Code: CodeDiscountExceedsSubtotal,
			Message: "discountAmount " + strconv.FormatInt(disc, 10) + " exceeds amount × quantity " + strconv.FormatInt(l.Subtotal, 10),
		})
	}
	if p&amount.NegativeTax != 0 {
		errs = negative(errs, linePath(i, ".taxAmount"), tax)
	}
	if p&amount.Overflow != 0 {
		errs = append(errs, fielderr.Error{
			Path: linePath(i, ""), Code: fielderr.CodeOverflow,
			Message: "line total amount × quantity − discountAmount + taxAmount leaves int64",
		})
	}
	return errs
}

// lineTotal returns amount × quantity and the line total, by the one
// implementation of the amount (internal/amount), and whether they fit.
// Absent amounts, discounts and taxes count as 0, an absent quantity as 1.
func lineTotal(a, qty, disc, tax model.Opt[int64]) (sub, total int64, ok bool) {
	l := amount.LineOf(a.Or(0), qty.Or(1), disc.Or(0), tax.Or(0))
	return l.Subtotal, l.Total, l.Problems&amount.Overflow == 0
}

func linePath(i int, field string) string {
	return "$.order.lineItems[" + strconv.Itoa(i) + "]" + field
}
