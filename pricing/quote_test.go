package pricing

import (
	"errors"
	"math"
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/session"
)

func some(v int64) session.Opt[int64] { return session.Some(v) }

func newSession(t *testing.T, p session.Params) session.Session {
	t.Helper()
	s, err := session.New(p)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// want is a quote's expected numbers; calc/amount -1 means absent.
type want struct {
	items, shipping, fees, surcharge, calc, amount int64
	overridden                                     bool
	lines                                          []Line
}

func checkQuote(t *testing.T, q Quote, w want) {
	t.Helper()
	if q.ItemsTotal() != w.items || q.Shipping() != w.shipping || q.Fees() != w.fees || q.Surcharge() != w.surcharge {
		t.Errorf("items %d shipping %d fees %d surcharge %d; want %d %d %d %d",
			q.ItemsTotal(), q.Shipping(), q.Fees(), q.Surcharge(), w.items, w.shipping, w.fees, w.surcharge)
	}
	c, ok := q.Calculated()
	if (w.calc < 0) == ok || ok && c != w.calc {
		t.Errorf("Calculated() = %d, %v; want %d", c, ok, w.calc)
	}
	a, ok := q.Amount()
	if (w.amount < 0) == ok || ok && a != w.amount {
		t.Errorf("Amount() = %d, %v; want %d", a, ok, w.amount)
	}
	if q.Overridden() != w.overridden {
		t.Errorf("Overridden() = %v", q.Overridden())
	}
	if w.lines != nil {
		if q.NumLines() != len(w.lines) {
			t.Fatalf("NumLines() = %d, want %d", q.NumLines(), len(w.lines))
		}
		for i, l := range w.lines {
			if got := q.Line(i); got != l {
				t.Errorf("Line(%d) = %+v, want %+v", i, got, l)
			}
		}
	}
}

func TestCalculateDocumentedExamples(t *testing.T) {
	tests := []struct {
		name string
		p    session.Params
		want want
	}{{
		name: "Primer's example: 500×1 + SURCHARGE fee 100 + shipping 50 = 650",
		p: session.Params{CurrencyCode: "GBP", Order: session.Order{
			LineItems: []session.LineItem{{ItemID: "t-shirt-1", Amount: some(500), Quantity: some(1)}},
			Fees:      []session.Fee{{Type: "SURCHARGE", Amount: some(100)}},
			Shipping:  session.Shipping{Amount: some(50)},
		}},
		want: want{items: 500, shipping: 50, surcharge: 100, calc: 650, amount: 650,
			lines: []Line{{ItemID: "t-shirt-1", Subtotal: 500, Total: 500}}},
	}, {
		name: "100 × 10 = 1000",
		p: session.Params{CurrencyCode: "USD", Order: session.Order{
			LineItems: []session.LineItem{{Amount: some(100), Quantity: some(10)}},
		}},
		want: want{items: 1000, calc: 1000, amount: 1000, lines: []Line{{Subtotal: 1000, Total: 1000}}},
	}, {
		name: "override 4999 over calculated 5000",
		p: session.Params{CurrencyCode: "GBP", Amount: some(4999), Order: session.Order{
			LineItems: []session.LineItem{{Amount: some(2500), Quantity: some(2)}},
		}},
		want: want{items: 5000, calc: 5000, amount: 4999, overridden: true},
	}, {
		name: "JPY has no minor digits: ¥1200 × 3 − ¥100 + ¥330 tax",
		p: session.Params{CurrencyCode: "JPY", Order: session.Order{
			LineItems: []session.LineItem{{ItemID: "tea", Amount: some(1200), Quantity: some(3), DiscountAmount: some(100), TaxAmount: some(330)}},
		}},
		want: want{items: 3830, calc: 3830, amount: 3830,
			lines: []Line{{ItemID: "tea", Subtotal: 3600, Discount: 100, Tax: 330, Total: 3830}}},
	}, {
		name: "KWD has three: 1.234 KWD × 2 + 0.123 tax + 0.500 shipping",
		p: session.Params{CurrencyCode: "KWD", Order: session.Order{
			LineItems: []session.LineItem{{Amount: some(1234), Quantity: some(2), TaxAmount: some(123)}},
			Shipping:  session.Shipping{Amount: some(500)},
		}},
		want: want{items: 2591, shipping: 500, calc: 3091, amount: 3091},
	}, {
		name: "no line items: no calculated amount, no amount",
		p: session.Params{CurrencyCode: "GBP", Order: session.Order{
			Fees: []session.Fee{{Type: "HANDLING", Amount: some(100)}}, Shipping: session.Shipping{Amount: some(50)},
		}},
		want: want{shipping: 50, fees: 100, calc: -1, amount: -1},
	}, {
		name: "no line items with an override: the override is the amount",
		p:    session.Params{CurrencyCode: "GBP", Amount: some(700)},
		want: want{calc: -1, amount: 700, overridden: true},
	}, {
		name: "an override of 0 still overrides",
		p: session.Params{Amount: some(0), Order: session.Order{
			LineItems: []session.LineItem{{Amount: some(10)}},
		}},
		want: want{items: 10, calc: 10, amount: 0, overridden: true},
	}, {
		name: "absent quantity counts as 1, absent amount as 0; discount equal to the subtotal is allowed",
		p: session.Params{Order: session.Order{
			LineItems: []session.LineItem{{Amount: some(300), DiscountAmount: some(300)}, {ItemID: "free"}},
		}},
		want: want{calc: 0, amount: 0, lines: []Line{{Subtotal: 300, Discount: 300}, {ItemID: "free"}}},
	}, {
		name: "fees of every type count; SURCHARGE ones as surcharge",
		p: session.Params{Order: session.Order{
			LineItems: []session.LineItem{{Amount: some(1000)}},
			Fees:      []session.Fee{{Type: "SURCHARGE", Amount: some(5)}, {Type: "HANDLING", Amount: some(7)}, {Type: "SURCHARGE", Amount: some(11)}, {Amount: some(13)}},
		}},
		want: want{items: 1000, fees: 20, surcharge: 16, calc: 1036, amount: 1036},
	}, {
		name: "MaxInt64 exactly is fine",
		p: session.Params{Order: session.Order{
			LineItems: []session.LineItem{{Amount: some(math.MaxInt64 - 1)}},
			Shipping:  session.Shipping{Amount: some(1)},
		}},
		want: want{items: math.MaxInt64 - 1, shipping: 1, calc: math.MaxInt64, amount: math.MaxInt64},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, err := Calculate(newSession(t, tc.p))
			if err != nil {
				t.Fatal(err)
			}
			checkQuote(t, q, tc.want)
			if q.CurrencyCode() != tc.p.CurrencyCode {
				t.Errorf("CurrencyCode() = %q", q.CurrencyCode())
			}
		})
	}
}

func TestCalculateErrors(t *testing.T) {
	tests := []struct {
		name string
		p    session.Params
		want fielderr.List // messages are not compared
	}{{
		name: "discount larger than the subtotal",
		p: session.Params{Order: session.Order{LineItems: []session.LineItem{
			{Amount: some(100)}, {Amount: some(100), Quantity: some(2), DiscountAmount: some(201)},
		}}},
		want: fielderr.List{{Path: "$.order.lineItems[1].discountAmount", Code: CodeDiscountExceedsSubtotal}},
	}, {
		name: "9223372036854775807 plus one: the sum overflows",
		p: session.Params{Order: session.Order{
			LineItems: []session.LineItem{{Amount: some(math.MaxInt64)}},
			Shipping:  session.Shipping{Amount: some(1)},
		}},
		want: fielderr.List{{Path: "$.order", Code: fielderr.CodeOverflow}},
	}, {
		name: "9223372036854775807 plus one tax: the line overflows",
		p: session.Params{Order: session.Order{
			LineItems: []session.LineItem{{Amount: some(math.MaxInt64), TaxAmount: some(1)}, {Amount: some(1)}},
		}},
		want: fielderr.List{{Path: "$.order.lineItems[0]", Code: fielderr.CodeOverflow}},
	}, {
		name: "amount × quantity overflows",
		p: session.Params{Order: session.Order{
			LineItems: []session.LineItem{{Amount: some(math.MaxInt64/2 + 1), Quantity: some(2)}},
		}},
		want: fielderr.List{{Path: "$.order.lineItems[0]", Code: fielderr.CodeOverflow}},
	}, {
		name: "quantity 0",
		p: session.Params{Order: session.Order{
			LineItems: []session.LineItem{{Amount: some(100), Quantity: some(0)}},
		}},
		want: fielderr.List{{Path: "$.order.lineItems[0].quantity", Code: CodeQuantity}},
	}, {
		name: "fees overflow without line items",
		p: session.Params{Order: session.Order{
			Fees: []session.Fee{{Amount: some(math.MaxInt64)}, {Amount: some(math.MaxInt64)}},
		}},
		want: fielderr.List{{Path: "$.order", Code: fielderr.CodeOverflow}},
	}, {
		name: "every problem at once, in order",
		p: session.Params{Order: session.Order{LineItems: []session.LineItem{
			{Amount: some(100), Quantity: some(-1)},
			{Amount: some(5), DiscountAmount: some(6)},
			{Amount: some(math.MaxInt64), Quantity: some(3)},
			{Amount: some(1), Quantity: some(0), DiscountAmount: some(2)},
		}}},
		want: fielderr.List{
			{Path: "$.order.lineItems[0].quantity", Code: CodeQuantity},
			{Path: "$.order.lineItems[1].discountAmount", Code: CodeDiscountExceedsSubtotal},
			{Path: "$.order.lineItems[2]", Code: fielderr.CodeOverflow},
			{Path: "$.order.lineItems[3].quantity", Code: CodeQuantity},
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, err := Calculate(newSession(t, tc.p))
			var l fielderr.List
			if !errors.As(err, &l) {
				t.Fatalf("error %v is not an ErrorList (quote %+v)", err, q)
			}
			if len(l) != len(tc.want) {
				t.Fatalf("got %d errors, want %d:\n%v", len(l), len(tc.want), err)
			}
			for i := range l {
				if l[i].Path != tc.want[i].Path || l[i].Code != tc.want[i].Code || l[i].Message == "" {
					t.Errorf("error %d = %+v, want %+v", i, l[i], tc.want[i])
				}
				if !errors.Is(err, tc.want[i].Code) {
					t.Errorf("errors.Is(err, %q) = false", tc.want[i].Code)
				}
			}
			if !q.Equal(Quote{}) {
				t.Errorf("a failed Calculate returned a non-zero quote")
			}
		})
	}
}

func TestCalculateErrorMessage(t *testing.T) {
	s := newSession(t, session.Params{Order: session.Order{LineItems: []session.LineItem{{Amount: some(100), Quantity: some(2), DiscountAmount: some(201)}}}})
	_, err := Calculate(s)
	const want = "$.order.lineItems[0].discountAmount: discountAmount 201 exceeds amount × quantity 200"
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %q", err, want)
	}
}

// primerSession is Primer's GET-response example as a session.
func primerSession(t *testing.T) session.Session {
	return newSession(t, session.Params{
		OrderID: "order-abc", CurrencyCode: "GBP", CustomerID: "customer-123",
		Order: session.Order{
			LineItems: []session.LineItem{{ItemID: "t-shirt-1", Description: "White T-Shirt", Amount: some(500), Quantity: some(1)}},
			Fees:      []session.Fee{{Type: "SURCHARGE", Amount: some(100)}},
			Shipping:  session.Shipping{Amount: some(50)},
		},
		PaymentMethod: session.PaymentMethod{Options: map[string]session.MethodOptions{
			"GOOGLE_PAY":    {Surcharge: some(100)},
			"PAY_NL_IDEAL":  {Surcharge: some(50)},
			"PAYMENT_CARD":  {Networks: map[string]session.NetworkOptions{"VISA": {Surcharge: some(10)}, "MASTERCARD": {Surcharge: some(20)}}},
			"KLARNA":        {Surcharge: some(30)},
			"APPLE_PAY":     {Surcharge: some(0)},
			"PAYPAL":        {},
			"ZERO_NETWORKS": {Networks: map[string]session.NetworkOptions{}},
		}},
	})
}

func TestCalculateSelectionTable(t *testing.T) {
	s := primerSession(t)
	tests := []struct {
		method, network string
		surcharge       int64
	}{
		{"PAYMENT_CARD", "VISA", 10},
		{"PAYMENT_CARD", "MASTERCARD", 20},
		{"PAYMENT_CARD", "AMEX", 0}, // a network without an entry
		{"PAYMENT_CARD", "", 0},     // no network
		{"GOOGLE_PAY", "", 100},
		{"GOOGLE_PAY", "VISA", 100}, // the network is ignored for other methods
		{"PAY_NL_IDEAL", "", 50},
		{"KLARNA", "", 0},    // KLARNA never takes one
		{"APPLE_PAY", "", 0}, // configured 0: none
		{"PAYPAL", "", 0},    // no surcharge configured
		{"UNKNOWN", "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.method+"/"+tc.network, func(t *testing.T) {
			q, err := CalculateSelection(s, tc.method, tc.network)
			if err != nil {
				t.Fatal(err)
			}
			checkQuote(t, q, want{items: 500, shipping: 50, surcharge: tc.surcharge, calc: 550 + tc.surcharge, amount: 550 + tc.surcharge})
		})
	}
	t.Run("override: no surcharge", func(t *testing.T) {
		p := s.Params()
		p.Amount = some(999)
		q, err := CalculateSelection(newSession(t, p), "PAYMENT_CARD", "VISA")
		if err != nil {
			t.Fatal(err)
		}
		checkQuote(t, q, want{items: 500, shipping: 50, calc: 550, amount: 999, overridden: true})
	})
	t.Run("no line items: no surcharge", func(t *testing.T) {
		p := s.Params()
		p.Order.LineItems = nil
		q, err := CalculateSelection(newSession(t, p), "GOOGLE_PAY", "")
		if err != nil {
			t.Fatal(err)
		}
		checkQuote(t, q, want{shipping: 50, calc: -1, amount: -1})
	})
}

func TestQuoteZeroValue(t *testing.T) {
	var q Quote
	checkQuote(t, q, want{calc: -1, amount: -1, lines: []Line{}})
	if q.CurrencyCode() != "" || q.SurchargeTax() != 0 {
		t.Error("zero Quote is not empty")
	}
	q2, err := Calculate(session.Session{})
	if err != nil || !q2.Equal(q) {
		t.Errorf("Calculate(zero session) = %+v, %v; want the zero Quote", q2, err)
	}
}

func TestQuoteEqual(t *testing.T) {
	s := primerSession(t)
	a, _ := Calculate(s)
	b, _ := CalculateSelection(s, "PAYMENT_CARD", "VISA")
	c, _ := Calculate(s.SelectPaymentMethod("PAYMENT_CARD", "VISA"))
	if a.Equal(b) || !b.Equal(c) || !a.Equal(a) {
		t.Errorf("Equal: a=b %v, b=c %v", a.Equal(b), b.Equal(c))
	}
}

func TestCalculateDoesNotAllocate(t *testing.T) {
	s := primerSession(t).SelectPaymentMethod("PAYMENT_CARD", "VISA")
	n := testing.AllocsPerRun(100, func() {
		if _, err := Calculate(s); err != nil {
			t.Fatal(err)
		}
		if _, err := CalculateSelection(s, "GOOGLE_PAY", ""); err != nil {
			t.Fatal(err)
		}
	})
	if n != 0 {
		t.Errorf("Calculate allocates %v times", n)
	}
}

func TestMulBPS(t *testing.T) {
	tests := []struct {
		name     string
		x, bps   int64
		mode     currency.RoundingMode
		want     int64
		wantFits bool
	}{
		{"110 bps of 1000 is 11 (Hyperswitch's float32+ceil gives 12)", 1000, 110, currency.HalfUp, 11, true},
		{"110 bps of 1000 is 11 even rounding up", 1000, 110, currency.Up, 11, true},
		{"290 bps of 1000 is 29", 1000, 290, currency.HalfUp, 29, true},
		{"zero mode is half-up: 50 bps of 100 = 0.5 → 1", 100, 50, currency.Exact, 1, true},
		{"half-even tie to even: 0.5 → 0", 100, 50, currency.HalfEven, 0, true},
		{"half-even tie to even: 1.5 → 2", 300, 50, currency.HalfEven, 2, true},
		{"half-down tie: 0.5 → 0", 100, 50, currency.HalfDown, 0, true},
		{"negative half-up: -0.5 → -1", -100, 50, currency.HalfUp, -1, true},
		{"negative floor: -0.01 → -1", -1, 100, currency.Floor, -1, true},
		{"negative ceiling: -0.01 → 0", -1, 100, currency.Ceiling, 0, true},
		{"up: 0.01 → 1", 1, 100, currency.Up, 1, true},
		{"down: 0.99 → 0", 99, 100, currency.Down, 0, true},
		{"100% of MaxInt64", math.MaxInt64, 10000, currency.HalfUp, math.MaxInt64, true},
		{"100% of MinInt64", math.MinInt64, 10000, currency.HalfUp, math.MinInt64, true},
		{"200% of MaxInt64 overflows", math.MaxInt64, 20000, currency.HalfUp, 0, false},
		{"huge rate overflows the 128-bit quotient check", math.MaxInt64, math.MaxInt64, currency.HalfUp, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := mulBPS(tc.x, tc.bps, tc.mode)
			if ok != tc.wantFits || ok && got != tc.want {
				t.Errorf("mulBPS(%d, %d, %v) = %d, %v; want %d, %v", tc.x, tc.bps, tc.mode, got, ok, tc.want, tc.wantFits)
			}
		})
	}
}

// TestQuoteMoney: the quote's sums as currency.Amounts of the session's
// currency, and none without a currency.
func TestQuoteMoney(t *testing.T) {
	s := newSession(t, session.Params{CurrencyCode: "GBP",
		Order: session.Order{LineItems: []session.LineItem{{Amount: some(500)}}, Shipping: session.Shipping{Amount: some(50)}}})
	q, err := Calculate(s)
	if err != nil {
		t.Fatal(err)
	}
	gbp := currency.MustParse("GBP")
	want := func(v int64) currency.Amount {
		a, err := currency.NewAmount(v, gbp)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	if m, ok := q.AmountMoney(); !ok || m != want(550) || m.String() != "GBP 5.50" {
		t.Errorf("AmountMoney = %v, %v; want GBP 5.50", m, ok)
	}
	if m, ok := q.CalculatedMoney(); !ok || m != want(550) {
		t.Errorf("CalculatedMoney = %v, %v", m, ok)
	}
	if m := q.Money(q.Shipping()); m != want(50) {
		t.Errorf("Money(Shipping) = %v", m)
	}
	q, err = Calculate(newSession(t, session.Params{Order: session.Order{LineItems: []session.LineItem{{Amount: some(5)}}}}))
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := q.AmountMoney(); ok || !m.IsZero() {
		t.Errorf("no currency: AmountMoney = %v, %v; want none", m, ok)
	}
	if m, ok := q.CalculatedMoney(); ok || !m.IsZero() {
		t.Errorf("no currency: CalculatedMoney = %v, %v; want none", m, ok)
	}
	q, err = Calculate(newSession(t, session.Params{CurrencyCode: "JPY"}))
	if m, ok := q.AmountMoney(); err != nil || ok || m != q.Money(0) {
		t.Errorf("no amount: AmountMoney = %v, %v, %v", m, ok, err)
	}
}
