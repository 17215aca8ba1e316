package pricing

import (
	"errors"
	"math/big"
	"math/rand"
	"testing"

	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/decimaloracle"
	"github.com/paysession/paysession/internal/propgen"
	"github.com/paysession/paysession/rate"
	"github.com/paysession/paysession/session"
	"github.com/shopspring/decimal"
)

// mulBPS is x × bps / 10 000 rounded by mode the way a rule computes it
// (rate.FromBPS, then Rate.Of), for the tests written against basis points.
// NewPricer never lets currency.Exact reach a rate; these tests, written
// when the zero mode meant half-up, keep that meaning.
func mulBPS(x, bps int64, mode currency.RoundingMode) (int64, bool) {
	if mode == currency.Exact {
		mode = currency.HalfUp
	}
	r, err := rate.FromBPS(bps)
	if err != nil {
		return 0, false
	}
	v, err := r.Of(x, mode)
	return v, err == nil
}

func TestDecimalRateSurcharge(t *testing.T) {
	// 2.875 % of 10 000: 287.5 → 288 half-up, 287 half-even; with 20 % tax.
	s, err := session.New(session.Params{CurrencyCode: "USD", Order: session.Order{LineItems: []session.LineItem{{Amount: session.Some[int64](10000)}}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sc       Surcharge
		fee, tax int64
	}{
		{Surcharge{Rate: rate.MustParse("2.875%"), Rounding: currency.HalfUp}, 288, 0},
		{Surcharge{Rate: rate.MustParse("2.875%"), Rounding: currency.HalfEven}, 288, 0},                                       // 287.5 → 288 (even)
		{Surcharge{Rate: rate.MustParse("2.865%"), Rounding: currency.HalfEven}, 286, 0},                                       // 286.5 → 286
		{Surcharge{Rate: rate.MustParse("2.875%"), Fixed: 20, Tax: rate.MustParse("20%"), Rounding: currency.HalfUp}, 370, 62}, // 288 + 20 = 308, tax 61.6 → 62
		{Surcharge{RateBPS: 290, TaxBPS: 2000, Rounding: currency.HalfUp}, 348, 58},
		{Surcharge{Rate: rate.MustParse("1.1%"), Rounding: currency.HalfUp}, 110, 0},
	} {
		p, err := NewPricer(Rule{Method: "GOOGLE_PAY", Surcharge: tc.sc})
		if err != nil {
			t.Fatal(err)
		}
		q, err := p.CalculateSelection(s, "GOOGLE_PAY", "")
		if err != nil || q.Surcharge() != tc.fee || q.SurchargeTax() != tc.tax {
			t.Errorf("%+v: surcharge %d tax %d, %v; want %d %d", tc.sc, q.Surcharge(), q.SurchargeTax(), err, tc.fee, tc.tax)
		}
	}
	for _, sc := range []Surcharge{
		{Rate: rate.MustParse("1%"), RateBPS: 100, Rounding: currency.HalfUp},
		{Tax: rate.MustParse("1%"), TaxBPS: 100, Rounding: currency.HalfUp},
		{RateBPS: 1 << 62, Rounding: currency.HalfUp},
		{TaxBPS: 1 << 62, Rounding: currency.HalfUp},
		{Rate: rate.MustParse("1%")},
	} {
		var list fielderr.List
		if _, err := NewPricer(Rule{Method: "GOOGLE_PAY", Surcharge: sc}); !errors.As(err, &list) || !errors.Is(err, CodeInvalidRule) {
			t.Errorf("%+v: %v", sc, err)
		}
	}
}

func TestPropDecimalRateSurcharge(t *testing.T) {
	ps := properties(t)
	ps.Property("a decimal-rate surcharge equals shopspring/decimal (and math/big for half-down)", prop.ForAll(func(c struct {
		Base      int64
		Rate, Tax rate.Rate
		Fixed     int64
		Mode      currency.RoundingMode
	}) bool {
		s, err := session.New(session.Params{CurrencyCode: "USD", Order: session.Order{LineItems: []session.LineItem{{Amount: session.Some(c.Base)}}}})
		if err != nil {
			return false
		}
		p, err := NewPricer(Rule{Method: "GOOGLE_PAY", Surcharge: Surcharge{Fixed: c.Fixed, Rate: c.Rate, Tax: c.Tax, Rounding: c.Mode}})
		if err != nil {
			t.Log(err)
			return false
		}
		q, qerr := p.CalculateSelection(s, "GOOGLE_PAY", "")
		dec := func(r rate.Rate) decimal.Decimal {
			co, sc := r.Coefficient()
			return decimal.New(co, int32(-sc))
		}
		rat := func(r rate.Rate) *big.Rat {
			co, sc := r.Coefficient()
			return new(big.Rat).SetFrac(big.NewInt(co), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(sc)), nil))
		}
		// math/big: the rule from its definition.
		part := roundRat(new(big.Rat).Mul(new(big.Rat).SetInt64(c.Base), rat(c.Rate)), c.Mode)
		base := new(big.Int).Add(part, big.NewInt(c.Fixed))
		tax := roundRat(new(big.Rat).Mul(new(big.Rat).SetInt(base), rat(c.Tax)), c.Mode)
		fee := new(big.Int).Add(base, tax)
		if !fits(fee) || !fits(new(big.Int).Add(fee, big.NewInt(c.Base))) {
			return qerr != nil
		}
		if qerr != nil || q.Surcharge() != fee.Int64() && fee.Sign() > 0 || q.SurchargeTax() != tax.Int64() && fee.Sign() > 0 {
			t.Logf("%+v: %d %d, %v; big %v %v", c, q.Surcharge(), q.SurchargeTax(), qerr, fee, tax)
			return false
		}
		// shopspring, where it has the mode.
		dp, ok := decimaloracle.Round(decimal.NewFromInt(c.Base).Mul(dec(c.Rate)), c.Mode)
		if !ok {
			return true
		}
		db := dp.Add(decimal.NewFromInt(c.Fixed))
		dt, _ := decimaloracle.Round(db.Mul(dec(c.Tax)), c.Mode)
		return db.Add(dt).Equal(decimal.NewFromBigInt(fee, 0)) && dt.Equal(decimal.NewFromBigInt(tax, 0))
	}, propgen.FromRand(func(r *rand.Rand) struct {
		Base      int64
		Rate, Tax rate.Rate
		Fixed     int64
		Mode      currency.RoundingMode
	} {
		rr := func() rate.Rate {
			v, _ := rate.New(r.Int63n(1_000_000_000), r.Intn(13))
			return v
		}
		base := r.Int63n(1_000_000_000)
		if r.Intn(10) == 0 {
			base = r.Int63() >> 2
		}
		return struct {
			Base      int64
			Rate, Tax rate.Rate
			Fixed     int64
			Mode      currency.RoundingMode
		}{base, rr(), rr(), r.Int63n(1000), allModes[1+r.Intn(len(allModes)-1)]}
	})))
	ps.TestingRun(t)
}
