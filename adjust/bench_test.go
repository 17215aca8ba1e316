package adjust

import (
	"sort"
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/rate"
	"github.com/paysession/paysession/session"
	"github.com/shopspring/decimal"
)

func tenLines(b testing.TB) session.Session {
	amounts := []int64{1234, 999, 2500, 1, 4999, 1999, 350, 12000, 75, 640}
	var ls []line
	for i, a := range amounts {
		ls = append(ls, line{a, int64(1 + i%3), -1, -1})
	}
	return build(b, "USD", ls...)
}

// BenchmarkTax10 is per-order tax on a 10-line session: the new session
// included.
func BenchmarkTax10(b *testing.B) {
	s := tenLines(b)
	r := rate.MustParse("8.875%")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Tax(s, r, PerOrder, currency.HalfEven); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTax10Shopspring is the same work with shopspring/decimal: the
// lines' nets from pricing, Σ net × r rounded half-even, the exact shares'
// floors and the units to the largest remainders, and the new session built
// the same way as Tax builds it.
func BenchmarkTax10Shopspring(b *testing.B) {
	s := tenLines(b)
	r := decimal.RequireFromString("0.08875")
	b.ReportAllocs()
	for b.Loop() {
		q, err := pricing.Calculate(s)
		if err != nil {
			b.Fatal(err)
		}
		n := q.NumLines()
		shares := make([]decimal.Decimal, n)
		total := decimal.Zero
		for i := range n {
			l := q.Line(i)
			shares[i] = decimal.NewFromInt(l.Subtotal - l.Discount).Mul(r)
			total = total.Add(shares[i])
		}
		t := total.RoundBank(0)
		taxes := make([]int64, n)
		idx := make([]int, n)
		given := decimal.Zero
		for i := range n {
			fl := shares[i].Floor()
			taxes[i] = fl.IntPart()
			given = given.Add(fl)
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, c int) bool {
			return shares[idx[a]].Sub(shares[idx[a]].Floor()).GreaterThan(shares[idx[c]].Sub(shares[idx[c]].Floor()))
		})
		for k := range t.Sub(given).IntPart() {
			taxes[idx[k]]++
		}
		if _, err := withAmounts(s, nil, taxes); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTax10Session is the part BenchmarkTax10 and
// BenchmarkTax10Shopspring share: the new session built from the ten lines'
// taxes (one copy of the session and its line items, 272 bytes a line, then
// pricing's check of the new totals). It bounds what the ratio between the
// two can be.
func BenchmarkTax10Session(b *testing.B) {
	s := tenLines(b)
	taxes := []int64{110, 177, 222, 0, 444, 355, 93, 1065, 6, 57}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := withAmounts(s, nil, taxes); err != nil {
			b.Fatal(err)
		}
	}
}

// Tax and the discounts make one allocation, the new session, for orders of
// up to 32 lines; InclusiveTax one, its report.
func TestAllocations(t *testing.T) {
	s := tenLines(t)
	r := rate.MustParse("8.875%")
	for name, f := range map[string]func(){
		"Tax per order":  func() { _, _ = Tax(s, r, PerOrder, currency.HalfEven) },
		"Tax per line":   func() { _, _ = Tax(s, r, PerLine, currency.HalfEven) },
		"DiscountAmount": func() { _, _ = DiscountAmount(s, 999) },
		"DiscountRate":   func() { _, _ = DiscountRate(s, r, currency.HalfEven) },
		"InclusiveTax":   func() { _, _ = InclusiveTax(s, r, PerOrder, currency.HalfEven) },
	} {
		if n := testing.AllocsPerRun(20, f); n > 1 {
			t.Errorf("%s: %v allocations, want 1", name, n)
		}
	}
}
