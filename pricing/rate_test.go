package pricing

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/session"
)

func TestRate110BPSOf1000Is11NotHyperswitchFloat32Ceil12(t *testing.T) {
	s := newSession(t, session.Params{Order: session.Order{LineItems: []session.LineItem{{Amount: some(1000)}}}})
	for _, mode := range allModes {
		if mode == currency.Up || mode == currency.Ceiling || mode == currency.Exact {
			continue // 11 exactly: no rounding happens in any mode (Exact: NewPricer refuses a rate without a mode)
		}
		p, err := NewPricer(Rule{Method: "PAYPAL", Surcharge: Surcharge{RateBPS: 110, Rounding: mode}})
		if err != nil {
			t.Fatal(err)
		}
		q, err := p.CalculateSelection(s, "PAYPAL", "")
		if err != nil || q.Surcharge() != 11 {
			t.Errorf("%v: surcharge %d, %v; want 11", mode, q.Surcharge(), err)
		}
	}
	p, _ := NewPricer(Rule{Method: "PAYPAL", Surcharge: Surcharge{RateBPS: 110, Rounding: currency.Ceiling}})
	if q, _ := p.CalculateSelection(s, "PAYPAL", ""); q.Surcharge() != 11 {
		t.Errorf("ceiling: surcharge %d, want 11 (the exact value needs no rounding)", q.Surcharge())
	}
}

func TestRate290BPSOf1000Is29(t *testing.T) {
	s := newSession(t, session.Params{Order: session.Order{LineItems: []session.LineItem{{Amount: some(1000)}}}})
	p, _ := NewPricer(Rule{Method: "PAYMENT_CARD", Network: "VISA", Surcharge: Surcharge{RateBPS: 290, Rounding: currency.HalfUp}})
	q, err := p.CalculateSelection(s, "PAYMENT_CARD", "VISA")
	if c, _ := q.Calculated(); err != nil || q.Surcharge() != 29 || c != 1029 {
		t.Errorf("surcharge %d, calculated %d, %v; want 29, 1029", q.Surcharge(), c, err)
	}
}

func TestPricerRules(t *testing.T) {
	// Base: 1000 × 1 + shipping 100 + handling 50 = 1150; the session
	// configures VISA 10, MASTERCARD 20 and GOOGLE_PAY 100 as fixed amounts.
	s := newSession(t, session.Params{
		Order: session.Order{
			LineItems: []session.LineItem{{Amount: some(1000)}},
			Fees:      []session.Fee{{Type: "HANDLING", Amount: some(50)}, {Type: "SURCHARGE", Amount: some(999)}},
			Shipping:  session.Shipping{Amount: some(100)},
		},
		PaymentMethod: session.PaymentMethod{Options: map[string]session.MethodOptions{
			"PAYMENT_CARD": {Networks: map[string]session.NetworkOptions{"VISA": {Surcharge: some(10)}, "MASTERCARD": {Surcharge: some(20)}}},
			"GOOGLE_PAY":   {Surcharge: some(100)},
		}},
	})
	p, err := NewPricer(
		Rule{Method: "PAYMENT_CARD", Surcharge: Surcharge{RateBPS: 200, Rounding: currency.HalfUp}},                            // card-wide 2 %: 23
		Rule{Method: "PAYMENT_CARD", Network: "AMEX", Surcharge: Surcharge{Fixed: 5, RateBPS: 350, Rounding: currency.HalfUp}}, // 5 + 40.25 → 45
		Rule{Method: "PAYPAL", Surcharge: Surcharge{RateBPS: 100, TaxBPS: 2000, Rounding: currency.HalfUp}},                    // 11.5 → 12, tax 2.4 → 2: 14
		Rule{Method: "BANK", Surcharge: Surcharge{RateBPS: 5, Rounding: currency.Floor}},                                       // 0.575 → 0: none
	)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		method, network string
		surcharge, tax  int64
	}{
		{"PAYMENT_CARD", "AMEX", 45, 0},
		{"PAYMENT_CARD", "VISA", 23, 0},       // the card-wide rule replaces the session's 10
		{"PAYMENT_CARD", "DISCOVER", 23, 0},   // card-wide
		{"PAYMENT_CARD", "", 0, 0},            // no network: none
		{"GOOGLE_PAY", "", 100, 0},            // no rule: the session's fixed amount
		{"PAYPAL", "", 14, 2},                 // rate with tax
		{"BANK", "", 0, 0},                    // rounds to 0: no fee
		{"KLARNA", "", 0, 0},                  // never
		{"UNCONFIGURED", "", 0, 0},            // neither rule nor session configuration
		{"PAYPAL", "ignored-network", 14, 2},  // the network only matters for cards
		{"PAYMENT_CARD", "MASTERCARD", 23, 0}, // card-wide beats the session's 20
	}
	for _, tc := range tests {
		t.Run(tc.method+"/"+tc.network, func(t *testing.T) {
			q, err := p.CalculateSelection(s, tc.method, tc.network)
			if err != nil {
				t.Fatal(err)
			}
			c, _ := q.Calculated()
			if q.Surcharge() != tc.surcharge || q.SurchargeTax() != tc.tax || c != 1150+tc.surcharge || q.Fees() != 50 {
				t.Errorf("surcharge %d tax %d calculated %d fees %d; want %d %d %d 50", q.Surcharge(), q.SurchargeTax(), c, q.Fees(), tc.surcharge, tc.tax, 1150+tc.surcharge)
			}
			u, err := p.SelectPaymentMethod(s, tc.method, tc.network)
			if err != nil {
				t.Fatal(err)
			}
			var fees []session.Fee
			for i := range u.NumFees() {
				f := u.Fee(i)
				fees = append(fees, f)
			}
			want := []session.Fee{{Type: "HANDLING", Amount: some(50)}}
			if tc.surcharge > 0 {
				want = append(want, session.Fee{Type: "SURCHARGE", Amount: some(tc.surcharge)})
			}
			if !slices.Equal(fees, want) {
				t.Errorf("SelectPaymentMethod fees %+v, want %+v", fees, want)
			}
		})
	}
	if q, _ := p.Calculate(s); q.Surcharge() != 999 {
		t.Errorf("Pricer.Calculate does not quote as it stands: surcharge %d", q.Surcharge())
	}
	var zero Pricer
	q1, _ := zero.CalculateSelection(s, "PAYMENT_CARD", "VISA")
	q2, _ := CalculateSelection(s, "PAYMENT_CARD", "VISA")
	if !q1.Equal(q2) {
		t.Error("the zero Pricer differs from CalculateSelection")
	}
	var rules []Rule
	for r := range p.Rules() {
		rules = append(rules, r)
	}
	if len(rules) != 4 || rules[0].Method != "BANK" || rules[1].Network != "" || rules[2].Network != "AMEX" {
		t.Errorf("Rules() = %+v, want them sorted by method then network", rules)
	}
}

func TestPricerConditions(t *testing.T) {
	p, _ := NewPricer(Rule{Method: "PAYPAL", Surcharge: Surcharge{Fixed: 30, RateBPS: 100, Rounding: currency.HalfUp}})
	override := newSession(t, session.Params{Amount: some(5), Order: session.Order{LineItems: []session.LineItem{{Amount: some(1000)}}}})
	noLines := newSession(t, session.Params{Order: session.Order{Shipping: session.Shipping{Amount: some(1000)}}})
	for name, s := range map[string]session.Session{"override": override, "no line items": noLines} {
		q, err := p.CalculateSelection(s, "PAYPAL", "")
		if err != nil || q.Surcharge() != 0 {
			t.Errorf("%s: surcharge %d, %v; want none", name, q.Surcharge(), err)
		}
	}
}

func TestPricerOverflow(t *testing.T) {
	s := newSession(t, session.Params{Order: session.Order{
		LineItems: []session.LineItem{{Amount: some(math.MaxInt64 / 2)}},
		Fees:      []session.Fee{{Type: "HANDLING", Amount: some(1)}, {Type: "SURCHARGE", Amount: some(1)}},
	}})
	// 300 % of MaxInt64/2 leaves int64.
	p, _ := NewPricer(Rule{Method: "PAYPAL", Surcharge: Surcharge{RateBPS: 30000, Rounding: currency.HalfUp}})
	_, err := p.CalculateSelection(s, "PAYPAL", "")
	var l fielderr.List
	if !errors.As(err, &l) || len(l) != 1 || l[0].Path != "$.order.fees[1]" || l[0].Code != fielderr.CodeOverflow {
		t.Errorf("error %v, want one overflow at $.order.fees[1]", err)
	}
	if _, err := p.SelectPaymentMethod(s, "PAYPAL", ""); !errors.Is(err, fielderr.CodeOverflow) {
		t.Errorf("SelectPaymentMethod error %v, want overflow", err)
	}
	// 100 % fits in the surcharge but not in the calculated amount.
	p, _ = NewPricer(Rule{Method: "PAYPAL", Surcharge: Surcharge{RateBPS: 10000, Fixed: 10, Rounding: currency.HalfUp}})
	_, err = p.CalculateSelection(s, "PAYPAL", "")
	if !errors.As(err, &l) || len(l) != 1 || l[0].Path != "$.order" || l[0].Code != fielderr.CodeOverflow {
		t.Errorf("error %v, want one overflow at $.order", err)
	}
}

func TestNewPricerErrors(t *testing.T) {
	tests := []struct {
		name  string
		rules []Rule
		n     int // number of problems
	}{
		{"empty method", []Rule{{}}, 1},
		{"klarna", []Rule{{Method: "KLARNA", Surcharge: Surcharge{Fixed: 1}}}, 1},
		{"network on a non-card method", []Rule{{Method: "PAYPAL", Network: "VISA"}}, 1},
		{"negative values", []Rule{{Method: "PAYPAL", Surcharge: Surcharge{RateBPS: -1}}}, 1},
		{"undefined mode", []Rule{{Method: "PAYPAL", Surcharge: Surcharge{Rounding: currency.Floor + 1}}}, 1},
		{"a rate without a rounding mode", []Rule{{Method: "PAYPAL", Surcharge: Surcharge{RateBPS: 100}}}, 1},
		{"a tax without a rounding mode", []Rule{{Method: "PAYPAL", Surcharge: Surcharge{Fixed: 5, TaxBPS: 2000}}}, 1},
		{"duplicate", []Rule{{Method: "PAYMENT_CARD", Network: "VISA"}, {Method: "PAYMENT_CARD", Network: "VISA"}}, 1},
		{"all at once", []Rule{{}, {Method: "KLARNA"}, {Method: "X", Surcharge: Surcharge{Fixed: -1}}}, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewPricer(tc.rules...)
			var l fielderr.List
			if !errors.Is(err, CodeInvalidRule) || !errors.As(err, &l) {
				t.Fatalf("error %v, want a fielderr.List of CodeInvalidRule", err)
			}
			if len(l) != tc.n {
				t.Errorf("error %v: want %d problems", err, tc.n)
			}
		})
	}
	// Paths name the rule's field by its place in the arguments.
	_, err := NewPricer(Rule{Method: "PAYPAL", Surcharge: Surcharge{Fixed: 1}},
		Rule{Method: "BANK", Surcharge: Surcharge{RateBPS: 5}},
		Rule{Method: "PAYPAL", Surcharge: Surcharge{Fixed: -2}})
	const want = "rules[1].Surcharge.Rounding: a rate or a tax needs a rounding mode (currency.HalfUp is the usual one)\n" +
		"rules[2].Surcharge.Fixed: negative fixed amount\n" +
		`rules[2]: a second rule for "PAYPAL" ""`
	if err == nil || err.Error() != want {
		t.Errorf("NewPricer error:\n%v\nwant\n%s", err, want)
	}
	if _, err := NewPricer(Rule{Method: "PAYPAL", Surcharge: Surcharge{Fixed: 30}}); err != nil {
		t.Errorf("a fixed surcharge needs no rounding mode: %v", err)
	}
	rules := []Rule{{Method: "PAYPAL", Surcharge: Surcharge{Fixed: 1}}}
	p, err := NewPricer(rules...)
	rules[0].Surcharge.Fixed = 99 // the Pricer keeps its own copy
	if err != nil {
		t.Fatal(err)
	}
	for r := range p.Rules() {
		if r.Surcharge.Fixed != 1 {
			t.Error("NewPricer did not copy its rules")
		}
	}
}

func TestAllocateTable(t *testing.T) {
	tests := []struct {
		amount  int64
		weights []int64
		want    []int64
	}{
		{1000, []int64{500, 300, 700}, []int64{333, 200, 467}},
		{100, []int64{1, 1, 1}, []int64{34, 33, 33}},     // ties: lower index first
		{-100, []int64{1, 1, 1}, []int64{-34, -33, -33}}, // refunds mirror
		{101, []int64{1, 1, 1}, []int64{34, 34, 33}},
		{5, []int64{0, 3, 0, 2}, []int64{0, 3, 0, 2}},
		{1, []int64{1, 1}, []int64{1, 0}},
		{0, []int64{7, 9}, []int64{0, 0}},
		{math.MaxInt64, []int64{1, 1}, []int64{math.MaxInt64/2 + 1, math.MaxInt64 / 2}},
		{math.MinInt64, []int64{1}, []int64{math.MinInt64}},
		{math.MinInt64, []int64{1, 1}, []int64{math.MinInt64 / 2, math.MinInt64 / 2}},
		{10, []int64{math.MaxInt64 - 1, 1}, []int64{10, 0}},
	}
	for _, tc := range tests {
		got, err := Allocate(tc.amount, tc.weights)
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("Allocate(%d, %v) = %v, %v; want %v", tc.amount, tc.weights, got, err, tc.want)
		}
	}
	// More than 64 leftover units take the bisection path.
	w := make([]int64, 100)
	for i := range w {
		w[i] = 3
	}
	got, err := Allocate(199, w) // 1.99 each: 99 units left, to indexes 0..98
	if err != nil || got[0] != 2 || got[98] != 2 || got[99] != 1 {
		t.Errorf("Allocate(199, 100×3) = %v, %v", got, err)
	}
}

func TestAllocateErrors(t *testing.T) {
	for _, w := range [][]int64{nil, {}, {0, 0}, {1, -1}, {math.MaxInt64, 1}} {
		if _, err := Allocate(100, w); !errors.Is(err, ErrWeights) {
			t.Errorf("Allocate(100, %v) error %v, want ErrWeights", w, err)
		}
	}
	dst := []int64{7, 7}
	if err := AllocateInto(dst, 100, []int64{1}); !errors.Is(err, ErrLength) {
		t.Errorf("AllocateInto with a short dst: %v, want ErrLength", err)
	}
	if err := AllocateInto(dst, 100, []int64{-1, 2}); !errors.Is(err, ErrWeights) || dst[0] != 7 {
		t.Errorf("AllocateInto with a bad weight: %v, dst %v; want ErrWeights and dst unchanged", err, dst)
	}
}

func TestAllocateIntoDoesNotAllocate(t *testing.T) {
	w := []int64{3, 1, 4, 1, 5, 9, 2, 6, 5, 3}
	dst := make([]int64, len(w))
	big := make([]int64, 200)
	bigW := make([]int64, 200)
	for i := range bigW {
		bigW[i] = int64(i%7 + 1)
	}
	n := testing.AllocsPerRun(100, func() {
		_ = AllocateInto(dst, 100003, w)
		_ = AllocateInto(big, 1_000_003, bigW)
	})
	if n != 0 {
		t.Errorf("AllocateInto allocates %v times", n)
	}
}
