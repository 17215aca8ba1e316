package session

import (
	"errors"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/jsonvalue"
)

func TestNewRejectsMisplacedOptionFields(t *testing.T) {
	obj, _ := jsonvalue.Object(jsonvalue.Member{Key: "managementUrl", Value: jsonvalue.String("https://example.com")})
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

// TestNewDropsAbsentMetadata: a metadata entry whose value is absent is no
// member, as on the wire.
func TestNewDropsAbsentMetadata(t *testing.T) {
	s, err := New(Params{Metadata: map[string]jsonvalue.Value{"gone": {}, "kept": jsonvalue.String("v")}})
	if err != nil {
		t.Fatal(err)
	}
	if s.NumMetadata() != 1 {
		t.Errorf("absent metadata value kept: %d keys", s.NumMetadata())
	}
	if _, ok := s.MetadataValue("gone"); ok {
		t.Error("MetadataValue finds the absent entry")
	}
}
