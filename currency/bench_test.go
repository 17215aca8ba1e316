package currency

import (
	"testing"

	"github.com/shopspring/decimal"
)

var (
	sinkCode  Code
	sinkInt   int64
	sinkError error
)

func BenchmarkParseCode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkCode, sinkError = Parse("JPY")
	}
}

func BenchmarkToMinor(b *testing.B) {
	gbp := MustParse("GBP")
	b.ReportAllocs()
	for b.Loop() {
		sinkInt, sinkError = ToMinor("49.99", gbp, Exact)
	}
}

// baselineMinor is the plainest hand-written conversion: digits into an
// int64, skipping the point, with no checks at all. It is the yardstick for
// BenchmarkToMinor. It is kept out of line, as ToMinor is, so that the
// compiler cannot fold the loop over the constant input into the benchmark.
//
//go:noinline
func baselineMinor(s string) int64 {
	var n int64
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			n = n*10 + int64(s[i]-'0')
		}
	}
	return n
}

func BenchmarkToMinorBaseline(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkInt = baselineMinor("49.99")
	}
}

func BenchmarkToMinorShopspring(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d, err := decimal.NewFromString("49.99")
		sinkError = err
		sinkInt = d.Shift(2).IntPart()
	}
}

func BenchmarkToMajor(b *testing.B) {
	gbp := MustParse("GBP")
	b.ReportAllocs()
	for b.Loop() {
		_, sinkError = ToMajor(4999, gbp)
	}
}

func BenchmarkFormat(b *testing.B) {
	gbp := MustParse("GBP")
	b.ReportAllocs()
	for b.Loop() {
		_, sinkError = Format(4999, gbp, "en-GB")
	}
}

func TestBaselineMinor(t *testing.T) {
	if got := baselineMinor("49.99"); got != 4999 {
		t.Fatalf("baselineMinor = %d", got)
	}
}

func TestZeroAllocs(t *testing.T) {
	gbp := MustParse("GBP")
	if n := testing.AllocsPerRun(100, func() { sinkCode, sinkError = Parse("JPY") }); n != 0 {
		t.Errorf("Parse allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { sinkInt, sinkError = ToMinor("-1234.567", gbp, HalfEven) }); n != 0 {
		t.Errorf("ToMinor allocates %v times", n)
	}
}
