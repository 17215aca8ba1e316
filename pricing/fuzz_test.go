package pricing

import (
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/session"
)

// FuzzCalculate builds a session from fuzzed integers (two line items, two
// fees, shipping, an override and a selection) and checks that pricing never
// panics and agrees with the math/big oracle, selection included.
func FuzzCalculate(f *testing.F) {
	f.Add(int64(500), int64(1), int64(0), int64(0), int64(0), int64(1), int64(0), int64(0), int64(100), int64(0), int64(50), int64(0), uint16(0xffff))
	f.Add(int64(math.MaxInt64), int64(1), int64(0), int64(0), int64(1), int64(1), int64(0), int64(0), int64(0), int64(0), int64(1), int64(0), uint16(0xffff))
	f.Add(int64(math.MaxInt64/2+1), int64(2), int64(0), int64(0), int64(5), int64(0), int64(6), int64(0), int64(0), int64(0), int64(0), int64(4999), uint16(0x1234))
	f.Add(int64(math.MinInt64), int64(-1), int64(math.MinInt64), int64(math.MaxInt64), int64(-1), int64(math.MaxInt64), int64(1), int64(-1), int64(math.MaxInt64), int64(math.MaxInt64), int64(math.MinInt64), int64(0), uint16(0xaaaa))
	f.Fuzz(func(t *testing.T, a1, n1, d1, t1, a2, n2, d2, t2, fee1, fee2, ship, override int64, flags uint16) {
		bit := func(i uint) bool { return flags&(1<<i) != 0 }
		o := orderSpec{Currency: "GBP", Shipping: ship, HasShipping: bit(0), Override: override, HasOverride: bit(1), Visa: 10, GooglePay: fee2 & 0xff}
		if !o.HasShipping {
			o.Shipping = 0
		}
		if !o.HasOverride {
			o.Override = 0
		}
		nLines := int(flags>>2) & 3 // 0, 1 or 2 (3 means 2)
		specs := []lineSpec{
			{ID: "a", Amount: a1, Qty: n1, Disc: d1, Tax: t1, HasAmt: bit(4), HasQty: bit(5), HasDisc: bit(6), HasTx: bit(7)},
			{Amount: a2, Qty: n2, Disc: d2, Tax: t2, HasAmt: true, HasQty: bit(8), HasDisc: bit(9), HasTx: bit(10)},
		}
		for i := range min(nLines, 2) {
			o.Lines = append(o.Lines, specs[i].normal())
		}
		o.Fees = []feeSpec{{Surcharge: bit(11), Amount: fee1}, {Surcharge: bit(12), Amount: fee2}}
		s, err := session.New(o.params())
		if err != nil {
			t.Fatal(err)
		}
		q, err := Calculate(s)
		if ok, why := oracle(o, false, 0).agrees(o, q, err); !ok {
			t.Fatalf("Calculate: %s (err %v)", why, err)
		}
		method, network := "PAYMENT_CARD", "VISA"
		if bit(13) {
			method, network = "GOOGLE_PAY", ""
		}
		q2, err2 := CalculateSelection(s, method, network)
		if ok, why := oracle(o, true, selectionFee(o, method, network)).agrees(o, q2, err2); !ok {
			t.Fatalf("CalculateSelection: %s (err %v)", why, err2)
		}
		q3, err3 := Calculate(s.SelectPaymentMethod(method, network))
		if codesStr(err2) != codesStr(err3) || err2 == nil && !q2.Equal(q3) {
			t.Fatalf("CalculateSelection differs from Calculate(SelectPaymentMethod)")
		}
	})
}

// FuzzCalculateJSON prices whatever the request decoder accepts: it must
// never panic, and a quote's numbers must hold together.
func FuzzCalculateJSON(f *testing.F) {
	f.Add([]byte(`{"currencyCode":"GBP","order":{"lineItems":[{"itemId":"t-shirt-1","amount":500,"quantity":1}],"fees":[{"type":"SURCHARGE","amount":100}],"shipping":{"amount":50}}}`))
	f.Add([]byte(`{"amount":4999,"order":{"lineItems":[{"amount":2500,"quantity":2,"discountAmount":1,"taxAmount":3}]}}`))
	f.Add([]byte(`{"order":{"lineItems":[{"amount":9223372036854775807,"quantity":2}]}}`))
	f.Add([]byte(`{"order":{"lineItems":[{"amount":1,"quantity":0}]},"paymentMethod":{"options":{"PAYMENT_CARD":{"networks":{"VISA":{"surcharge":{"amount":10}}}}}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := session.DecodeRequest(data)
		if err != nil {
			return
		}
		for _, sel := range [][2]string{{"", ""}, {"PAYMENT_CARD", "VISA"}, {"GOOGLE_PAY", ""}} {
			var q Quote
			var err error
			if sel[0] == "" {
				q, err = Calculate(s)
			} else {
				q, err = CalculateSelection(s, sel[0], sel[1])
			}
			if err != nil {
				var l fielderr.List
				if !errors.As(err, &l) || len(l) == 0 {
					t.Fatalf("error %v is not a non-empty ErrorList", err)
				}
				continue
			}
			// The parts must add up, exactly.
			sum := new(big.Int)
			for _, l := range q.Lines() {
				lt := new(big.Int).Sub(big.NewInt(l.Subtotal), big.NewInt(l.Discount))
				lt.Add(lt, big.NewInt(l.Tax))
				if lt.Cmp(big.NewInt(l.Total)) != 0 {
					t.Fatalf("line %+v does not add up", l)
				}
				sum.Add(sum, lt)
			}
			if sum.Cmp(big.NewInt(q.ItemsTotal())) != 0 {
				t.Fatalf("items total %d, lines sum to %v", q.ItemsTotal(), sum)
			}
			if c, ok := q.Calculated(); ok {
				sum.Add(sum, big.NewInt(q.Shipping()))
				sum.Add(sum, big.NewInt(q.Fees()))
				sum.Add(sum, big.NewInt(q.Surcharge()))
				if sum.Cmp(big.NewInt(c)) != 0 {
					t.Fatalf("calculated %d, parts sum to %v", c, sum)
				}
			}
		}
	})
}

// FuzzAllocate checks that allocation never panics and its parts always sum
// to the amount, each within one unit of its share.
func FuzzAllocate(f *testing.F) {
	f.Add(int64(1000), int64(500), int64(300), int64(700), uint8(3))
	f.Add(int64(math.MinInt64), int64(1), int64(0), int64(math.MaxInt64-1), uint8(3))
	f.Add(int64(-7), int64(0), int64(0), int64(0), uint8(3))
	f.Fuzz(func(t *testing.T, amount, w1, w2, w3 int64, n uint8) {
		w := []int64{w1, w2, w3}[:int(n)%4]
		parts, err := Allocate(amount, w)
		total := new(big.Int)
		valid := len(w) > 0
		for _, x := range w {
			valid = valid && x >= 0
			total.Add(total, big.NewInt(x))
		}
		valid = valid && total.Sign() > 0 && fits(total)
		if valid != (err == nil) {
			t.Fatalf("Allocate(%d, %v) error %v, want valid=%v", amount, w, err, valid)
		}
		if err != nil {
			if !errors.Is(err, ErrWeights) {
				t.Fatalf("error %v is not ErrWeights", err)
			}
			return
		}
		sum := new(big.Int)
		for i, p := range parts {
			sum.Add(sum, big.NewInt(p))
			share := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(amount), big.NewInt(w[i])), total)
			d := new(big.Rat).Sub(share, new(big.Rat).SetInt64(p))
			if d.Abs(d).Cmp(big.NewRat(1, 1)) >= 0 {
				t.Fatalf("part %d = %d too far from %v", i, p, share)
			}
		}
		if sum.Cmp(big.NewInt(amount)) != 0 {
			t.Fatalf("parts %v sum to %v, not %d", parts, sum, amount)
		}
	})
}
