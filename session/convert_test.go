package session

import (
	"math/rand"
	"reflect"
	"testing"

	"github.com/paysession/paysession/internal/model"
)

// TestMirrors: the representation's types have the fields of the public
// ones, by name and in order, so that no conversion can drop one a field
// added on one side only.
func TestMirrors(t *testing.T) {
	for _, pair := range [][2]any{
		{Customer{}, model.Customer{}}, {Address{}, model.Address{}}, {LineItem{}, model.LineItem{}},
		{ProductData{}, model.ProductData{}}, {Fee{}, model.Fee{}}, {Shipping{}, model.Shipping{}},
	} {
		pub, rep := reflect.TypeOf(pair[0]), reflect.TypeOf(pair[1])
		if pub.NumField() != rep.NumField() {
			t.Errorf("%s has %d fields, its mirror %d", pub, pub.NumField(), rep.NumField())
			continue
		}
		for i := range pub.NumField() {
			if p, r := pub.Field(i), rep.Field(i); p.Name != r.Name || p.Type.Name() != r.Type.Name() {
				t.Errorf("%s field %d: %s %s, mirror %s %s", pub, i, p.Name, p.Type, r.Name, r.Type)
			}
		}
	}
	// The constants both sides spell.
	if Masked != model.Masked || FeeTypeSurcharge != model.FeeTypeSurcharge || MethodKlarna != model.MethodKlarna ||
		MethodApplePay != model.MethodApplePay || MethodPaymentCard != model.MethodPaymentCard {
		t.Error("a constant differs from the representation's")
	}
	if reflect.TypeOf(Opt[int64]{}).Size() != reflect.TypeOf(model.Opt[int64]{}).Size() {
		t.Error("Opt is not the size of the Opt it wraps")
	}
}

// TestConversionsRoundTrip: every field survives the conversions both ways.
func TestConversionsRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for range 500 {
		c := randCustomer(r)
		if got := customerOut(new(customerIn(c))); got != c {
			t.Fatalf("customer %+v came back %+v", c, got)
		}
		items := randLineItems(r)
		if got := lineItemsOut(lineItemsIn(items)); len(items) > 0 && !reflect.DeepEqual(got, items) {
			t.Fatalf("line items %+v came back %+v", items, got)
		}
		fees := randFees(r)
		if got := feesOut(feesIn(fees)); len(fees) > 0 && !reflect.DeepEqual(got, fees) {
			t.Fatalf("fees %+v came back %+v", fees, got)
		}
		sh := randShipping(r)
		if got := shippingOut(new(shippingIn(sh))); got != sh {
			t.Fatalf("shipping %+v came back %+v", sh, got)
		}
		pm := randPaymentMethod(r)
		d := model.Data{PM: paymentMethodIn(pm)}
		if got := (Session{d: &d}).PaymentMethod(); !reflect.DeepEqual(got, pm) {
			t.Fatalf("payment method %+v came back %+v", pm, got)
		}
	}
}
