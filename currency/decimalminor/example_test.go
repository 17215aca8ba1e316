package decimalminor_test

import (
	"fmt"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/currency/decimalminor"
	"github.com/shopspring/decimal"
)

func Example() {
	usd := currency.MustParse("USD")
	price := decimal.RequireFromString("19.99")
	minor, err := decimalminor.ToMinor(price, usd, currency.Exact)
	fmt.Println(minor, err)

	// A third of a dollar needs a rounding mode.
	third := decimal.NewFromInt(1).DivRound(decimal.NewFromInt(3), 10)
	_, err = decimalminor.ToMinor(third, usd, currency.Exact)
	fmt.Println(err)
	cents, _ := decimalminor.ToMinor(third, usd, currency.HalfEven)
	fmt.Println(cents)

	back, _ := decimalminor.FromMinor(1234, currency.MustParse("KWD"))
	fmt.Println(back)

	r, _ := decimalminor.ToRate(decimal.RequireFromString("0.08875"))
	fmt.Println(r.Percent())
	// Output:
	// 1999 <nil>
	// currency: amount "0.3333333333" USD: amount needs rounding
	// 33
	// 1.234
	// 8.875%
}
