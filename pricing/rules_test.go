package pricing

import (
	"errors"
	"math"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/session"
)

// problem is one expected problem.
type problem struct {
	path string
	code fielderr.Code
}

func checkProblems(t *testing.T, name string, p session.Params, wants []problem) {
	t.Helper()
	s, err := session.New(p)
	if err != nil {
		t.Fatalf("%s: New: %v", name, err)
	}
	q, err := Calculate(s)
	var l fielderr.List
	if len(wants) == 0 {
		if err != nil {
			t.Errorf("%s: Calculate: %v", name, err)
		}
		return
	}
	if !errors.As(err, &l) {
		t.Fatalf("%s: Calculate error %v, problem %v", name, err, wants)
	}
	if !q.Equal(Quote{}) {
		t.Errorf("%s: the quote of a refused session is not the zero Quote", name)
	}
	if len(l) != len(wants) {
		t.Fatalf("%s: got %v, problem %v", name, l, wants)
	}
	for i, w := range wants {
		if l[i].Path != w.path || l[i].Code != w.code {
			t.Errorf("%s: problem %d is %s %s, problem %s %s", name, i, l[i].Path, l[i].Code, w.path, w.code)
		}
		if len(l[i].Message) == 0 || len(l[i].Message) > 200 {
			t.Errorf("%s: message %q", name, l[i].Message)
		}
	}
}

func line(a int64) session.LineItem { return session.LineItem{Amount: session.Some(a)} }

// Every amount rule of pricing (SPEC §3 rule 7) is an error at its path from
// Calculate itself.
func TestCalculateNegative(t *testing.T) {
	some := session.Some[int64]
	cases := []struct {
		name  string
		p     session.Params
		wants []problem
	}{
		{"valid", session.Params{CurrencyCode: "GBP", Order: session.Order{LineItems: []session.LineItem{line(500)}}}, nil},
		{"negative override", session.Params{Amount: some(-1)}, []problem{{"$.amount", CodeNegative}}},
		{"MinInt64 override", session.Params{Amount: some(math.MinInt64)}, []problem{{"$.amount", CodeNegative}}},
		{"negative line amount, no discount", session.Params{Order: session.Order{LineItems: []session.LineItem{
			line(-500), {Amount: some(-500), DiscountAmount: some(0)},
		}}}, []problem{{"$.order.lineItems[0].amount", CodeNegative}, {"$.order.lineItems[1].amount", CodeNegative}}},
		// A discount over a negative subtotal is the negative amount's
		// consequence, not a second mistake.
		{"negative amount with a discount", session.Params{Order: session.Order{LineItems: []session.LineItem{
			{Amount: some(-500), DiscountAmount: some(1)},
		}}}, []problem{{"$.order.lineItems[0].amount", CodeNegative}}},
		{"negative discount and tax", session.Params{Order: session.Order{LineItems: []session.LineItem{
			line(1), {Amount: some(5), DiscountAmount: some(-1), TaxAmount: some(-2)},
		}}}, []problem{{"$.order.lineItems[1].discountAmount", CodeNegative}, {"$.order.lineItems[1].taxAmount", CodeNegative}}},
		{"quantity 0", session.Params{Order: session.Order{LineItems: []session.LineItem{{Amount: some(5), Quantity: some(0)}}}},
			[]problem{{"$.order.lineItems[0].quantity", CodeQuantity}}},
		{"discount above subtotal", session.Params{Order: session.Order{LineItems: []session.LineItem{{Amount: some(500), DiscountAmount: some(900)}}}},
			[]problem{{"$.order.lineItems[0].discountAmount", CodeDiscountExceedsSubtotal}}},
		{"negative fee and shipping", session.Params{Order: session.Order{
			LineItems: []session.LineItem{line(5)},
			Fees:      []session.Fee{{Type: "X", Amount: some(1)}, {Type: session.FeeTypeSurcharge, Amount: some(-3)}},
			Shipping:  session.Shipping{Amount: some(-4)},
		}}, []problem{{"$.order.fees[1].amount", CodeNegative}, {"$.order.shipping.amount", CodeNegative}}},
		{"negative fee without line items", session.Params{Order: session.Order{Fees: []session.Fee{{Type: "X", Amount: some(-1)}}}},
			[]problem{{"$.order.fees[0].amount", CodeNegative}}},
		// Lines MaxInt64, 1, -1: the -1 is the problem (the exact sum fits).
		{"MaxInt64, 1, -1", session.Params{Order: session.Order{LineItems: []session.LineItem{line(math.MaxInt64), line(1), line(-1)}}},
			[]problem{{"$.order.lineItems[2].amount", CodeNegative}}},
		{"lower-case currency", session.Params{CurrencyCode: "gbp"}, []problem{{"$.currencyCode", CodeCurrency}}},
		{"unknown currency", session.Params{CurrencyCode: "ABC"}, []problem{{"$.currencyCode", CodeCurrency}}},
		{"withdrawn currency", session.Params{CurrencyCode: "HRK"}, []problem{{"$.currencyCode", CodeCurrency}}},
		{"N.A. currency", session.Params{CurrencyCode: "XAU"}, []problem{{"$.currencyCode", CodeCurrency}}},
		{"everything", session.Params{CurrencyCode: "usd", Amount: some(-2), Order: session.Order{
			LineItems: []session.LineItem{{Amount: some(-1), Quantity: some(0), TaxAmount: some(-1)}},
		}}, []problem{
			{"$.order.lineItems[0].amount", CodeNegative}, {"$.order.lineItems[0].quantity", CodeQuantity},
			{"$.order.lineItems[0].taxAmount", CodeNegative}, {"$.amount", CodeNegative}, {"$.currencyCode", CodeCurrency},
		}},
	}
	for _, tc := range cases {
		checkProblems(t, tc.name, tc.p, tc.wants)
	}
}

// The withdrawn currency's message gives its date; the quote of a valid
// session carries its currency parsed.
func TestCalculateCurrency(t *testing.T) {
	s, _ := session.New(session.Params{CurrencyCode: "HRK"})
	_, err := Calculate(s)
	var l fielderr.List
	if !errors.As(err, &l) || len(l) != 1 || l[0].Message != `"HRK" was withdrawn from ISO 4217 in 2023-01 and can no longer be used` {
		t.Errorf("HRK: %v", err)
	}
	s, _ = session.New(session.Params{CurrencyCode: "KWD"})
	q, err := Calculate(s)
	if err != nil || q.Currency().String() != "KWD" || q.CurrencyCode() != "KWD" {
		t.Errorf("KWD: %v %v", q.Currency(), err)
	}
	if d, ok := q.Currency().MinorUnits(); !ok || d != 3 {
		t.Errorf("KWD minor units %d %v", d, ok)
	}
	q, err = Calculate(session.Session{})
	if err != nil || q.Currency().IsValid() || q.CurrencyCode() != "" {
		t.Errorf("no currency: %v %v", q.Currency(), err)
	}
}
