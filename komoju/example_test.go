package komoju_test

import (
	"fmt"

	"github.com/paysession/paysession/komoju"
)

func ExampleReturnURL() {
	for _, u := range []string{"https://shop.example/done", "https://shop.example/done?x=1#top"} {
		out, err := komoju.ReturnURL(u, "abc")
		fmt.Println(out, err)
	}
	_, err := komoju.ReturnURL("/done", "abc")
	fmt.Println(err)
	// Output:
	// https://shop.example/done?session_id=abc <nil>
	// https://shop.example/done?x=1&session_id=abc#top <nil>
	// komoju: return_url must be an absolute http or https URL
}

func ExampleDecode() {
	_, err := komoju.Decode([]byte(`{"amount":1500,"currency":"JPY","line_items":[{"amount":500,"quantity":3,"price":1}]}`))
	fmt.Println(err)
	k, err := komoju.Decode([]byte(`{"amount":1500,"currency":"JPY","line_items":[{"amount":500,"quantity":3}]}`))
	fmt.Println(err, k.EffectiveMode(), k.EffectiveExpiresInSeconds())
	fmt.Println(string(k.AppendJSON(nil)))
	// Output:
	// $.line_items[0].price: unknown field "price"
	// <nil> payment 86400
	// {"amount":1500,"currency":"JPY","line_items":[{"amount":500,"quantity":3}]}
}

// A KOMOJU request maps to a Primer-style session and back: the amount
// equals the line items' total, so it needs no override.
func ExampleFromSession() {
	k, err := komoju.Decode([]byte(`{"amount":1500,"currency":"JPY","email":"a@example.jp",
		"line_items":[{"amount":500,"quantity":3,"description":"Tea"}],"metadata":{"order":"A-1"}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	s := k.PrimerSession()
	_, override := s.AmountOverride()
	fmt.Println(s.CurrencyCode(), s.Customer().EmailAddress, s.NumLineItems(), override)
	back, err := komoju.FromSession(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(back.AppendJSON(nil)))
	// Output:
	// JPY a@example.jp 1 false
	// {"amount":1500,"currency":"JPY","email":"a@example.jp","line_items":[{"amount":500,"description":"Tea","quantity":3}],"metadata":{"order":"A-1"}}
}
