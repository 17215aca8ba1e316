package currency_test

import (
	"errors"
	"fmt"

	"github.com/paysession/paysession/currency"
)

func ExampleParse() {
	jpy, err := currency.Parse("JPY")
	fmt.Println(jpy, jpy.Numeric(), jpy.Name(), err)
	digits, ok := jpy.MinorUnits()
	fmt.Println(digits, ok)

	_, err = currency.Parse("HRK")
	var pe *currency.ParseError
	if errors.As(err, &pe) {
		fmt.Println(errors.Is(err, currency.ErrWithdrawn), pe.Withdrawn)
	}
	_, err = currency.Parse("usd")
	fmt.Println(err)
	// Output:
	// JPY 392 Yen <nil>
	// 0 true
	// true 2023-01
	// currency: "usd": malformed currency code
}

func ExampleToMinor() {
	gbp := currency.MustParse("GBP")
	fmt.Println(currency.ToMinor("49.99", gbp, currency.Exact))

	usd := currency.MustParse("USD")
	_, err := currency.ToMinor("0.125", usd, currency.Exact)
	fmt.Println(errors.Is(err, currency.ErrInexact))
	fmt.Println(currency.ToMinor("0.125", usd, currency.HalfEven))
	// Output:
	// 4999 <nil>
	// true
	// 12 <nil>
}

func ExampleToMajor() {
	fmt.Println(currency.ToMajor(4999, currency.MustParse("GBP")))
	fmt.Println(currency.ToMajor(1234, currency.MustParse("KWD")))
	fmt.Println(currency.ToMajor(-5, currency.MustParse("USD")))
	// Output:
	// 49.99 <nil>
	// 1.234 <nil>
	// -0.05 <nil>
}

func ExampleFormat() {
	fmt.Println(currency.Format(700, currency.MustParse("USD"), "en-US"))
	fmt.Println(currency.Format(100, currency.MustParse("JPY"), "ja-JP"))
	fmt.Printf("%q\n", must(currency.Format(700, currency.MustParse("EUR"), "de-DE")))
	// Output:
	// $7.00 <nil>
	// ￥100 <nil>
	// "7,00\u00a0€"
}

// Options choose the accounting pattern and the form of the currency; the
// tag is canonicalised and matched along CLDR's parent chain.
func ExampleFormat_options() {
	usd := currency.MustParse("USD")
	fmt.Println(must(currency.Format(-500, usd, "en-US", currency.Accounting())))
	fmt.Println(must(currency.Format(700, usd, "en-CA")))
	fmt.Println(must(currency.Format(700, usd, "en-CA", currency.WithDisplay(currency.DisplayNarrow))))
	fmt.Printf("%q\n", must(currency.Format(700, usd, "en-US", currency.WithDisplay(currency.DisplayCode))))
	fmt.Println(must(currency.Format(123456789, currency.MustParse("INR"), "hi-IN")))
	fmt.Println(must(currency.Format(123400, currency.MustParse("TWD"), "zh-TW")))
	_, err := currency.Format(700, usd, "en_US")
	fmt.Println(err)
	// Output:
	// ($5.00)
	// US$7.00
	// $7.00
	// "USD\u00a07.00"
	// ₹12,34,567.89
	// $1,234.00
	// currency: locale "en_US": invalid locale: '_' is not a BCP 47 separator (write en-US, not en_US)
}

// AppendFormat writes into a caller's buffer and allocates nothing when it
// has room.
func ExampleAppendFormat() {
	buf := make([]byte, 0, 64)
	buf, _ = currency.AppendFormat(buf, 123456, currency.MustParse("EUR"), "es-ES")
	buf = append(buf, " | "...)
	buf, _ = currency.AppendFormat(buf, 123456, currency.MustParse("EUR"), "de-AT")
	fmt.Printf("%q\n", buf)
	// Output:
	// "1234,56\u00a0€ | €\u00a01.234,56"
}

func ExampleCashRound() {
	chf := currency.MustParse("CHF")
	fmt.Println(currency.CashRound(1234, chf, currency.HalfUp))
	// Output: 1235 <nil>
}

// Example_stripeAmount converts a price entered by a merchant for a
// provider that takes minor units, rounding half-even.
func Example_stripeAmount() {
	kwd := currency.MustParse("KWD")
	minor, err := currency.ToMinor("12.3456", kwd, currency.HalfEven)
	if err != nil {
		fmt.Println(err)
		return
	}
	major, _ := currency.ToMajor(minor, kwd)
	fmt.Println(minor, major)
	// Output: 12346 12.346
}

func must(s string, err error) string {
	if err != nil {
		panic(err)
	}
	return s
}
