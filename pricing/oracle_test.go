package pricing

// Slow, obviously correct oracles in math/big that the fast int64 code is
// checked against.

import (
	"errors"
	"math"
	"math/big"
	"slices"
	"strings"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/decimaloracle"
)

var (
	bigMin = big.NewInt(math.MinInt64)
	bigMax = big.NewInt(math.MaxInt64)
)

func fits(x *big.Int) bool { return x.Cmp(bigMin) >= 0 && x.Cmp(bigMax) <= 0 }

// bigQuote is what the oracle expects of a quote.
type bigQuote struct {
	lines                         []Line
	items, fees, surcharge, calc  int64
	hasCalc                       bool
	overflow, quantity, discount  bool // expected error codes
	negative                      bool
	itemsBig, feesBig, surBig, cb *big.Int
}

func (b bigQuote) wantErr() bool { return b.overflow || b.quantity || b.discount || b.negative }

// oracle prices o in math/big. With selecting set, the spec's SURCHARGE fees
// are dropped and fee (if > 0) is the one surcharge.
func oracle(o orderSpec, selecting bool, fee int64) bigQuote {
	var b bigQuote
	items, fees, sur := new(big.Int), new(big.Int), new(big.Int)
	linesOK := true
	for _, l := range o.Lines {
		l = l.normal()
		sub := new(big.Int).Mul(big.NewInt(l.Amount), big.NewInt(l.Qty))
		net := new(big.Int).Sub(sub, big.NewInt(l.Disc))
		total := new(big.Int).Add(net, big.NewInt(l.Tax))
		if l.Qty < 1 {
			b.quantity = true
		}
		if l.Amount < 0 || l.Disc < 0 || l.Tax < 0 {
			b.negative = true
		}
		if !fits(sub) || !fits(net) || !fits(total) {
			b.overflow = true
			linesOK = false
			continue
		}
		// A discount exceeds the subtotal only of a line that means
		// something otherwise: amount ≥ 0, quantity ≥ 1.
		if l.Qty >= 1 && l.Amount >= 0 && l.Disc > sub.Int64() {
			b.discount = true
		}
		b.lines = append(b.lines, Line{ItemID: l.ID, Subtotal: sub.Int64(), Discount: l.Disc, Tax: l.Tax, Total: total.Int64()})
		items.Add(items, total)
	}
	for _, f := range o.Fees {
		if f.Amount < 0 && (!f.Surcharge || !selecting) {
			b.negative = true
		}
		switch {
		case !f.Surcharge:
			fees.Add(fees, big.NewInt(f.Amount))
		case !selecting:
			sur.Add(sur, big.NewInt(f.Amount))
		}
	}
	if selecting && fee > 0 {
		sur.Add(sur, big.NewInt(fee))
	}
	calc := new(big.Int).Add(items, fees)
	calc.Add(calc, sur)
	calc.Add(calc, big.NewInt(o.Shipping))
	b.itemsBig, b.feesBig, b.surBig, b.cb = items, fees, sur, calc
	if o.Shipping < 0 || o.HasOverride && o.Override < 0 {
		b.negative = true
	}
	if linesOK {
		if !fits(items) || !fits(fees) || !fits(sur) || len(o.Lines) > 0 && !fits(calc) {
			b.overflow = true
		}
	}
	if !b.wantErr() {
		b.items, b.fees, b.surcharge = items.Int64(), fees.Int64(), sur.Int64()
		if len(o.Lines) > 0 {
			b.calc, b.hasCalc = calc.Int64(), true
		}
	}
	return b
}

// selectionFee is the selection rule, written from its statement in the rules.
func selectionFee(o orderSpec, method, network string) int64 {
	if len(o.Lines) == 0 || o.HasOverride || method == "KLARNA" {
		return 0
	}
	var v int64
	switch {
	case method == "PAYMENT_CARD" && network == "VISA":
		v = o.Visa
	case method == "PAYMENT_CARD" && network == "MASTERCARD":
		v = o.Mastercard
	case method == "GOOGLE_PAY":
		v = o.GooglePay
	}
	return max(v, 0)
}

// agrees reports whether the quote (or error) is what the oracle expects;
// why says what differs.
func (b bigQuote) agrees(o orderSpec, q Quote, err error) (ok bool, why string) {
	if b.wantErr() != (err != nil) {
		return false, "error presence: want error " + boolStr(b.wantErr()) + ", got " + errStr(err)
	}
	if err != nil {
		if errors.Is(err, fielderr.CodeOverflow) != b.overflow || errors.Is(err, CodeQuantity) != b.quantity ||
			errors.Is(err, CodeDiscountExceedsSubtotal) != b.discount || errors.Is(err, CodeNegative) != b.negative {
			return false, "error codes differ: " + err.Error()
		}
		var l fielderr.List
		if !errors.As(err, &l) || len(l) == 0 {
			return false, "not an ErrorList"
		}
		return true, ""
	}
	if q.ItemsTotal() != b.items || q.Fees() != b.fees || q.Surcharge() != b.surcharge || q.Shipping() != o.Shipping {
		return false, "sums differ"
	}
	c, has := q.Calculated()
	if c != b.calc || has != b.hasCalc {
		return false, "calculated differs"
	}
	a, hasA := q.Amount()
	wantA, wantHas := b.calc, b.hasCalc
	if o.HasOverride {
		wantA, wantHas = o.Override, true
	}
	if a != wantA || hasA != wantHas || q.Overridden() != o.HasOverride {
		return false, "amount differs"
	}
	got := make([]Line, 0, q.NumLines())
	for _, l := range q.Lines() {
		got = append(got, l)
	}
	if !slices.Equal(got, b.lines) {
		return false, "lines differ"
	}
	return true, ""
}

func boolStr(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// codesStr returns the codes of an ErrorList, sorted, one per problem: a
// selection's problems at the session's fees keep their codes but not their
// indices (selecting removes the SURCHARGE fees), so the two ways of pricing
// a selection are compared by code.
func codesStr(err error) string {
	var l fielderr.List
	if !errors.As(err, &l) {
		return errStr(err)
	}
	codes := make([]string, len(l))
	for i, e := range l {
		codes[i] = string(e.Code)
	}
	slices.Sort(codes)
	return strings.Join(codes, ",")
}

func errStr(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

// roundRat rounds r to an integer by mode (the zero mode meaning half-up,
// as these tests were written when it did), by the definitions' oracle.
func roundRat(r *big.Rat, mode currency.RoundingMode) *big.Int {
	if mode == currency.Exact {
		mode = currency.HalfUp
	}
	v, _ := decimaloracle.RoundRat(r, mode)
	return v
}

// bigRate is round(x × bps / 10000) in big.Rat.
func bigRate(x *big.Int, bps int64, mode currency.RoundingMode) *big.Int {
	r := new(big.Rat).SetFrac(new(big.Int).Mul(x, big.NewInt(bps)), big.NewInt(10000))
	return roundRat(r, mode)
}

// bigSurcharge is a rule's fee and tax for the pre-surcharge amount base,
// and whether every step fits in int64.
func bigSurcharge(base int64, sc Surcharge) (fee, tax int64, ok bool) {
	rate := bigRate(big.NewInt(base), sc.RateBPS, sc.Rounding)
	b := new(big.Int).Add(big.NewInt(sc.Fixed), rate)
	if !fits(rate) || !fits(b) {
		return 0, 0, false
	}
	t := bigRate(b, sc.TaxBPS, sc.Rounding)
	f := new(big.Int).Add(b, t)
	if !fits(t) || !fits(f) {
		return 0, 0, false
	}
	return f.Int64(), t.Int64(), true
}
