package adjust

import (
	"iter"
	"strconv"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/internal/sessionview"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/rate"
	"github.com/paysession/paysession/session"
)

// Per says how a rate is rounded over an order's lines.
type Per uint8

// The roundings of a tax.
const (
	// PerLine rounds each line's tax on its own.
	PerLine Per = iota
	// PerOrder rounds the order's tax once and splits it over the lines by
	// largest remainder.
	PerOrder
)

// String returns "line" or "order" (as ParsePer reads them).
func (p Per) String() string {
	switch p {
	case PerLine:
		return "line"
	case PerOrder:
		return "order"
	}
	return "Per(" + strconv.Itoa(int(p)) + ")"
}

// ParsePer reads "line" or "order"; ok is false for anything else.
func ParsePer(s string) (p Per, ok bool) {
	switch s {
	case "line":
		return PerLine, true
	case "order":
		return PerOrder, true
	}
	return PerLine, false
}

// orderView reads a session's line items without copying them
// (internal/sessionview).
var orderView = sessionview.Order.(func(session.Session) ([]model.LineItem, []model.Fee, model.Opt[int64]))

// smallLines is how many lines the per-call scratch space holds without
// allocating.
const smallLines = 16

// scratch returns two int64 slices of length n, in buf when they fit.
func scratch(buf *[2 * smallLines]int64, n int) (a, b []int64) {
	if n <= smallLines {
		return buf[:n:n], buf[smallLines : smallLines+n]
	}
	m := make([]int64, 2*n)
	return m[:n:n], m[n:]
}

// lineNets prices s and writes each line's net amount (amount × quantity −
// discountAmount, or its total when total is set) into xs. It returns the
// quote and the session's problems as pricing reports them; a session that
// prices has no negative amount, so every net and total is ≥ 0.
func lineNets(s session.Session, xs []int64, total bool) (pricing.Quote, error) {
	q, err := pricing.Calculate(s)
	if err != nil {
		return q, err
	}
	lines, _, _ := orderView(s) // read only, not kept
	for i := range xs {
		// Calculate checked every product and sum of the line.
		li := &lines[i]
		xs[i] = li.Amount.Or(0)*li.Quantity.Or(1) - li.DiscountAmount.Or(0)
		if total {
			xs[i] += li.TaxAmount.Or(0)
		}
	}
	return q, nil
}

// Tax returns the session with each line's taxAmount set from the rate r,
// rounded by mode per line or per order (see the package documentation).
// Every other field is kept, a top-level amount override included. s is not
// changed. The error is a fielderr.List: the session's problems as
// pricing.Calculate reports them (a negative amount among them), CodeInexact
// under currency.Exact, fielderr.CodeOverflow where a tax or a new line total
// leaves int64.
func Tax(s session.Session, r rate.Rate, per Per, mode currency.RoundingMode) (session.Session, error) {
	n := s.NumLineItems()
	var buf [2 * smallLines]int64
	xs, taxes := scratch(&buf, n)
	if _, err := lineNets(s, xs, false); err != nil {
		return session.Session{}, err
	}
	switch per {
	case PerLine:
		var errs fielderr.List
		for i, x := range xs {
			t, err := r.Of(x, mode)
			if err != nil {
				errs = append(errs, rateErr(linePath(i)+".taxAmount", "the tax", err).(fielderr.List)...)
			}
			taxes[i] = t
		}
		if errs != nil {
			return session.Session{}, errs
		}
	case PerOrder:
		if _, err := r.Split(taxes, xs, mode); err != nil {
			return session.Session{}, rateErr("$.order.lineItems", "the order's tax", err)
		}
	default:
		return session.Session{}, fail("$", CodeRounding, "undefined per-line or per-order rounding "+per.String())
	}
	return withAmounts(s, nil, taxes)
}

// withAmounts returns s with the lines' discountAmount and taxAmount set
// from the parts (nil: kept), checked by pricing (a new line total or sum
// may leave int64).
func withAmounts(s session.Session, discount, tax []int64) (session.Session, error) {
	n := s.NumLineItems()
	if n == 0 {
		return s, nil
	}
	var buf [smallLines]session.Opt[int64]
	opts := buf[:0]
	if n > smallLines {
		opts = make([]session.Opt[int64], 0, n)
	}
	var ds, ts []session.Opt[int64]
	lines, _, _ := orderView(s)
	for i := range n {
		if tax != nil {
			opts = append(opts, session.Some(tax[i]))
			continue
		}
		var o session.Opt[int64] // absent unless there is a discount
		if d := lines[i].DiscountAmount; discount[i] != 0 || d.IsSet() {
			o = session.Some(d.Or(0) + discount[i])
		}
		opts = append(opts, o)
	}
	if tax != nil {
		ts = opts
	} else {
		ds = opts
	}
	t, err := s.WithLineAmounts(ds, ts)
	if err != nil {
		return session.Session{}, err // unreachable: one value per line
	}
	if _, err := pricing.Calculate(t); err != nil {
		return session.Session{}, err
	}
	return t, nil
}

// InclusiveLine is one line of an Inclusive report: the line's gross amount
// (its total, which already contains the tax), the tax it contains and the
// net amount without it. ItemID is the line's itemId ("" when absent).
type InclusiveLine struct {
	ItemID string
	Gross  int64
	Tax    int64
	Net    int64
}

// Inclusive is the tax that a session's prices contain, line by line and
// for the order, as InclusiveTax computes it. It is an immutable value.
type Inclusive struct {
	code            string
	lines           []InclusiveLine
	gross, tax, net int64
}

// CurrencyCode returns the session's currency code as given.
func (in Inclusive) CurrencyCode() string { return in.code }

// NumLines returns the number of lines.
func (in Inclusive) NumLines() int { return len(in.lines) }

// Line returns the i-th line. It panics if i is out of range.
func (in Inclusive) Line(i int) InclusiveLine { return in.lines[i] }

// Lines iterates over the lines in order.
func (in Inclusive) Lines() iter.Seq2[int, InclusiveLine] {
	return func(yield func(int, InclusiveLine) bool) {
		for i, l := range in.lines {
			if !yield(i, l) {
				return
			}
		}
	}
}

// Gross returns the sum of the lines' gross amounts.
func (in Inclusive) Gross() int64 { return in.gross }

// Tax returns the order's tax, the sum of the lines' taxes.
func (in Inclusive) Tax() int64 { return in.tax }

// Net returns Gross − Tax.
func (in Inclusive) Net() int64 { return in.net }

// InclusiveTax reports the tax at rate r that the session's line totals
// contain, per line (round(G × r / (1 + r)) for each line's gross G) or per
// order (round(ΣG × r / (1 + r)) split over the lines by largest remainder),
// rounded by mode. The session is not changed and no new one is made. Errors
// as for Tax.
func InclusiveTax(s session.Session, r rate.Rate, per Per, mode currency.RoundingMode) (Inclusive, error) {
	n := s.NumLineItems()
	var buf [2 * smallLines]int64
	gs, taxes := scratch(&buf, n)
	q, err := lineNets(s, gs, true)
	if err != nil {
		return Inclusive{}, err
	}
	switch per {
	case PerLine:
		var errs fielderr.List
		for i, g := range gs {
			t, err := r.Inclusive(g, mode)
			if err != nil {
				errs = append(errs, rateErr(linePath(i), "the tax", err).(fielderr.List)...)
			}
			taxes[i] = t
		}
		if errs != nil {
			return Inclusive{}, errs
		}
	case PerOrder:
		if _, err := r.SplitInclusive(taxes, gs, mode); err != nil {
			return Inclusive{}, rateErr("$.order.lineItems", "the order's tax", err)
		}
	default:
		return Inclusive{}, fail("$", CodeRounding, "undefined per-line or per-order rounding "+per.String())
	}
	in := Inclusive{code: s.CurrencyCode(), lines: make([]InclusiveLine, n)}
	for i := range n {
		in.lines[i] = InclusiveLine{ItemID: q.Line(i).ItemID, Gross: gs[i], Tax: taxes[i], Net: gs[i] - taxes[i]}
		in.gross += gs[i] // Σ line totals fits: Calculate checked it, and every total is ≥ 0
		in.tax += taxes[i]
	}
	in.net = in.gross - in.tax
	return in, nil
}
