package rate

import (
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/shopspring/decimal"
)

var sink int64

// BenchmarkConvert converts 19.99 USD to yen at 151.237, half-even.
func BenchmarkConvert(b *testing.B) {
	r := MustParse("151.237")
	usd, jpy := currency.MustParse("USD"), currency.MustParse("JPY")
	b.ReportAllocs()
	for b.Loop() {
		v, err := r.Convert(1999, usd, jpy, currency.HalfEven)
		if err != nil {
			b.Fatal(err)
		}
		sink += v
	}
}

// BenchmarkConvertShopspring is the same conversion in shopspring/decimal:
// the amount times the rate, shifted by the exponents, rounded half-even.
func BenchmarkConvertShopspring(b *testing.B) {
	r := decimal.RequireFromString("151.237")
	usd, jpy := currency.MustParse("USD"), currency.MustParse("JPY")
	b.ReportAllocs()
	for b.Loop() {
		ef, _ := usd.MinorUnits()
		et, _ := jpy.MinorUnits()
		v := decimal.NewFromInt(1999).Mul(r).Shift(int32(et - ef)).RoundBank(0)
		if !v.IsInteger() {
			b.Fatal("not an integer")
		}
		sink += v.IntPart()
	}
}

var tenNets = []int64{1234, 1998, 7500, 1, 4999, 3998, 1050, 12000, 150, 640}

// BenchmarkSplit10 is the arithmetic of a per-order tax on ten lines: the
// order's tax rounded once and split by largest remainder.
func BenchmarkSplit10(b *testing.B) {
	r := MustParse("8.875%")
	dst := make([]int64, len(tenNets))
	b.ReportAllocs()
	for b.Loop() {
		v, err := r.Split(dst, tenNets, currency.HalfEven)
		if err != nil {
			b.Fatal(err)
		}
		sink += v
	}
}

// BenchmarkSplit10Shopspring is the same arithmetic in shopspring/decimal:
// exact shares, their sum rounded half-even, floors, and the units to the
// largest remainders (ties to the lower index).
func BenchmarkSplit10Shopspring(b *testing.B) {
	r := decimal.RequireFromString("0.08875")
	dst := make([]int64, len(tenNets))
	b.ReportAllocs()
	for b.Loop() {
		shares := make([]decimal.Decimal, len(tenNets))
		rems := make([]decimal.Decimal, len(tenNets))
		total := decimal.Zero
		given := int64(0)
		for i, x := range tenNets {
			shares[i] = decimal.NewFromInt(x).Mul(r)
			total = total.Add(shares[i])
			fl := shares[i].Floor()
			dst[i] = fl.IntPart()
			rems[i] = shares[i].Sub(fl)
			given += dst[i]
		}
		left := total.RoundBank(0).IntPart() - given
		for ; left > 0; left-- {
			best := -1
			for i := range rems {
				if best < 0 || rems[i].GreaterThan(rems[best]) {
					best = i
				}
			}
			dst[best]++
			rems[best] = decimal.NewFromInt(-1)
		}
		sink += dst[0]
	}
}

// Parsing and every operation make no allocation.
func TestAllocations(t *testing.T) {
	r := MustParse("8.875%")
	usd, jpy := currency.MustParse("USD"), currency.MustParse("JPY")
	dst := make([]int64, len(tenNets))
	for name, f := range map[string]func(){
		"Parse":          func() { _, _ = Parse("8.875%") },
		"Of":             func() { _, _ = r.Of(1200, currency.HalfEven) },
		"Inclusive":      func() { _, _ = r.Inclusive(1200, currency.HalfEven) },
		"Convert":        func() { _, _ = r.Convert(1999, usd, jpy, currency.HalfEven) },
		"Split":          func() { _, _ = r.Split(dst, tenNets, currency.HalfEven) },
		"SplitInclusive": func() { _, _ = r.SplitInclusive(dst, tenNets, currency.HalfEven) },
		"WithMarkup":     func() { _, _ = r.WithMarkup(r) },
		"Cmp":            func() { _ = r.Cmp(r) },
	} {
		if n := testing.AllocsPerRun(50, f); n != 0 {
			t.Errorf("%s: %v allocations", name, n)
		}
	}
}
