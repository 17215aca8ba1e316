package pricing

import (
	"cmp"
	"iter"
	"slices"
	"strconv"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/checked"
	"github.com/paysession/paysession/rate"
	"github.com/paysession/paysession/session"
)

// Surcharge is a surcharge rule beyond Primer's fixed amounts, which
// Primer does not have: a fixed part plus a rate of the pre-surcharge calculated
// amount, with optional tax on the result.
//
// For a pre-surcharge amount B (line totals + shipping + non-SURCHARGE fees):
//
//	base = Fixed + round(B × rate)
//	tax  = round(base × tax rate)
//	fee  = base + tax
//
// where the rate is Rate, or RateBPS basis points (RateBPS / 10 000), and the
// tax rate Tax or TaxBPS: a rate.Rate expresses any exact decimal (2.875 %
// is rate.MustParse("2.875%"), which no whole number of basis points can
// say); basis points stay for the common case. Each product is exact
// (128-bit integers, never floats) and rounded once, by Rounding. The fee is the SURCHARGE fee the selection puts on the order;
// the quote reports it as Surcharge and its tax part as SurchargeTax.
type Surcharge struct {
	// Fixed is a fixed amount in minor units (≥ 0).
	Fixed int64
	// RateBPS is the rate in basis points (≥ 0): 290 is 2.90 %.
	RateBPS int64
	// Rounding rounds the rate and the tax. It must be named when RateBPS or
	// TaxBPS is set: its zero value, currency.Exact, cannot round and
	// NewPricer refuses it then (currency.HalfUp is the usual mode). A purely
	// fixed surcharge needs no rounding.
	Rounding currency.RoundingMode
	// TaxBPS is the tax on the surcharge, in basis points of Fixed plus the
	// rounded rate (≥ 0): 2000 is 20 %.
	TaxBPS int64
	// Rate is the rate as an exact decimal, in place of RateBPS (set one of
	// the two, not both): rate.MustParse("2.875%").
	Rate rate.Rate
	// Tax is the tax on the surcharge as an exact decimal, in place of
	// TaxBPS (set one of the two, not both).
	Tax rate.Rate
}

// rates returns the surcharge's rate and tax rate, from Rate and Tax or
// from the basis points, and whether both can be expressed.
func (sc Surcharge) rates() (r, tax rate.Rate, ok bool) {
	r, tax = sc.Rate, sc.Tax
	var err1, err2 error
	if r.IsZero() {
		r, err1 = rate.FromBPS(sc.RateBPS)
	}
	if tax.IsZero() {
		tax, err2 = rate.FromBPS(sc.TaxBPS)
	}
	return r, tax, err1 == nil && err2 == nil
}

// Rule configures the surcharge of one payment method type, or of one card
// network for PAYMENT_CARD.
//
// Method is the payment method type ("PAYMENT_CARD", "GOOGLE_PAY", …). For
// PAYMENT_CARD, Network names the card network ("VISA", …); a PAYMENT_CARD
// rule with an empty Network applies to every network that has no rule of
// its own (a card-wide rate). For other methods Network must be empty.
type Rule struct {
	Method    string
	Network   string
	Surcharge Surcharge
}

// CodeInvalidRule is the code of every problem NewPricer finds in its
// rules. It is part of the module's stable contract: its text never changes.
const CodeInvalidRule fielderr.Code = "invalid_rule"

// Pricer prices payment-method selections with surcharge rules configured in
// Go, including rates, on top of the fixed surcharges a session carries. It
// is an immutable value, safe for concurrent use; the zero Pricer has no
// rules and prices exactly like the package-level functions.
//
// When a selection is priced, the Pricer's rule for the method (and network)
// replaces whatever fixed surcharge the session configures for it; a
// selection without a rule falls back to the session's configuration. The
// conditions of the fixed surcharges hold for rules too: a surcharge applies
// only when the order has a line item, there is no top-level amount, the
// method is not KLARNA, and the resulting fee is > 0; selecting PAYMENT_CARD
// without a network never takes a surcharge.
type Pricer struct {
	rules []Rule // sorted by Method, then Network; unique
}

// NewPricer returns a Pricer with the rules. It copies them. Every rule must
// have a Method; Network only for PAYMENT_CARD; Fixed, RateBPS and TaxBPS
// must be ≥ 0 (and the basis points within a rate.Rate's 18 digits); at most
// one of Rate and RateBPS, and of Tax and TaxBPS, may be set; Rounding must be a defined mode, and a rule with a rate or a
// tax must name one other than currency.Exact (its zero value), since a rate
// of an amount is rarely whole minor units; a KLARNA rule is refused (KLARNA
// never takes a surcharge); no two rules may have the same Method and
// Network.
//
// The error is a fielderr.List with every problem, each with code
// CodeInvalidRule at the path of the rule's field in the argument list
// ("rules[2].Surcharge.Rounding"), as the decoders report a JSON field.
func NewPricer(rules ...Rule) (Pricer, error) {
	rs := slices.Clone(rules)
	var errs fielderr.List
	bad := func(i int, field, why string) {
		errs = append(errs, fielderr.Error{
			Path:    "rules[" + strconv.Itoa(i) + "]" + field,
			Code:    CodeInvalidRule,
			Message: why,
		})
	}
	for i, r := range rs {
		switch {
		case r.Method == "":
			bad(i, ".Method", "empty method")
		case r.Method == session.MethodKlarna:
			bad(i, ".Method", "KLARNA never takes a surcharge")
		case r.Network != "" && r.Method != session.MethodPaymentCard:
			bad(i, ".Network", "a network is only for PAYMENT_CARD")
		}
		sc := r.Surcharge
		if sc.Fixed < 0 {
			bad(i, ".Surcharge.Fixed", "negative fixed amount")
		}
		if sc.RateBPS < 0 {
			bad(i, ".Surcharge.RateBPS", "negative rate")
		}
		if sc.TaxBPS < 0 {
			bad(i, ".Surcharge.TaxBPS", "negative tax")
		}
		if !sc.Rate.IsZero() && sc.RateBPS != 0 {
			bad(i, ".Surcharge.Rate", "set Rate or RateBPS, not both")
		}
		if !sc.Tax.IsZero() && sc.TaxBPS != 0 {
			bad(i, ".Surcharge.Tax", "set Tax or TaxBPS, not both")
		}
		if _, err := rate.FromBPS(sc.RateBPS); err != nil && sc.RateBPS > 0 {
			bad(i, ".Surcharge.RateBPS", "more basis points than a rate can hold")
		}
		if _, err := rate.FromBPS(sc.TaxBPS); err != nil && sc.TaxBPS > 0 {
			bad(i, ".Surcharge.TaxBPS", "more basis points than a rate can hold")
		}
		rated := sc.RateBPS > 0 || sc.TaxBPS > 0 || !sc.Rate.IsZero() || !sc.Tax.IsZero()
		switch {
		case sc.Rounding > currency.Floor:
			bad(i, ".Surcharge.Rounding", "undefined rounding mode "+sc.Rounding.String())
		case sc.Rounding == currency.Exact && rated:
			bad(i, ".Surcharge.Rounding", "a rate or a tax needs a rounding mode (currency.HalfUp is the usual one)")
		}
	}
	for i := range rs {
		for j := range i {
			if compareRule(rs[j], rs[i]) == 0 {
				bad(i, "", "a second rule for "+strconv.Quote(rs[i].Method)+" "+strconv.Quote(rs[i].Network))
				break
			}
		}
	}
	if len(errs) > 0 {
		return Pricer{}, errs
	}
	slices.SortStableFunc(rs, compareRule)
	if len(rs) == 0 {
		rs = nil
	}
	return Pricer{rules: rs}, nil
}

func compareRule(a, b Rule) int {
	return cmp.Or(cmp.Compare(a.Method, b.Method), cmp.Compare(a.Network, b.Network))
}

// Rules iterates over the rules in (Method, Network) order.
func (p Pricer) Rules() iter.Seq[Rule] {
	return func(yield func(Rule) bool) {
		for _, r := range p.rules {
			if !yield(r) {
				return
			}
		}
	}
}

// rule returns the rule that applies to a selection, if any.
func (p Pricer) rule(method, network string) (Surcharge, bool) {
	if method == session.MethodPaymentCard && network == "" {
		return Surcharge{}, false
	}
	if method != session.MethodPaymentCard {
		network = ""
	}
	find := func(net string) (Surcharge, bool) {
		i, ok := slices.BinarySearchFunc(p.rules, Rule{Method: method, Network: net}, compareRule)
		if !ok {
			return Surcharge{}, false
		}
		return p.rules[i].Surcharge, true
	}
	if sc, ok := find(network); ok {
		return sc, true
	}
	if network != "" {
		return find("")
	}
	return Surcharge{}, false
}

// Calculate prices the session as it stands, exactly like the package-level
// Calculate: the SURCHARGE fees already on the session are amounts, and the
// rules apply only to a selection.
func (p Pricer) Calculate(s session.Session) (Quote, error) { return Calculate(s) }

// CalculateSelection prices the session as if the payment method (and
// network) were selected, with the Pricer's rule for it when there is one
// (see Pricer). Without a rule it equals the package-level
// CalculateSelection.
//
// With a rule, the session is first priced without any surcharge; its
// problems (as Calculate reports them) are returned as they are, since a rate
// of an amount that cannot be computed is meaningless. A surcharge that
// leaves int64 is then reported as fielderr.CodeOverflow at the path the
// SURCHARGE fee would take, $.order.fees[k] with k the number of
// non-SURCHARGE fees, and a calculated amount that leaves int64 once the
// surcharge is added at $.order.
func (p Pricer) CalculateSelection(s session.Session, method, network string) (Quote, error) {
	sc, ok := p.rule(method, network)
	if !ok {
		return CalculateSelection(s, method, network)
	}
	var q Quote
	if err := calc(&q, s, true, 0); err != nil { // the quote without surcharge
		return Quote{}, err
	}
	fee, tax, err := rateFee(s, q, sc, method)
	if err != nil || fee <= 0 {
		return q, err
	}
	q.surcharge, q.surchargeTax = fee, tax
	if q.calculated, ok = checked.Add(q.calculated, fee); !ok {
		return Quote{}, orderOverflow(nil, "the calculated amount (line totals + shipping + fees)")
	}
	return q, nil
}

// rateFee computes a rule's SURCHARGE fee and its tax part from the quote
// without surcharge; fee ≤ 0 means none. The error is a fielderr.List.
func rateFee(s session.Session, q Quote, sc Surcharge, method string) (fee, tax int64, err error) {
	base, ok := q.Calculated()
	if !ok || method == session.MethodKlarna || q.Overridden() {
		return 0, 0, nil
	}
	r, tr, ok0 := sc.rates() // NewPricer checked them
	part, err1 := r.Of(base, sc.Rounding)
	var ok2, ok3, ok4 bool
	fee, ok2 = addChecked(sc.Fixed, part, ok0 && err1 == nil)
	tax, ok3 = ofChecked(fee, tr, sc.Rounding, ok2)
	fee, ok4 = addChecked(fee, tax, ok3)
	if !ok4 {
		k := 0
		for i := range s.NumFees() {
			f := s.Fee(i)
			if f.Type != session.FeeTypeSurcharge {
				k++
			}
		}
		return 0, 0, fielderr.List{{
			Path: "$.order.fees[" + strconv.Itoa(k) + "]", Code: fielderr.CodeOverflow,
			Message: "the surcharge for " + method + " leaves int64",
		}}
	}
	if fee <= 0 {
		return 0, 0, nil
	}
	return fee, tax, nil
}

func addChecked(a, b int64, ok bool) (int64, bool) {
	if !ok {
		return 0, false
	}
	return checked.Add(a, b)
}

func ofChecked(x int64, r rate.Rate, mode currency.RoundingMode, ok bool) (int64, bool) {
	if !ok {
		return 0, false
	}
	v, err := r.Of(x, mode)
	return v, err == nil
}

// SelectPaymentMethod returns the session with the payment method (and
// network) selected, the way Primer stores it: every SURCHARGE fee removed
// and, when the selection takes one, one SURCHARGE fee with the amount
// CalculateSelection computes (tax included), as a fixed amount Primer's wire
// format can carry. Calculate of the result equals p.CalculateSelection(s,
// method, network) except for SurchargeTax, which a fixed fee does not keep.
// The session s is not changed. The error is CalculateSelection's, when the
// rule's fee cannot be computed.
func (p Pricer) SelectPaymentMethod(s session.Session, method, network string) (session.Session, error) {
	sc, ok := p.rule(method, network)
	if !ok {
		return s.SelectPaymentMethod(method, network), nil
	}
	var q Quote
	if err := calc(&q, s, true, 0); err != nil {
		return session.Session{}, err
	}
	fee, _, err := rateFee(s, q, sc, method)
	if err != nil {
		return session.Session{}, err
	}
	u := s.UnselectPaymentMethod()
	if fee <= 0 {
		return u, nil
	}
	par := u.Params()
	par.Order.Fees = append(par.Order.Fees, session.Fee{Type: session.FeeTypeSurcharge, Amount: session.Some(fee)})
	return session.New(par)
}
