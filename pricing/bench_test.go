package pricing

import (
	"testing"

	"github.com/paysession/paysession/internal/checked"
	"github.com/paysession/paysession/session"
	"github.com/shopspring/decimal"
)

// benchLine is the plain data the baselines sum.
type benchLine struct{ amount, qty, discount, tax int64 }

func benchLines(n int) []benchLine {
	ls := make([]benchLine, n)
	for i := range ls {
		ls[i] = benchLine{amount: int64(100 + 37*i), qty: int64(1 + i%3), discount: int64(i % 5), tax: int64(7 * (i % 4))}
	}
	return ls
}

// benchSession is n line items, shipping, two fees and the VISA surcharge
// selected.
func benchSession(b *testing.B, n int) session.Session {
	p := session.Params{
		OrderID:      "order-1",
		CurrencyCode: "GBP",
		Order: session.Order{
			Shipping: session.Shipping{Amount: session.Some[int64](50)},
			Fees: []session.Fee{
				{Type: "HANDLING", Amount: session.Some[int64](25)},
				{Type: "GIFT_WRAP", Amount: session.Some[int64](75)},
			},
		},
		PaymentMethod: session.PaymentMethod{Options: map[string]session.MethodOptions{
			"PAYMENT_CARD": {Networks: map[string]session.NetworkOptions{
				"VISA": {Surcharge: session.Some[int64](10)},
			}},
		}},
	}
	for i, l := range benchLines(n) {
		p.Order.LineItems = append(p.Order.LineItems, session.LineItem{
			ItemID: "item-" + string(rune('a'+i%26)), Amount: session.Some(l.amount), Quantity: session.Some(l.qty),
			DiscountAmount: session.Some(l.discount), TaxAmount: session.Some(l.tax),
		})
	}
	s, err := session.New(p)
	if err != nil {
		b.Fatal(err)
	}
	return s.SelectPaymentMethod("PAYMENT_CARD", "VISA")
}

var sinkInt int64

func benchQuote(b *testing.B, n int) {
	s := benchSession(b, n)
	b.ReportAllocs()
	for b.Loop() {
		q, err := Calculate(s)
		if err != nil {
			b.Fatal(err)
		}
		sinkInt, _ = q.Calculated()
	}
}

// BenchmarkQuote10 prices a 10-line session with shipping, two fees and a
// card-network surcharge.
func BenchmarkQuote10(b *testing.B) { benchQuote(b, 10) }

// BenchmarkQuote1000 shows that pricing is linear in the number of lines.
func BenchmarkQuote1000(b *testing.B) { benchQuote(b, 1000) }

// BenchmarkQuote10Selection prices the same session through
// CalculateSelection.
func BenchmarkQuote10Selection(b *testing.B) {
	s := benchSession(b, 10)
	b.ReportAllocs()
	for b.Loop() {
		q, err := CalculateSelection(s, "PAYMENT_CARD", "VISA")
		if err != nil {
			b.Fatal(err)
		}
		sinkInt, _ = q.Calculated()
	}
}

// BenchmarkQuote10Baseline is the floor: the same sums over a plain slice
// with checked arithmetic, and nothing else.
func BenchmarkQuote10Baseline(b *testing.B) {
	ls := benchLines(10)
	fees := []int64{25, 75, 10}
	shipping := int64(50)
	b.ReportAllocs()
	for b.Loop() {
		var sum int64
		ok := true
		for i := range ls {
			l := &ls[i]
			t, k1 := checked.Mul(l.amount, l.qty)
			t, k2 := checked.Sub(t, l.discount)
			t, k3 := checked.Add(t, l.tax)
			var k4 bool
			sum, k4 = checked.Add(sum, t)
			ok = ok && k1 && k2 && k3 && k4
		}
		for _, f := range fees {
			var k bool
			sum, k = checked.Add(sum, f)
			ok = ok && k
		}
		var k bool
		sum, k = checked.Add(sum, shipping)
		if !ok || !k {
			b.Fatal("overflow")
		}
		sinkInt = sum
	}
}

// BenchmarkQuote10Shopspring is the same sums in shopspring/decimal, the
// arbitrary-precision alternative.
func BenchmarkQuote10Shopspring(b *testing.B) {
	ls := benchLines(10)
	type dl struct{ amount, qty, discount, tax decimal.Decimal }
	ds := make([]dl, len(ls))
	for i, l := range ls {
		ds[i] = dl{decimal.NewFromInt(l.amount), decimal.NewFromInt(l.qty), decimal.NewFromInt(l.discount), decimal.NewFromInt(l.tax)}
	}
	fees := []decimal.Decimal{decimal.NewFromInt(25), decimal.NewFromInt(75), decimal.NewFromInt(10)}
	shipping := decimal.NewFromInt(50)
	b.ReportAllocs()
	for b.Loop() {
		sum := decimal.Zero
		for i := range ds {
			sum = sum.Add(ds[i].amount.Mul(ds[i].qty).Sub(ds[i].discount).Add(ds[i].tax))
		}
		for _, f := range fees {
			sum = sum.Add(f)
		}
		sum = sum.Add(shipping)
		sinkInt = sum.IntPart()
	}
}

var sinkParts = make([]int64, 10)

// BenchmarkAllocateInto splits an amount over 10 weights.
func BenchmarkAllocateInto(b *testing.B) {
	w := []int64{3, 1, 4, 1, 5, 9, 2, 6, 5, 3}
	b.ReportAllocs()
	for b.Loop() {
		if err := AllocateInto(sinkParts, 100003, w); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAllocateIntoBaseline is the floor of AllocateInto's work: one
// int64 division per part, without exact 128-bit products or handing out
// the leftover units (so its parts do not even sum to the amount).
func BenchmarkAllocateIntoBaseline(b *testing.B) {
	w := []int64{3, 1, 4, 1, 5, 9, 2, 6, 5, 3}
	var total int64
	for _, x := range w {
		total += x
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, x := range w {
			p, ok := checked.Mul(100003, x)
			if !ok {
				b.Fatal("overflow")
			}
			sinkParts[i] = p / total
		}
	}
}
