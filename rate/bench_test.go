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
