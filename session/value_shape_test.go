package session

import (
	"errors"
	"testing"

	"github.com/paysession/paysession/fielderr"
)

// An absent Value never ends up inside an array or object, so AppendJSON
// always writes well-formed JSON.
func TestValueConstructorsNormaliseAbsent(t *testing.T) {
	arr := ArrayValue(StringValue("a"), Value{}, IntValue(7))
	if got := string(arr.AppendJSON(nil)); got != `["a",null,7]` {
		t.Errorf("array: %s", got)
	}
	obj, err := ObjectValue(Member{"b", Value{}}, Member{"a", BoolValue(true)})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(obj.AppendJSON(nil)); got != `{"a":true}` {
		t.Errorf("object: %s", got)
	}
	m := ObjectFromMap(map[string]Value{"x": {}, "y": NullValue()})
	if got := string(m.AppendJSON(nil)); got != `{"y":null}` {
		t.Errorf("map: %s", got)
	}
	if got := string(Value{}.AppendJSON([]byte("x"))); got != "x" {
		t.Errorf("absent appends nothing, got %s", got)
	}
	s, err := New(Params{Metadata: map[string]Value{"gone": {}, "kept": StringValue("v")}})
	if err != nil {
		t.Fatal(err)
	}
	if s.NumMetadata() != 1 {
		t.Errorf("absent metadata value kept: %d keys", s.NumMetadata())
	}
}

// New refuses option fields that Primer gives to another payment method
// type, since they could not be written to Primer's JSON and read back.
func TestNewRejectsMisplacedOptionFields(t *testing.T) {
	obj, _ := ObjectValue(Member{"managementUrl", StringValue("https://example.com")})
	_, err := New(Params{PaymentMethod: PaymentMethod{Options: map[string]MethodOptions{
		"GOOGLE_PAY":   {Networks: map[string]NetworkOptions{"VISA": {Surcharge: Some[int64](1)}}, CaptureVaultedCardCVV: Some(true)},
		"PAYMENT_CARD": {RecurringPaymentRequest: obj},
		"APPLE_PAY":    {RecurringPaymentRequest: obj},
		"MY METHOD":    {DeferredPaymentRequest: obj},
	}}})
	var list fielderr.List
	if !errors.As(err, &list) {
		t.Fatalf("want a fielderr.List, got %v", err)
	}
	want := []string{
		"$.paymentMethod.options.GOOGLE_PAY.networks",
		"$.paymentMethod.options.GOOGLE_PAY.captureVaultedCardCvv",
		"$.paymentMethod.options['MY METHOD'].deferredPaymentRequest",
		"$.paymentMethod.options.PAYMENT_CARD.recurringPaymentRequest",
	}
	if len(list) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(list), len(want), list)
	}
	for i, e := range list {
		if e.Path != want[i] || e.Code != fielderr.CodeUnknownField {
			t.Errorf("error %d = %s %s, want %s %s", i, e.Path, e.Code, want[i], fielderr.CodeUnknownField)
		}
	}
	if !errors.Is(err, fielderr.CodeUnknownField) {
		t.Error("errors.Is(err, fielderr.CodeUnknownField) = false")
	}
}
