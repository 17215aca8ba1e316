package pricing

import (
	"errors"
	"math/big"
	"math/rand"
	"slices"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/fielderr"
)

func properties(t *testing.T) *gopter.Properties {
	t.Helper()
	p := gopter.DefaultTestParameters()
	p.MinSuccessfulTests = 500
	return gopter.NewProperties(p)
}

// shuffle returns o with its line items and fees in an order drawn from seed.
func shuffle(o orderSpec, seed int64) orderSpec {
	r := rand.New(rand.NewSource(seed))
	o.Lines = slices.Clone(o.Lines)
	o.Fees = slices.Clone(o.Fees)
	r.Shuffle(len(o.Lines), func(i, j int) { o.Lines[i], o.Lines[j] = o.Lines[j], o.Lines[i] })
	r.Shuffle(len(o.Fees), func(i, j int) { o.Fees[i], o.Fees[j] = o.Fees[j], o.Fees[i] })
	return o
}

func errorCodes(err error) []fielderr.Code {
	var l fielderr.List
	if !errors.As(err, &l) {
		return nil
	}
	var cs []fielderr.Code
	for _, e := range l {
		cs = append(cs, e.Code)
	}
	slices.Sort(cs)
	return cs
}

func sortedLines(q Quote) []Line {
	var ls []Line
	for _, l := range q.Lines() {
		ls = append(ls, l)
	}
	slices.SortFunc(ls, func(a, b Line) int {
		if c := a.Total - b.Total; c != 0 {
			if a.Total < b.Total {
				return -1
			}
			return 1
		}
		return 0
	})
	slices.SortStableFunc(ls, func(a, b Line) int {
		switch {
		case a.ItemID < b.ItemID:
			return -1
		case a.ItemID > b.ItemID:
			return 1
		}
		return 0
	})
	return ls
}

func sameSums(a, b Quote) bool {
	ca, ha := a.Calculated()
	cb, hb := b.Calculated()
	aa, haa := a.Amount()
	ab, hab := b.Amount()
	return a.ItemsTotal() == b.ItemsTotal() && a.Fees() == b.Fees() && a.Surcharge() == b.Surcharge() &&
		a.Shipping() == b.Shipping() && ca == cb && ha == hb && aa == ab && haa == hab && a.Overridden() == b.Overridden() &&
		a.NumLines() == b.NumLines()
}

func TestPropReorderInvariant(t *testing.T) {
	ps := properties(t)
	check := func(o orderSpec, seed int64) bool {
		q1, err1 := Calculate(o.mustSession())
		q2, err2 := Calculate(shuffle(o, seed).mustSession())
		if (err1 == nil) != (err2 == nil) || !slices.Equal(errorCodes(err1), errorCodes(err2)) {
			return false
		}
		return err1 != nil || sameSums(q1, q2) && slices.EqualFunc(sortedLines(q1), sortedLines(q2), func(a, b Line) bool { return a == b })
	}
	ps.Property("reordering line items and fees changes nothing (valid orders)", prop.ForAll(check, genValidOrder(), genPerm()))
	ps.Property("reordering line items and fees changes nothing, overflow included", prop.ForAll(check, genWideOrder(), genPerm()))
	ps.Property("reordering line items and fees changes nothing, sums near the limit", prop.ForAll(check, genBigSumOrder(), genPerm()))
	ps.TestingRun(t)
}

func TestPropUnionIsSum(t *testing.T) {
	ps := properties(t)
	ps.Property("the quote of two orders' union is the sum of their quotes", prop.ForAll(func(a, b orderSpec) bool {
		a.HasOverride, b.HasOverride = false, false
		u := a
		u.Lines = append(slices.Clone(a.Lines), b.Lines...)
		u.Fees = append(slices.Clone(a.Fees), b.Fees...)
		u.Shipping, u.HasShipping = a.Shipping+b.Shipping, true
		qa, errA := Calculate(a.mustSession())
		qb, errB := Calculate(b.mustSession())
		qu, errU := Calculate(u.mustSession())
		if errA != nil || errB != nil || errU != nil {
			return false // valid small orders never fail
		}
		ca, _ := qa.Calculated()
		cb, _ := qb.Calculated()
		cu, hasU := qu.Calculated()
		// Without line items an order has no calculated amount; its
		// shipping and fees still count in the union.
		want := qa.ItemsTotal() + qa.Shipping() + qa.Fees() + qa.Surcharge() + qb.ItemsTotal() + qb.Shipping() + qb.Fees() + qb.Surcharge()
		if _, h := qa.Calculated(); h {
			want -= qa.ItemsTotal() + qa.Shipping() + qa.Fees() + qa.Surcharge() - ca
		}
		if _, h := qb.Calculated(); h {
			want -= qb.ItemsTotal() + qb.Shipping() + qb.Fees() + qb.Surcharge() - cb
		}
		return qu.ItemsTotal() == qa.ItemsTotal()+qb.ItemsTotal() && qu.Fees() == qa.Fees()+qb.Fees() &&
			qu.Surcharge() == qa.Surcharge()+qb.Surcharge() && qu.NumLines() == qa.NumLines()+qb.NumLines() &&
			hasU == (len(u.Lines) > 0) && (!hasU || cu == want)
	}, genValidOrder(), genValidOrder()))
	ps.TestingRun(t)
}

func TestPropOverride(t *testing.T) {
	ps := properties(t)
	ps.Property("with an override the amount is the override and the calculated amount is unchanged", prop.ForAll(func(o orderSpec, v int64) bool {
		o.HasOverride = false
		plain, err1 := Calculate(o.mustSession())
		if v < 0 {
			v = -(v + 1) // an override must be ≥ 0 (TestCalculateNegative has the others)
		}
		o.HasOverride, o.Override = true, v
		over, err2 := Calculate(o.mustSession())
		if err1 != nil || err2 != nil {
			return false
		}
		c1, h1 := plain.Calculated()
		c2, h2 := over.Calculated()
		a, ok := over.Amount()
		return c1 == c2 && h1 == h2 && a == v && ok && over.Overridden() && !plain.Overridden()
	}, genValidOrder(), genWideAmount()))
	ps.TestingRun(t)
}

func TestPropOracle(t *testing.T) {
	ps := properties(t)
	check := func(o orderSpec) (bool, error) {
		q, err := Calculate(o.mustSession())
		ok, why := oracle(o, false, 0).agrees(o, q, err)
		if !ok {
			return false, errors.New(why)
		}
		return true, nil
	}
	ps.Property("Calculate agrees with math/big, overflow exactly when the exact value leaves int64 (wide values)",
		prop.ForAll(func(o orderSpec) (bool, error) { return check(o) }, genWideOrder()))
	ps.Property("Calculate agrees with math/big, sums near the int64 limit",
		prop.ForAll(func(o orderSpec) (bool, error) { return check(o) }, genBigSumOrder()))
	ps.Property("Calculate agrees with math/big (valid orders)",
		prop.ForAll(func(o orderSpec) (bool, error) { return check(o) }, genValidOrder()))
	ps.TestingRun(t)
}

func TestPropSelection(t *testing.T) {
	ps := properties(t)
	check := func(o orderSpec, sel [2]string) (bool, error) {
		s := o.mustSession()
		q1, err1 := CalculateSelection(s, sel[0], sel[1])
		q2, err2 := Calculate(s.SelectPaymentMethod(sel[0], sel[1]))
		if codesStr(err1) != codesStr(err2) {
			return false, errors.New("errors differ: " + errStr(err1) + " | " + errStr(err2))
		}
		if err1 == nil && !q1.Equal(q2) {
			return false, errors.New("quotes differ")
		}
		// and both agree with the oracle written from the selection rule
		if ok, why := oracle(o, true, selectionFee(o, sel[0], sel[1])).agrees(o, q1, err1); !ok {
			return false, errors.New("oracle: " + why)
		}
		return true, nil
	}
	ps.Property("quoting a selection equals selecting then quoting (valid)", prop.ForAll(check, genValidOrder(), genSelection()))
	ps.Property("quoting a selection equals selecting then quoting (wide)", prop.ForAll(check, genWideOrder(), genSelection()))
	ps.Property("quoting a selection equals selecting then quoting (big sums)", prop.ForAll(check, genBigSumOrder(), genSelection()))
	ps.TestingRun(t)
}

func TestPropRate(t *testing.T) {
	ps := properties(t)
	ps.Property("mulBPS equals the big.Rat oracle for every rounding mode", prop.ForAll(func(x, bps int64) bool {
		for _, m := range allModes {
			got, ok := mulBPS(x, bps, m)
			want := bigRate(big.NewInt(x), bps, m)
			if ok != fits(want) || ok && got != want.Int64() {
				return false
			}
		}
		return true
	}, genWideAmount(), genBPS()))
	ps.Property("a Pricer's rate surcharge equals the big.Rat oracle", prop.ForAll(func(o orderSpec, sc Surcharge, sel [2]string) (bool, error) {
		p, err := NewPricer(Rule{Method: "PAYMENT_CARD", Surcharge: sc}, Rule{Method: "GOOGLE_PAY", Surcharge: sc}, Rule{Method: "PAYPAL", Surcharge: sc})
		if err != nil {
			return false, err
		}
		s := o.mustSession()
		q, err := p.CalculateSelection(s, sel[0], sel[1])
		if err != nil {
			return false, err
		}
		base, _ := oracle(o, true, 0).calc, 0
		wantFee, wantTax, ok := bigSurcharge(base, sc)
		applies := len(o.Lines) > 0 && !o.HasOverride && sel[0] != "KLARNA" && !(sel[0] == "PAYMENT_CARD" && sel[1] == "")
		if !ok {
			return false, errors.New("oracle overflow on small values")
		}
		if !applies || wantFee <= 0 {
			wantFee, wantTax = 0, 0
		}
		if q.Surcharge() != wantFee || q.SurchargeTax() != wantTax {
			return false, errors.New("surcharge differs")
		}
		c, _ := q.Calculated()
		if applies && c != base+wantFee {
			return false, errors.New("calculated differs")
		}
		// Selecting with the Pricer stores the fee as a fixed amount.
		t2, err := p.SelectPaymentMethod(s, sel[0], sel[1])
		if err != nil {
			return false, err
		}
		q2, err := Calculate(t2)
		if err != nil || q2.Surcharge() != q.Surcharge() || !sameSums(q, q2) {
			return false, errors.New("Calculate(p.SelectPaymentMethod) differs")
		}
		return true, nil
	}, genValidOrder(), genSurcharge(), genSelection()))
	ps.TestingRun(t)
}

func TestPropAllocate(t *testing.T) {
	ps := properties(t)
	ps.Property("parts sum to the amount and each lies within one unit of its exact share", prop.ForAll(func(amount int64, w []int64) (bool, error) {
		parts, err := Allocate(amount, w)
		if err != nil {
			return false, err
		}
		var total big.Int
		for _, x := range w {
			total.Add(&total, big.NewInt(x))
		}
		var sum big.Int
		for i, p := range parts {
			sum.Add(&sum, big.NewInt(p))
			share := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(amount), big.NewInt(w[i])), &total)
			diff := new(big.Rat).Sub(share, new(big.Rat).SetInt64(p))
			if diff.Abs(diff).Cmp(big.NewRat(1, 1)) >= 0 {
				return false, errors.New("part too far from its share")
			}
			if w[i] == 0 && p != 0 {
				return false, errors.New("a zero weight got a unit")
			}
		}
		if sum.Cmp(big.NewInt(amount)) != 0 {
			return false, errors.New("parts do not sum to the amount")
		}
		return true, nil
	}, genAllocAmount(), genWeights()))
	ps.Property("a negative amount mirrors the positive one", prop.ForAll(func(amount int64, w []int64) bool {
		if amount == -amount { // 0 and MinInt64
			return true
		}
		a, err1 := Allocate(amount, w)
		b, err2 := Allocate(-amount, w)
		if err1 != nil || err2 != nil {
			return false
		}
		for i := range a {
			if a[i] != -b[i] {
				return false
			}
		}
		return true
	}, genAllocAmount(), genWeights()))
	ps.Property("the leftover units go to the largest remainders, ties to the lower index", prop.ForAll(func(amount int64, w []int64) bool {
		parts, err := Allocate(amount, w)
		if err != nil {
			return false
		}
		if amount < 0 {
			amount = -amount
			if amount < 0 {
				return true // MinInt64: covered by the sum property
			}
			for i := range parts {
				parts[i] = -parts[i]
			}
		}
		var total big.Int
		for _, x := range w {
			total.Add(&total, big.NewInt(x))
		}
		// Every part that got a unit must have a (remainder, -index) key
		// above every part that did not.
		type key struct {
			rem *big.Int
			i   int
			got bool
		}
		var ks []key
		for i := range w {
			q, r := new(big.Int).QuoRem(new(big.Int).Mul(big.NewInt(amount), big.NewInt(w[i])), &total, new(big.Int))
			ks = append(ks, key{rem: r, i: i, got: big.NewInt(parts[i]).Cmp(q) != 0})
		}
		for _, a := range ks {
			for _, b := range ks {
				if a.got && !b.got {
					c := a.rem.Cmp(b.rem)
					if c < 0 || c == 0 && a.i > b.i {
						return false
					}
				}
			}
		}
		return true
	}, genAllocAmount(), genWeights()))
	ps.TestingRun(t)
}
