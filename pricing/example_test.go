package pricing_test

import (
	"fmt"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
)

func primerExample() session.Session {
	s, err := session.New(session.Params{
		OrderID:      "order-abc",
		CurrencyCode: "GBP",
		Order: session.Order{
			LineItems: []session.LineItem{{ItemID: "t-shirt-1", Amount: session.Some[int64](500), Quantity: session.Some[int64](1)}},
			Fees:      []session.Fee{{Type: "SURCHARGE", Amount: session.Some[int64](100)}},
			Shipping:  session.Shipping{Amount: session.Some[int64](50)},
		},
		PaymentMethod: session.PaymentMethod{Options: map[string]session.MethodOptions{
			"GOOGLE_PAY": {Surcharge: session.Some[int64](100)},
			"PAYMENT_CARD": {Networks: map[string]session.NetworkOptions{
				"VISA":       {Surcharge: session.Some[int64](10)},
				"MASTERCARD": {Surcharge: session.Some[int64](20)},
			}},
		}},
	})
	if err != nil {
		panic(err)
	}
	return s
}

// Primer's own example: 500 × 1 + a SURCHARGE fee of 100 + shipping 50.
func ExampleCalculate() {
	q, err := pricing.Calculate(primerExample())
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, l := range q.Lines() {
		fmt.Printf("line %d %s: subtotal %d, discount %d, tax %d, total %d\n", i, l.ItemID, l.Subtotal, l.Discount, l.Tax, l.Total)
	}
	amount, _ := q.Amount()
	fmt.Println("items", q.ItemsTotal(), "shipping", q.Shipping(), "fees", q.Fees(), "surcharge", q.Surcharge())
	fmt.Println("amount", amount, q.CurrencyCode())
	// Output:
	// line 0 t-shirt-1: subtotal 500, discount 0, tax 0, total 500
	// items 500 shipping 50 fees 0 surcharge 100
	// amount 650 GBP
}

// Selecting a card network replaces the SURCHARGE fee with the network's.
func ExampleCalculateSelection() {
	s := primerExample()
	for _, network := range []string{"VISA", "MASTERCARD", "AMEX"} {
		q, err := pricing.CalculateSelection(s, "PAYMENT_CARD", network)
		if err != nil {
			fmt.Println(err)
			return
		}
		amount, _ := q.Amount()
		fmt.Println(network, "surcharge", q.Surcharge(), "amount", amount)
	}
	// Output:
	// VISA surcharge 10 amount 560
	// MASTERCARD surcharge 20 amount 570
	// AMEX surcharge 0 amount 550
}

// Problems are listed all at once, each at its JSON path.
func ExampleCalculate_errors() {
	s, _ := session.New(session.Params{Order: session.Order{LineItems: []session.LineItem{
		{Amount: session.Some[int64](100), Quantity: session.Some[int64](0)},
		{Amount: session.Some[int64](100), DiscountAmount: session.Some[int64](150)},
		{Amount: session.Some[int64](9223372036854775807), TaxAmount: session.Some[int64](1)},
	}}})
	_, err := pricing.Calculate(s)
	fmt.Println(err)
	// Output:
	// $.order.lineItems[0].quantity: quantity must be at least 1, got 0
	// $.order.lineItems[1].discountAmount: discountAmount 150 exceeds amount × quantity 100
	// $.order.lineItems[2]: line total amount × quantity − discountAmount + taxAmount leaves int64
}

// A refund of 10.00 over three line items weighted by their totals; the
// leftover cent goes to the largest remainder.
func ExampleAllocate() {
	parts, err := pricing.Allocate(1000, []int64{500, 300, 700})
	fmt.Println(parts, err)
	refund, _ := pricing.Allocate(-1000, []int64{500, 300, 700})
	fmt.Println(refund)
	ties, _ := pricing.Allocate(100, []int64{1, 1, 1})
	fmt.Println(ties)
	// Output:
	// [333 200 467] <nil>
	// [-333 -200 -467]
	// [34 33 33]
}

// A card-wide rate of 2.90 % with a fixed 20, VISA at 1.10 %, and 20 % tax
// on the surcharge, computed exactly: 1.10 % of 1000 is 11, never 12.
func ExamplePricer_CalculateSelection() {
	s, _ := session.New(session.Params{CurrencyCode: "EUR", Order: session.Order{
		LineItems: []session.LineItem{{Amount: session.Some[int64](1000)}},
	}})
	p, err := pricing.NewPricer(
		pricing.Rule{Method: "PAYMENT_CARD", Surcharge: pricing.Surcharge{Fixed: 20, RateBPS: 290, Rounding: currency.HalfUp}},
		pricing.Rule{Method: "PAYMENT_CARD", Network: "VISA", Surcharge: pricing.Surcharge{RateBPS: 110, Rounding: currency.HalfEven}},
		pricing.Rule{Method: "PAYPAL", Surcharge: pricing.Surcharge{RateBPS: 349, TaxBPS: 2000, Rounding: currency.HalfUp}},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, sel := range [][2]string{{"PAYMENT_CARD", "VISA"}, {"PAYMENT_CARD", "MASTERCARD"}, {"PAYPAL", ""}, {"KLARNA", ""}} {
		q, _ := p.CalculateSelection(s, sel[0], sel[1])
		amount, _ := q.Amount()
		fmt.Printf("%s %s: surcharge %d (tax %d), amount %d\n", sel[0], sel[1], q.Surcharge(), q.SurchargeTax(), amount)
	}
	// Output:
	// PAYMENT_CARD VISA: surcharge 11 (tax 0), amount 1011
	// PAYMENT_CARD MASTERCARD: surcharge 49 (tax 0), amount 1049
	// PAYPAL : surcharge 42 (tax 7), amount 1042
	// KLARNA : surcharge 0 (tax 0), amount 1000
}

// The quote's sums as currency.Amounts: an amount that carries its currency
// formats itself and refuses to be added to another currency's.
func ExampleQuote_AmountMoney() {
	s, _ := session.DecodeRequest([]byte(`{"currencyCode":"GBP","order":{"lineItems":[{"amount":500}],"shipping":{"amount":60}}}`))
	q, _ := pricing.Calculate(s)
	total, _ := q.AmountMoney()
	text, _ := total.Format("en-GB")
	fmt.Println(total, text, q.Money(q.Shipping()))
	// Output: GBP 5.60 £5.60 GBP 0.60
}

// Calculate itself refuses a session whose amounts mean nothing, every
// problem at its path: there is no quote to act on.
func ExampleCalculate_refused() {
	s, _ := session.DecodeRequest([]byte(`{"currencyCode":"gbp","order":{"lineItems":[{"amount":500,"discountAmount":900},{"amount":-1}]}}`))
	q, err := pricing.Calculate(s)
	fmt.Println(err)
	_, ok := q.Amount()
	fmt.Println(ok)
	// Output:
	// $.order.lineItems[0].discountAmount: discountAmount 900 exceeds amount × quantity 500
	// $.order.lineItems[1].amount: amount must not be negative, got -1
	// $.currencyCode: a currency code is three upper-case letters (ISO 4217, such as "USD"), got "gbp"
	// false
}
