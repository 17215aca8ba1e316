package provider_test

import (
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/provider"
)

var (
	sinkInt   int64
	sinkError error
)

// benchMix is the currency mix of BenchmarkWire: common two-decimal
// currencies, zero- and three-decimal ones, and Stripe's special cases.
var benchMix = func() []currency.Code {
	var cs []currency.Code
	for _, s := range []string{"USD", "EUR", "GBP", "JPY", "ISK", "KWD", "MGA", "CHF", "KRW", "UGX", "BHD", "AUD", "HUF", "SEK", "IDR", "CLP"} {
		cs = append(cs, currency.MustParse(s))
	}
	return cs
}()

// benchAmounts are convertible at Stripe for every currency of benchMix.
var benchAmounts = [...]int64{1000, 4990, 120000, 5000, 70000, 300}

// BenchmarkWire converts ISO minor units to Stripe's wire amount for a mix
// of currencies (all convertible, so it measures the success path).
func BenchmarkWire(b *testing.B) {
	p := provider.Stripe()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c := benchMix[i&15]
		sinkInt, sinkError = p.Wire(benchAmounts[i%len(benchAmounts)], c, currency.Exact)
		i++
	}
}

// BenchmarkWireBaseline is the plainest code doing the same job: one table
// look-up (a factor per currency, in an array indexed by the ISO numeric
// code, the same key package provider uses) and one multiplication, with no
// checks at all (no granularity, no limit, no overflow, no exponent below
// ISO's, no refused currency).
func BenchmarkWireBaseline(b *testing.B) {
	var factors [1000]int64
	for _, c := range benchMix {
		factors[numericCode(c)] = 1
	}
	factors[numericCode(currency.MustParse("ISK"))] = 100
	factors[numericCode(currency.MustParse("UGX"))] = 100
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c := benchMix[i&15]
		sinkInt = benchAmounts[i%len(benchAmounts)] * factors[numericCode(c)]
		i++
	}
}

// BenchmarkWireBaselineMap is the same with the table in a map keyed by the
// currency.Code, as most hand-written code would keep it.
func BenchmarkWireBaselineMap(b *testing.B) {
	factors := map[currency.Code]int64{}
	for _, c := range benchMix {
		factors[c] = 1
	}
	factors[currency.MustParse("ISK")] = 100
	factors[currency.MustParse("UGX")] = 100
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c := benchMix[i&15]
		sinkInt = benchAmounts[i%len(benchAmounts)] * factors[c]
		i++
	}
}

func numericCode(c currency.Code) int {
	s := c.Numeric()
	return int(s[0]-'0')*100 + int(s[1]-'0')*10 + int(s[2]-'0')
}

// BenchmarkUnwire converts back for the same mix.
func BenchmarkUnwire(b *testing.B) {
	p := provider.Stripe()
	wires := make([]int64, len(benchMix))
	for i, c := range benchMix {
		wires[i], _ = p.Wire(120000, c, currency.Exact)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkInt, sinkError = p.Unwire(wires[i&15], benchMix[i&15])
		i++
	}
}

// TestWireAllocs pins the zero allocations of the integer forms and of
// AppendWire with room.
func TestWireAllocs(t *testing.T) {
	p := provider.Stripe()
	buf := make([]byte, 0, 64)
	pp := provider.PayPal()
	usd := currency.MustParse("USD")
	n := testing.AllocsPerRun(100, func() {
		for _, c := range benchMix {
			w, _ := p.Wire(120000, c, currency.Exact)
			sinkInt, _ = p.Unwire(w, c)
			sinkInt, _ = p.Wire(5124, c, currency.HalfEven)
		}
		buf, _ = pp.AppendWire(buf[:0], 1050, usd, currency.Exact)
		sinkInt, _ = pp.ParseWire("10.50", usd)
	})
	if n != 0 {
		t.Errorf("%v allocations", n)
	}
}
