package rate

import (
	"math/big"
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/shopspring/decimal"
)

// FuzzArithmetic checks Of, Inclusive and Convert on any rate, amount and
// mode against math/big (every mode) and shopspring/decimal (every mode it
// has).
func FuzzArithmetic(f *testing.F) {
	f.Add(int64(8875), uint8(5), int64(1200), uint8(1), uint8(0), uint8(1))
	f.Add(int64(151237), uint8(3), int64(1999), uint8(3), uint8(0), uint8(1))
	f.Add(int64(32567), uint8(4), int64(-1000), uint8(2), uint8(2), uint8(0))
	f.Add(int64(999999999999999999), uint8(0), int64(9223372036854775807), uint8(7), uint8(1), uint8(3))
	codes := []currency.Code{currency.MustParse("USD"), currency.MustParse("JPY"), currency.MustParse("KWD"), currency.MustParse("CLF")}
	f.Fuzz(func(t *testing.T, coef int64, scale uint8, x int64, mode, from, to uint8) {
		r, err := New(coef, int(scale%20))
		if err != nil {
			return
		}
		m := modes[int(mode)%len(modes)]
		rr := ratOf(r)
		checks := []struct {
			name  string
			got   func() (int64, error)
			exact *big.Rat
			dec   decimal.Decimal // zero with ok false: no shopspring oracle
			ok    bool
		}{
			{"Of", func() (int64, error) { return r.Of(x, m) }, new(big.Rat).Mul(new(big.Rat).SetInt64(x), rr),
				decimal.NewFromInt(x).Mul(decOf(r)), true},
			{"Inclusive", func() (int64, error) { return r.Inclusive(x, m) },
				new(big.Rat).Quo(new(big.Rat).Mul(new(big.Rat).SetInt64(x), rr), new(big.Rat).Add(rr, big.NewRat(1, 1))), decimal.Decimal{}, false},
		}
		cf, ct := codes[int(from)%len(codes)], codes[int(to)%len(codes)]
		ef, _ := cf.MinorUnits()
		et, _ := ct.MinorUnits()
		conv := new(big.Rat).Mul(new(big.Rat).SetInt64(x), rr)
		conv.Mul(conv, new(big.Rat).SetFrac(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(max(et-ef, 0))), nil),
			new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(max(ef-et, 0))), nil)))
		checks = append(checks, struct {
			name  string
			got   func() (int64, error)
			exact *big.Rat
			dec   decimal.Decimal
			ok    bool
		}{"Convert", func() (int64, error) { return r.Convert(x, cf, ct, m) }, conv,
			decimal.NewFromInt(x).Mul(decOf(r)).Shift(int32(et - ef)), true})
		for _, c := range checks {
			got, err := c.got()
			want, werr := bigWant(c.exact, m)
			if got != want || !sameErr(err, werr) {
				t.Fatalf("%s(%v, %d, %v) = %d, %v; math/big %d, %v", c.name, r, x, m, got, err, want, werr)
			}
			if c.ok {
				if dw, derr, ok := decWant(c.dec, m); ok && (dw != got || !sameErr(err, derr)) {
					t.Fatalf("%s(%v, %d, %v) = %d, %v; shopspring %d, %v", c.name, r, x, m, got, err, dw, derr)
				}
			}
		}
	})
}
