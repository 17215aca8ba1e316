package validation_test

import (
	"fmt"

	"github.com/paysession/paysession/validation"
)

// KomojuJSON decodes and validates a KOMOJU session request in one step:
// decoding problems and rule violations come in one list, sorted by path.
func ExampleKomojuJSON() {
	_, err := validation.KomojuJSON([]byte(`{
		"amount": 1500,
		"currency": "XAU",
		"customer_id": "cus_123",
		"return_url": "shop.example/done",
		"line_items": [{"amount": 1500, "price": 1}]
	}`))
	fmt.Println(err)
	// Output:
	// $.currency: "XAU" is not a currency KOMOJU accepts (JPY, USD, EUR, TWD, KRW, PLN, GBP, HKD, SGD, NZD, AUD, IDR, MYR, PHP, THB, CNY, BRL, CHF, CAD, VND)
	// $.customer_id: customer_id is only used in the customer and customer_payment modes, not in payment mode
	// $.line_items[0].price: unknown field "price"
	// $.return_url: "shop.example/done" is not an absolute http or https URL
}
