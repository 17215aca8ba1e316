package jsonvalue_test

import (
	"encoding/json"
	"fmt"

	"github.com/paysession/paysession/jsonvalue"
)

func ExampleValue() {
	var v jsonvalue.Value
	if err := json.Unmarshal([]byte(`{"sku":"T-1","price":19.90,"tags":["a",null]}`), &v); err != nil {
		fmt.Println(err)
		return
	}
	price, _ := v.Lookup("price")
	lit, _ := price.Number()
	fmt.Println(lit) // the literal text, never a float64
	fmt.Println(v)   // canonical: members in key order
	// Output:
	// 19.90
	// {"price":19.90,"sku":"T-1","tags":["a",null]}
}

func ExampleObject() {
	v, err := jsonvalue.Object(
		jsonvalue.Member{Key: "b", Value: jsonvalue.Int(2)},
		jsonvalue.Member{Key: "a", Value: jsonvalue.String("x")},
		jsonvalue.Member{Key: "gone", Value: jsonvalue.Value{}}, // absent: left out
	)
	fmt.Println(v, err)
	_, err = jsonvalue.Object(jsonvalue.Member{Key: "a", Value: jsonvalue.Int(1)}, jsonvalue.Member{Key: "a", Value: jsonvalue.Null()})
	fmt.Println(err)
	// Output:
	// {"a":"x","b":2} <nil>
	// jsonvalue: duplicate object key
}
