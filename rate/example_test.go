package rate_test

import (
	"fmt"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/rate"
)

func Example() {
	tax, err := rate.Parse("8.875%")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(tax, tax.Percent()) // 0.08875 8.875%

	// 12.00 × 8.875 % = 106.5 minor units, rounded once by the named mode.
	even, _ := tax.Of(1200, currency.HalfEven)
	up, _ := tax.Of(1200, currency.HalfUp)
	fmt.Println(even, up)

	// The tax an inclusive price of 100.00 contains at 21 %.
	vat := rate.MustParse("21%")
	in, _ := vat.Inclusive(10000, currency.HalfEven)
	fmt.Println(in, 10000-in)

	// 19.99 USD at 151.237 yen per dollar.
	jpy, _ := rate.MustParse("151.237").Convert(1999, currency.MustParse("USD"), currency.MustParse("JPY"), currency.HalfEven)
	fmt.Println(jpy)

	_, err = rate.Parse("1e-3")
	fmt.Println(err)
	// Output:
	// 0.08875 8.875%
	// 106 107
	// 1736 8264
	// 3023
	// rate: "1e-3": invalid rate syntax (want a plain decimal like 0.08875 or a percentage like 8.875%)
}

func ExampleRate_Split() {
	// 10.00 over three equal lines at 100 %: the parts add up.
	parts := make([]int64, 3)
	total, _ := rate.MustParse("1").Split(parts, []int64{333, 333, 334}, currency.HalfEven)
	fmt.Println(total, parts)

	// 8.875 % of three lines, rounded once for the order.
	total, _ = rate.MustParse("8.875%").Split(parts, []int64{1200, 1200, 1200}, currency.HalfEven)
	fmt.Println(total, parts)
	// Output:
	// 1000 [333 333 334]
	// 320 [107 107 106]
}
