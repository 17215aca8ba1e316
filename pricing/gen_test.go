package pricing

// The generators of the pricing tests, in one file so that every property
// draws from the same sessions. Sessions are generated as plain orderSpec
// values (easy to reorder, join and print) and built with session.New.

import (
	"math"
	"reflect"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/session"
)

// lineSpec is a line item; the Has flags say which optional fields are set.
type lineSpec struct {
	ID                             string
	Amount, Qty, Disc, Tax         int64
	HasAmt, HasQty, HasDisc, HasTx bool
}

// feeSpec is a fee, SURCHARGE or not.
type feeSpec struct {
	Surcharge bool
	Amount    int64
}

// orderSpec is a whole session as far as pricing cares.
type orderSpec struct {
	Currency    string
	Lines       []lineSpec
	Fees        []feeSpec
	Shipping    int64
	HasShipping bool
	Override    int64
	HasOverride bool
	// Configured fixed surcharges; 0 or less means "not configured" for
	// Visa and GooglePay, an entry with that amount otherwise.
	Visa, Mastercard, GooglePay, Klarna int64
}

func (o orderSpec) params() session.Params {
	p := session.Params{OrderID: "order-1", CurrencyCode: o.Currency}
	if o.HasOverride {
		p.Amount = session.Some(o.Override)
	}
	for _, l := range o.Lines {
		li := session.LineItem{ItemID: l.ID}
		if l.HasAmt {
			li.Amount = session.Some(l.Amount)
		}
		if l.HasQty {
			li.Quantity = session.Some(l.Qty)
		}
		if l.HasDisc {
			li.DiscountAmount = session.Some(l.Disc)
		}
		if l.HasTx {
			li.TaxAmount = session.Some(l.Tax)
		}
		p.Order.LineItems = append(p.Order.LineItems, li)
	}
	for _, f := range o.Fees {
		typ := "HANDLING"
		if f.Surcharge {
			typ = session.FeeTypeSurcharge
		}
		p.Order.Fees = append(p.Order.Fees, session.Fee{Type: typ, Amount: session.Some(f.Amount)})
	}
	if o.HasShipping {
		p.Order.Shipping = session.Shipping{Amount: session.Some(o.Shipping)}
	}
	opts := map[string]session.MethodOptions{}
	nets := map[string]session.NetworkOptions{}
	if o.Visa != 0 {
		nets["VISA"] = session.NetworkOptions{Surcharge: session.Some(o.Visa)}
	}
	if o.Mastercard != 0 {
		nets["MASTERCARD"] = session.NetworkOptions{Surcharge: session.Some(o.Mastercard)}
	}
	if len(nets) > 0 {
		opts["PAYMENT_CARD"] = session.MethodOptions{Networks: nets}
	}
	if o.GooglePay != 0 {
		opts["GOOGLE_PAY"] = session.MethodOptions{Surcharge: session.Some(o.GooglePay)}
	}
	if o.Klarna != 0 {
		opts["KLARNA"] = session.MethodOptions{Surcharge: session.Some(o.Klarna)}
	}
	if len(opts) > 0 {
		p.PaymentMethod.Options = opts
	}
	return p
}

// mustSession builds the session; o.params() is always a valid Params.
func (o orderSpec) mustSession() session.Session {
	s, err := session.New(o.params())
	if err != nil {
		panic(err)
	}
	return s
}

// genSmallAmount is a realistic amount in minor units.
func genSmallAmount() gopter.Gen { return gen.Int64Range(0, 1_000_000) }

// genWideAmount mixes realistic amounts with values near the int64 limits,
// so that overflow is common but not the rule.
func genWideAmount() gopter.Gen {
	return gen.Weighted([]gen.WeightedGen{
		{Weight: 4, Gen: gen.Int64Range(0, 1_000_000)},
		{Weight: 2, Gen: gen.Int64Range(math.MaxInt64-1_000_000, math.MaxInt64)},
		{Weight: 2, Gen: gen.Int64Range(math.MaxInt64/4, math.MaxInt64/2)},
		{Weight: 1, Gen: gen.Int64Range(math.MinInt64, -1)},
		{Weight: 1, Gen: gen.Int64()},
	})
}

// genValidLine is a line item that prices without error: quantity ≥ 1 and
// a discount within the subtotal.
func genValidLine() gopter.Gen {
	return gopter.CombineGens(
		gen.OneConstOf("", "t-shirt-1", "mug", "sku-9"),
		genSmallAmount(), gen.Int64Range(1, 20), gen.Int64Range(0, math.MaxInt64), gen.Int64Range(0, 100_000),
		gen.Bool(), gen.Bool(), gen.Bool(),
	).Map(func(v []any) lineSpec {
		l := lineSpec{
			ID: v[0].(string), Amount: v[1].(int64), Qty: v[2].(int64), Tax: v[4].(int64),
			HasAmt: true, HasQty: v[5].(bool), HasDisc: v[6].(bool), HasTx: v[7].(bool),
		}
		if !l.HasQty {
			l.Qty = 1
		}
		l.Disc = v[3].(int64) % (l.Amount*l.Qty + 1)
		if !l.HasDisc {
			l.Disc = 0
		}
		if !l.HasTx {
			l.Tax = 0
		}
		return l
	})
}

// genWideLine is any line item: wide amounts, quantities that may be 0,
// negative or huge, discounts that may exceed the subtotal.
func genWideLine() gopter.Gen {
	return gopter.CombineGens(
		genWideAmount(),
		gen.Weighted([]gen.WeightedGen{
			{Weight: 6, Gen: gen.Int64Range(1, 5)},
			{Weight: 1, Gen: gen.Int64Range(-2, 0)},
			{Weight: 1, Gen: gen.Int64Range(math.MaxInt64/8, math.MaxInt64)},
		}),
		genWideAmount(), genWideAmount(),
		gen.Bool(), gen.Bool(), gen.Bool(), gen.Bool(),
	).Map(func(v []any) lineSpec {
		return lineSpec{
			Amount: v[0].(int64), Qty: v[1].(int64), Disc: v[2].(int64), Tax: v[3].(int64),
			HasAmt: v[4].(bool), HasQty: v[5].(bool), HasDisc: v[6].(bool), HasTx: v[7].(bool),
		}.normal()
	})
}

// normal zeroes the values of absent fields (and sets an absent quantity to
// 1) so that specs compare by what they mean.
func (l lineSpec) normal() lineSpec {
	if !l.HasAmt {
		l.Amount = 0
	}
	if !l.HasQty {
		l.Qty = 1
	}
	if !l.HasDisc {
		l.Disc = 0
	}
	if !l.HasTx {
		l.Tax = 0
	}
	return l
}

func genFee(amount gopter.Gen) gopter.Gen {
	return gopter.CombineGens(gen.Bool(), amount).Map(func(v []any) feeSpec {
		return feeSpec{Surcharge: v[0].(bool), Amount: v[1].(int64)}
	})
}

func genSliceUpTo[T any](max int, g gopter.Gen) gopter.Gen {
	return gen.IntRange(0, max).FlatMap(func(n any) gopter.Gen {
		return gen.SliceOfN(n.(int), g)
	}, reflect.TypeFor[[]T]())
}

// genOrder builds orders from the line and amount generators given.
func genOrder(line, amount gopter.Gen, maxLines int) gopter.Gen {
	return gopter.CombineGens(
		gen.OneConstOf("GBP", "USD", "JPY", "KWD"),
		genSliceUpTo[lineSpec](maxLines, line),
		genSliceUpTo[feeSpec](3, genFee(amount)),
		amount, gen.Bool(),
		amount, gen.Weighted([]gen.WeightedGen{{Weight: 3, Gen: gen.Const(false)}, {Weight: 1, Gen: gen.Const(true)}}),
		gen.Int64Range(-5, 100), gen.Int64Range(-5, 100), gen.Int64Range(-5, 100), gen.Int64Range(0, 100),
	).Map(func(v []any) orderSpec {
		o := orderSpec{
			Currency: v[0].(string), Lines: v[1].([]lineSpec), Fees: v[2].([]feeSpec),
			Shipping: v[3].(int64), HasShipping: v[4].(bool), Override: v[5].(int64), HasOverride: v[6].(bool),
			Visa: v[7].(int64), Mastercard: v[8].(int64), GooglePay: v[9].(int64), Klarna: v[10].(int64),
		}
		if !o.HasShipping {
			o.Shipping = 0
		}
		if !o.HasOverride {
			o.Override = 0
		}
		return o
	})
}

// genValidOrder is a realistic order that prices without error.
func genValidOrder() gopter.Gen { return genOrder(genValidLine(), genSmallAmount(), 8) }

// genWideOrder is any order, often one that overflows or is invalid.
func genWideOrder() gopter.Gen { return genOrder(genWideLine(), genWideAmount(), 5) }

// genBigLine is a valid line item whose total is a large fraction of
// MaxInt64, so that sums of a few of them overflow while no line does.
func genBigLine() gopter.Gen {
	return gen.Int64Range(math.MaxInt64/8, math.MaxInt64/2).Map(func(a int64) lineSpec {
		return lineSpec{Amount: a, Qty: 1, HasAmt: true}
	})
}

// genBigSumOrder is an order of big lines and big fees: its sums overflow
// about half of the time.
func genBigSumOrder() gopter.Gen {
	return genOrder(genBigLine(), gen.Int64Range(0, math.MaxInt64/3), 4)
}

// genSelection is a payment method and card network to select.
func genSelection() gopter.Gen {
	return gopter.CombineGens(
		gen.OneConstOf("PAYMENT_CARD", "GOOGLE_PAY", "KLARNA", "PAYPAL"),
		gen.OneConstOf("VISA", "MASTERCARD", "AMEX", ""),
	).Map(func(v []any) [2]string { return [2]string{v[0].(string), v[1].(string)} })
}

// allModes is every rounding mode, the zero value (Exact) included; mulBPS
// rounds half-up for it, though NewPricer never lets it reach a rate.
var allModes = []currency.RoundingMode{
	currency.Exact, currency.HalfEven, currency.HalfUp, currency.HalfDown,
	currency.Up, currency.Down, currency.Ceiling, currency.Floor,
}

// genBPS is a rate in basis points: usual rates, round ones that make ties,
// and large ones.
func genBPS() gopter.Gen {
	return gen.Weighted([]gen.WeightedGen{
		{Weight: 4, Gen: gen.Int64Range(0, 1000)},
		{Weight: 2, Gen: gen.OneConstOf(int64(5000), int64(2500), int64(50), int64(110), int64(290))},
		{Weight: 1, Gen: gen.Int64Range(0, 1_000_000)},
	})
}

// genRuleMode is a rounding mode a rule with a rate may name: any but Exact.
func genRuleMode() gopter.Gen {
	return gen.IntRange(1, len(allModes)-1).Map(func(i int) currency.RoundingMode { return allModes[i] })
}

// genSurcharge is a rate rule.
func genSurcharge() gopter.Gen {
	return gopter.CombineGens(gen.Int64Range(0, 500), genBPS(), genRuleMode(), gen.Int64Range(0, 3000)).Map(func(v []any) Surcharge {
		return Surcharge{Fixed: v[0].(int64), RateBPS: v[1].(int64), Rounding: v[2].(currency.RoundingMode), TaxBPS: v[3].(int64)}
	})
}

// genWeights is 1..150 allocation weights, some zero, at least one positive.
func genWeights() gopter.Gen {
	w := gen.Weighted([]gen.WeightedGen{
		{Weight: 5, Gen: gen.Int64Range(0, 10)},
		{Weight: 2, Gen: gen.Int64Range(0, 1_000_000)},
		{Weight: 1, Gen: gen.Int64Range(0, math.MaxInt64/64)},
	})
	return gen.IntRange(1, 150).FlatMap(func(n any) gopter.Gen {
		return gen.SliceOfN(n.(int), w)
	}, nil).Map(func(v []int64) []int64 {
		var sum int64
		for _, x := range v {
			sum += x
		}
		if sum == 0 {
			v[len(v)-1] = 1
		}
		return v
	})
}

// genAllocAmount is an amount to allocate, negative ones (refunds) and the
// int64 extremes included.
func genAllocAmount() gopter.Gen {
	return gen.Weighted([]gen.WeightedGen{
		{Weight: 4, Gen: gen.Int64Range(-100_000, 100_000)},
		{Weight: 2, Gen: gen.Int64()},
		{Weight: 1, Gen: gen.OneConstOf(int64(math.MaxInt64), int64(math.MinInt64), int64(0))},
	})
}

// genPerm is a seed for shuffling.
func genPerm() gopter.Gen { return gen.Int64() }
