package session

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/errtest"
	"github.com/paysession/paysession/jsonvalue"
)

// asResponse is the session a response carrying s's effective amount stands
// for: an override equal to the calculated amount is no override.
func asResponse(s Session) Session {
	a, ok := s.AmountOverride()
	if c, cok := s.get().Calculated(); ok && cok && a == c {
		p := s.Params()
		p.Amount = Opt[int64]{}
		return mustNew(p)
	}
	return s
}

func TestJSONProperties(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 300
	properties := gopter.NewProperties(params)

	properties.Property("DecodeRequest(AppendRequestJSON(s)) equals s", prop.ForAll(func(s Session) bool {
		got, err := DecodeRequest(s.AppendRequestJSON(nil))
		return err == nil && got.Equal(s)
	}, genSession()))

	properties.Property("DecodeResponse(AppendResponseJSON(s)) equals s read as a response", prop.ForAll(func(s Session) bool {
		got, err := DecodeResponse(s.AppendResponseJSON(nil))
		return err == nil && got.Session.Equal(asResponse(s))
	}, genSession()))

	properties.Property("the response amount is the effective amount", prop.ForAll(func(s Session) bool {
		got, err := DecodeResponse(s.AppendResponseJSON(nil))
		a, aok := s.get().Effective()
		b, bok := got.Session.get().Effective()
		return err == nil && a == b && aok == bok
	}, genSession()))

	properties.Property("encoding is a fixed point", prop.ForAll(func(s Session) bool {
		req := s.AppendRequestJSON(nil)
		d1, err1 := DecodeRequest(req)
		resp := s.AppendResponseJSON(nil)
		d2, err2 := DecodeResponse(resp)
		return err1 == nil && err2 == nil &&
			string(d1.AppendRequestJSON(nil)) == string(req) &&
			string(d2.Session.AppendResponseJSON(nil)) == string(resp)
	}, genSession()))

	properties.Property("output is valid JSON that encoding/json reads", prop.ForAll(func(s Session) bool {
		return json.Valid(s.AppendRequestJSON(nil)) && json.Valid(s.AppendResponseJSON(nil)) &&
			json.Valid(AppendCreateResponseJSON(nil, s, "tok", "2021-08-12T16:14:08.578695", jsonvalue.Array()))
	}, genSession()))

	properties.Property("the create response decodes to its parts", prop.ForAll(func(s Session) bool {
		w := jsonvalue.Array(mustObject(jsonvalue.Member{Key: "type", Value: jsonvalue.String("TAXJAR")}))
		r, err := DecodeResponse(AppendCreateResponseJSON(nil, s, "tok", "2021-08-12T16:14:08.578695", w))
		return err == nil && r.ClientToken == "tok" && r.ClientTokenExpirationDate == "2021-08-12T16:14:08.578695" &&
			r.Warnings.Equal(w) && r.Session.Equal(asResponse(s))
	}, genSession()))

	// A corrupted document: one byte replaced. Decoding never panics, and
	// every error has a path starting with "$" and a known code.
	properties.Property("errors carry a $ path and a known code", prop.ForAll(func(s Session, pos int, b byte) bool {
		doc := s.AppendRequestJSON(nil)
		doc[pos%len(doc)] = b
		_, err1 := DecodeRequest(doc)
		_, err2 := DecodeResponse(doc)
		_, err3 := DecodePatch(doc)
		return errtest.WellFormed(err1) == "" && errtest.WellFormed(err2) == "" && errtest.WellFormed(err3) == ""
	}, genSession(), gen.IntRange(0, 1<<20), gen.UInt8()))

	properties.TestingRun(t)
}

func mustObject(ms ...jsonvalue.Member) jsonvalue.Value {
	v, err := jsonvalue.Object(ms...)
	if err != nil {
		panic(err)
	}
	return v
}

// The encoders' exact output for a session written out by hand.
func TestEncodeExact(t *testing.T) {
	extra := mustObject(jsonvalue.Member{Key: "z", Value: jsonvalue.Int(1)}, jsonvalue.Member{Key: "a", Value: jsonvalue.Array(jsonvalue.String("x"), jsonvalue.Value{})})
	s := mustNew(Params{
		OrderID: "order-abc", CurrencyCode: "GBP", CustomerID: "customer-123",
		Customer: Customer{EmailAddress: "john@primer.io", BillingAddress: Address{CountryCode: "GB", AddressLine2: "Flat \"4\""}},
		Order: Order{
			LineItems: []LineItem{{ItemID: "t-shirt-1", Description: "White T-Shirt", Amount: Some[int64](500), Quantity: Some[int64](1),
				ProductData: ProductData{Weight: "0.50", WeightUnit: "kg"}}, {}},
			Fees:     []Fee{{Type: "SURCHARGE", Amount: Some[int64](100)}},
			Shipping: Shipping{Amount: Some[int64](50)},
		},
		Metadata: map[string]jsonvalue.Value{"productType": jsonvalue.String("Clothing"), "n": jsonvalue.Int(7), "gone": {}},
		PaymentMethod: PaymentMethod{VaultOnSuccess: Some(false), OrderedAllowedCardNetworks: []string{"VISA", "AMEX"}, AuthorizationType: "ESTIMATED",
			Options: map[string]MethodOptions{
				"PAYMENT_CARD": {Networks: map[string]NetworkOptions{"VISA": {Surcharge: Some[int64](10)}, "AMEX": {}}, CaptureVaultedCardCVV: Some(true)},
				"KLARNA":       {ExtraMerchantData: extra},
				"GOOGLE_PAY":   {Surcharge: Some[int64](0)},
			}},
	})
	body := `"customerId":"customer-123","orderId":"order-abc","currencyCode":"GBP",%s"metadata":{"n":7,"productType":"Clothing"},` +
		`"customer":{"emailAddress":"john@primer.io","billingAddress":{"addressLine2":"Flat \"4\"","countryCode":"GB"}},` +
		`"order":{"lineItems":[{"itemId":"t-shirt-1","description":"White T-Shirt","amount":500,"quantity":1,"productData":{"weight":0.50,"weightUnit":"kg"}},{}],` +
		`"fees":[{"type":"SURCHARGE","amount":100}],"shipping":{"amount":50}},` +
		`"paymentMethod":{"vaultOnSuccess":false,"orderedAllowedCardNetworks":["VISA","AMEX"],"options":{` +
		`"GOOGLE_PAY":{"surcharge":{"amount":0}},"KLARNA":{"extraMerchantData":{"a":["x",null],"z":1}},` +
		`"PAYMENT_CARD":{"networks":{"AMEX":{},"VISA":{"surcharge":{"amount":10}}},"captureVaultedCardCvv":true}},"authorizationType":"ESTIMATED"}`
	if got, want := string(s.AppendRequestJSON(nil)), "{"+fmt.Sprintf(body, "")+"}"; got != want {
		t.Errorf("request:\n got %s\nwant %s", got, want)
	}
	// 500 + 100 + 50 = 650, the effective amount.
	if got, want := string(s.AppendResponseJSON(nil)), "{"+fmt.Sprintf(body, `"amount":650,`)+"}"; got != want {
		t.Errorf("response:\n got %s\nwant %s", got, want)
	}
	m, _ := s.MarshalJSON()
	if string(m) != string(s.AppendRequestJSON(nil)) {
		t.Errorf("MarshalJSON differs from AppendRequestJSON")
	}
	w := jsonvalue.Array(mustObject(jsonvalue.Member{Key: "type", Value: jsonvalue.String("TAXJAR")}))
	got := string(AppendCreateResponseJSON(nil, s, "tok", "2021-08-12T16:14:08.578695", w))
	want := `{"clientToken":"tok","clientTokenExpirationDate":"2021-08-12T16:14:08.578695",` + fmt.Sprintf(body, `"amount":650,`) + `,"warnings":[{"type":"TAXJAR"}]}`
	if got != want {
		t.Errorf("create response:\n got %s\nwant %s", got, want)
	}
	if got := string(Session{}.AppendRequestJSON(nil)); got != "{}" {
		t.Errorf("zero session: %s", got)
	}
	// An override is written in both shapes.
	o := mustNew(Params{Amount: Some[int64](0)})
	if a, b := string(o.AppendRequestJSON(nil)), string(o.AppendResponseJSON(nil)); a != `{"amount":0}` || b != a {
		t.Errorf("override: %s %s", a, b)
	}
	// Appending keeps what dst held.
	if got := string(o.AppendRequestJSON([]byte("x"))); got != `x{"amount":0}` {
		t.Errorf("append: %s", got)
	}
}

func ExampleDecodeRequest() {
	s, err := DecodeRequest([]byte(`{
		"orderId": "order-abc",
		"currencyCode": "GBP",
		"order": {"lineItems": [{"itemId": "t-shirt-1", "amount": 500, "discountedAmount": 50}, {"amount": 7.5}]}
	}`))
	fmt.Println(s.Equal(Session{})) // with an error, the zero Session
	fmt.Println(err)
	fmt.Println(errors.Is(err, fielderr.CodeUnknownField))
	// Output:
	// true
	// $.order.lineItems[0].discountedAmount: unknown field "discountedAmount"
	// $.order.lineItems[1].amount: expected an integer, got the number 7.5
	// true
}

func ExampleSession_AppendRequestJSON() {
	s, _ := New(Params{
		OrderID:      "order-abc",
		CurrencyCode: "GBP",
		Order: Order{
			LineItems: []LineItem{{ItemID: "t-shirt-1", Amount: Some[int64](500)}},
			Shipping:  Shipping{Amount: Some[int64](50)},
		},
	})
	fmt.Println(string(s.AppendRequestJSON(nil)))
	fmt.Println(string(s.AppendResponseJSON(nil)))
	// Output:
	// {"orderId":"order-abc","currencyCode":"GBP","order":{"lineItems":[{"itemId":"t-shirt-1","amount":500}],"shipping":{"amount":50}}}
	// {"orderId":"order-abc","currencyCode":"GBP","amount":550,"order":{"lineItems":[{"itemId":"t-shirt-1","amount":500}],"shipping":{"amount":50}}}
}

func ExampleDecodeResponse() {
	r, _ := DecodeResponse([]byte(`{"clientToken":"tok","amount":550,"order":{"lineItems":[{"amount":500}],"shipping":{"amount":50}}}`))
	_, override := r.Session.AmountOverride()
	fmt.Println(r.ClientToken, override)
	// Output:
	// tok false
}

func ExampleDecodePatch() {
	s, _ := DecodeRequest([]byte(`{"amount":900,"customer":{"emailAddress":"a@b.c","firstName":"Ada"},"order":{"lineItems":[{"amount":500}]}}`))
	p, err := DecodePatch([]byte(`{"clientToken":"tok","amount":null,"customer":{"emailAddress":"x@y.z"}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(s.Apply(p).AppendRequestJSON(nil)))
	_, err = DecodePatch([]byte(`{"paymentMethod":{"options":{}}}`))
	fmt.Println(err)
	// Output:
	// {"customer":{"emailAddress":"x@y.z","firstName":"Ada"},"order":{"lineItems":[{"amount":500}]}}
	// $.paymentMethod.options: paymentMethod.options cannot be changed by a PATCH
}
