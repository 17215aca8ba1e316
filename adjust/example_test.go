package adjust_test

import (
	"fmt"

	"github.com/paysession/paysession/adjust"
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/rate"
	"github.com/paysession/paysession/session"
)

func Example() {
	s, _ := session.DecodeRequest([]byte(`{"currencyCode": "USD", "order": {"lineItems": [
		{"itemId": "a", "amount": 500}, {"itemId": "b", "amount": 500}, {"itemId": "c", "amount": 500}]}}`))

	// 10.00 off the order, then 8.875 % sales tax rounded once for the order.
	d, _ := adjust.DiscountAmount(s, 1000)
	t, _ := adjust.Tax(d, rate.MustParse("8.875%"), adjust.PerOrder, currency.HalfEven)
	for i := range t.NumLineItems() {
		li := t.LineItem(i)
		fmt.Println(li.ItemID, li.DiscountAmount.Or(0), li.TaxAmount.Or(0))
	}

	// The same order in yen, amount by amount: 1 yen below the direct
	// conversion of its 5.44 USD.
	e, _ := adjust.Exchange(t, currency.MustParse("JPY"), rate.MustParse("151.237"), currency.HalfEven)
	amount, _ := e.Amount()
	direct, _ := e.Direct()
	fmt.Println(e.Session().CurrencyCode(), amount, direct)
	// Output:
	// a 334 14
	// b 333 15
	// c 333 15
	// JPY 822 823
}

func ExampleInclusiveTax() {
	s, _ := session.DecodeRequest([]byte(`{"currencyCode": "EUR", "order": {"lineItems": [{"amount": 10000}]}}`))
	in, _ := adjust.InclusiveTax(s, rate.MustParse("21%"), adjust.PerLine, currency.HalfEven)
	fmt.Println(in.Gross(), in.Tax(), in.Net())
	// Output: 10000 1736 8264
}
