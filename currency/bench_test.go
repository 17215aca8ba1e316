package currency

import (
	"strconv"
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

// formatCases are BenchmarkFormat's locales, each with a currency and an
// amount that uses grouping.
var formatCases = []struct {
	name, locale, code string
	minor              int64
}{
	{"en-US", "en-US", "USD", 123456789},
	{"de-DE", "de-DE", "EUR", 123456789},
	{"ar-EG", "ar-EG", "EGP", 123456789},
	{"hi-IN", "hi-IN", "INR", 123456789},
}

// baselineFormat is the yardstick of BenchmarkFormat: strconv and a
// hand-written en-US grouping loop, "$1,234,567.89" for 123456789, with no
// locale, no table and no checks. Like Format it returns a new string.
//
//go:noinline
func baselineFormat(minor int64) string {
	var digits [24]byte
	ds := strconv.AppendInt(digits[:0], minor, 10)
	var buf [40]byte
	b := append(buf[:0], '$')
	intDigits := len(ds) - 2
	for i := 0; i < intDigits; i++ {
		if i > 0 && (intDigits-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, ds[i])
	}
	b = append(b, '.')
	b = append(b, ds[intDigits:]...)
	return string(b)
}

var sinkString string

func BenchmarkFormat(b *testing.B) {
	b.Run("baseline", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkString = baselineFormat(123456789)
		}
	})
	for _, c := range formatCases {
		code := MustParse(c.code)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkString, sinkError = Format(c.minor, code, c.locale)
			}
		})
	}
}

func BenchmarkAppendFormat(b *testing.B) {
	for _, c := range formatCases {
		code := MustParse(c.code)
		buf := make([]byte, 0, 64)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				buf, sinkError = AppendFormat(buf[:0], c.minor, code, c.locale)
			}
		})
	}
}

// BenchmarkFormatParsedTag is a tag that is not one of CLDR's locale IDs,
// so it goes through golang.org/x/text's parser on every call.
func BenchmarkFormatParsedTag(b *testing.B) {
	usd := MustParse("USD")
	b.ReportAllocs()
	for b.Loop() {
		sinkString, sinkError = Format(123456789, usd, "en-US-u-nu-latn")
	}
}

func TestBaselineFormat(t *testing.T) {
	if got := baselineFormat(123456789); got != "$1,234,567.89" {
		t.Fatalf("baselineFormat = %q", got)
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
	buf := make([]byte, 0, 64)
	for _, c := range formatCases {
		code := MustParse(c.code)
		if n := testing.AllocsPerRun(100, func() { buf, sinkError = AppendFormat(buf[:0], c.minor, code, c.locale) }); n != 0 {
			t.Errorf("AppendFormat(%s) allocates %v times", c.locale, n)
		}
		if n := testing.AllocsPerRun(100, func() { sinkString, sinkError = Format(c.minor, code, c.locale) }); n != 1 {
			t.Errorf("Format(%s) allocates %v times, want 1 (the string)", c.locale, n)
		}
		if n := testing.AllocsPerRun(100, func() {
			sinkString, sinkError = Format(-c.minor, code, c.locale, WithDisplay(DisplayCode), Accounting())
		}); n != 1 {
			t.Errorf("Format(%s, options) allocates %v times, want 1", c.locale, n)
		}
	}
	// IDs ICU carries beside CLDR's ("zh-TW", "sr-ME", "pa-PK") are resolved once too.
	usd := MustParse("USD")
	for _, tag := range []string{"zh-TW", "sr-ME", "pa-PK", "de-AT", "en-US"} {
		if n := testing.AllocsPerRun(100, func() { buf, sinkError = AppendFormat(buf[:0], 123456, usd, tag) }); n != 0 {
			t.Errorf("AppendFormat(%s) allocates %v times", tag, n)
		}
	}
}
