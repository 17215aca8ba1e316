package komoju

import (
	"reflect"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/session"
)

// TestBestEffortListsKeepTheirPlaces: an element of payment_types or
// line_items that fails to decode stays in the best-effort session (as "" or
// an empty line item), so the others keep the index they have in the
// document; strict decoding reports each problem at that index.
func TestBestEffortListsKeepTheirPlaces(t *testing.T) {
	doc := []byte(`{"amount":1,"currency":"JPY","payment_types":[null,1,"","konbini"],"line_items":[null,{"amount":5}]}`)
	k, err := DecodeBestEffort(doc)
	var got []string
	for i := range k.NumPaymentTypes() {
		got = append(got, k.PaymentType(i))
	}
	if want := []string{"", "", "", "konbini"}; !reflect.DeepEqual(got, want) {
		t.Errorf("payment types %q, want %q", got, want)
	}
	if k.NumLineItems() != 2 || k.LineItem(1).Amount != session.Some[int64](5) {
		t.Errorf("line items %d, second %v", k.NumLineItems(), k.LineItem(1))
	}
	var paths []string
	for _, e := range err.(fielderr.List) {
		paths = append(paths, e.Path+" "+string(e.Code))
	}
	want := []string{"$.payment_types[0] type", "$.payment_types[1] type", "$.payment_types[2] empty", "$.line_items[0] type"}
	if !reflect.DeepEqual(paths, want) {
		t.Errorf("errors %q, want %q", paths, want)
	}
	if s, err := Decode(doc); err == nil || s.NumPaymentTypes() != 0 {
		t.Errorf("Decode: %v, %d payment types", err, s.NumPaymentTypes())
	}
}
