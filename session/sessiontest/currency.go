package sessiontest

import (
	"math/rand"
	"reflect"
	"sync"

	"github.com/leanovate/gopter"
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/provider"
)

// commonCurrencies are drawn most often: half of all sessions.
var commonCurrencies = []string{"USD", "EUR", "GBP", "JPY", "USD", "EUR"}

// primerByExponent holds every currency Primer accepts (provider.Primer: the
// Currency enum of its API, so that generated sessions are valid), grouped by
// its number of decimals (0, 2 and 3); isoByExponent every current ISO 4217
// currency with a minor unit (0, 2, 3 and 4: CLF and UYW), from the currency
// package's table.
var (
	primerByExponent = sync.OnceValue(func() map[int][]currency.Code { return groupByExponent(provider.Primer().Codes()) })
	isoByExponent    = sync.OnceValue(func() map[int][]currency.Code { return groupByExponent(currency.Codes()) })
)

func groupByExponent(codes []currency.Code) map[int][]currency.Code {
	m := map[int][]currency.Code{}
	for _, c := range codes {
		if d, ok := c.MinorUnits(); ok {
			m[d] = append(m[d], c)
		}
	}
	return m
}

// exponent returns c's number of decimals; c always has a minor unit here.
func exponent(c currency.Code) int {
	d, _ := c.MinorUnits()
	return d
}

func randCurrency(r *rand.Rand, cfg *config) currency.Code {
	if len(cfg.currencies) > 0 {
		return cfg.currencies[r.Intn(len(cfg.currencies))]
	}
	groups := primerByExponent()
	if cfg.iso {
		groups = isoByExponent()
	}
	switch n := r.Intn(20); {
	case n < 10:
		return currency.MustParse(commonCurrencies[r.Intn(len(commonCurrencies))])
	case n < 13:
		return pick(r, groups[0])
	case n < 16:
		return pick(r, groups[2])
	case n < 19 || len(groups[4]) == 0:
		return pick(r, groups[3])
	default:
		return pick(r, groups[4])
	}
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.Intn(len(xs))] }

// pow10 returns 10^n for small n.
func pow10(n int) int64 {
	p := int64(1)
	for range n {
		p *= 10
	}
	return p
}

// maxAmount is the largest amount Amount draws for a currency with d
// decimals: 9 999.99 USD, 9 999 JPY, 9 999.999 KWD.
func maxAmount(d int) int64 { return pow10(d+4) - 1 }

// randAmount draws an amount in [0, maxAmount(d)]: a price with a random
// number of digits, often a round one or one ending in 99 of the minor unit.
func randAmount(r *rand.Rand, d int) int64 {
	max := maxAmount(d)
	digits := 1 + r.Intn(d+4) // 1 .. d+4 digits
	v := r.Int63n(pow10(digits))
	switch r.Intn(4) {
	case 0: // a whole number of major units
		v -= v % pow10(d)
	case 1: // .99, .999, 99 JPY
		if v >= 100 {
			v = v - v%100 + 99
		}
	}
	if v > max {
		v = max
	}
	return v
}

// CurrencyCode returns a generator of currency codes (currency.Code) as
// sessions use them: weighted toward USD, EUR, GBP and JPY, but covering
// every currency Primer accepts (0, 2 and 3 decimals), or with
// ISOCurrencies(true) every current ISO 4217 currency with a minor unit (4
// decimals too); Currencies restricts the choice. Every code drawn is current
// and has a minor unit. The values shrink toward USD.
func CurrencyCode(opts ...Option) gopter.Gen {
	cfg := mustConfig(opts)
	usd := currency.MustParse("USD")
	return func(p *gopter.GenParameters) *gopter.GenResult {
		c := randCurrency(p.Rng, &cfg)
		shrink := gopter.NoShrinker
		if len(cfg.currencies) == 0 {
			shrink = func(v any) gopter.Shrink {
				if v.(currency.Code) == usd {
					return gopter.NoShrink
				}
				return candidates([]any{usd})
			}
		}
		res := gopter.NewGenResult(c, shrink)
		res.ResultType = reflect.TypeFor[currency.Code]()
		return res
	}
}

// Amount returns a generator of amounts in minor units that are in range for
// the currency: 0 to 9 999 major units (999 999 for USD, 9 999 for JPY,
// 9 999 999 for KWD), often round or ending in 99. The values shrink toward
// 0. For a code without a minor unit it draws 0 to 9 999.
func Amount(c currency.Code) gopter.Gen {
	d, ok := c.MinorUnits()
	if !ok {
		d = 0
	}
	return func(p *gopter.GenParameters) *gopter.GenResult {
		return gopter.NewGenResult(randAmount(p.Rng, d), shrinkAmount)
	}
}

func shrinkAmount(v any) gopter.Shrink {
	xs := towardZero(v.(int64))
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return candidates(out)
}

// towardZero returns the smaller non-negative values to try instead of v,
// the smallest first: 0, v/2, v−v/4, …, v−1.
func towardZero(v int64) []int64 {
	var xs []int64
	for half := v; half > 0; half /= 2 {
		xs = append(xs, v-half)
	}
	return xs
}

// candidates returns a Shrink yielding xs in order.
func candidates(xs []any) gopter.Shrink {
	i := 0
	return func() (any, bool) {
		if i >= len(xs) {
			return nil, false
		}
		i++
		return xs[i-1], true
	}
}
