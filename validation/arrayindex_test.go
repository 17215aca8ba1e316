package validation_test

import (
	"errors"
	"reflect"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/validation"
)

type pathCode struct{ path, code string }

func pathCodes(t *testing.T, err error) []pathCode {
	t.Helper()
	var l fielderr.List
	if !errors.As(err, &l) {
		t.Fatalf("want a fielderr.List, got %v", err)
	}
	out := make([]pathCode, len(l))
	for i, e := range l {
		out[i] = pathCode{e.Path, string(e.Code)}
	}
	return out
}

// TestArrayElementsKeepTheirIndex: an element of a list that fails to decode
// (a number, null, "") keeps its place, so every later element's problem is
// reported at the index it has in the document. The expected paths are
// counted by hand on each document.
func TestArrayElementsKeepTheirIndex(t *testing.T) {
	const komojuBase = `"amount":100,"currency":"JPY",`
	komoju := []struct {
		name, doc string
		want      []pathCode
	}{
		{"number then bogus", `{` + komojuBase + `"payment_types":[1,"bogus"]}`,
			[]pathCode{{"$.payment_types[0]", "type"}, {"$.payment_types[1]", "enum"}}},
		{"null konbini bogus", `{` + komojuBase + `"payment_types":[null,"konbini","bogus"]}`,
			[]pathCode{{"$.payment_types[0]", "type"}, {"$.payment_types[2]", "enum"}}},
		{"empty then bogus", `{` + komojuBase + `"payment_types":["","bogus"]}`,
			[]pathCode{{"$.payment_types[0]", "empty"}, {"$.payment_types[1]", "enum"}}},
		{"object then bogus", `{` + komojuBase + `"payment_types":[{},"konbini","bogus"]}`,
			[]pathCode{{"$.payment_types[0]", "type"}, {"$.payment_types[2]", "enum"}}},
		{"line items", `{` + komojuBase + `"line_items":[null,1,{"amount":-1}]}`,
			[]pathCode{{"$.line_items[0]", "type"}, {"$.line_items[1]", "type"}, {"$.line_items[2].amount", "negative"}}},
	}
	for _, tc := range komoju {
		t.Run("komoju/"+tc.name, func(t *testing.T) {
			_, err := validation.KomojuJSON([]byte(tc.doc))
			if got := pathCodes(t, err); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v\nwant %v", got, tc.want)
			}
		})
	}
	const primerBase = `"orderId":"o-1","currencyCode":"GBP","order":{"countryCode":"GB","lineItems":[{"itemId":"a","amount":500}]},`
	primer := []struct {
		name, doc string
		want      []pathCode
	}{
		{"number then VISAX", `{` + primerBase + `"paymentMethod":{"orderedAllowedCardNetworks":[1,"VISAX"]}}`,
			[]pathCode{{"$.paymentMethod.orderedAllowedCardNetworks[0]", "type"}, {"$.paymentMethod.orderedAllowedCardNetworks[1]", "enum"}}},
		{"null VISA VISAX", `{` + primerBase + `"paymentMethod":{"orderedAllowedCardNetworks":[null,"VISA","VISAX"]}}`,
			[]pathCode{{"$.paymentMethod.orderedAllowedCardNetworks[0]", "type"}, {"$.paymentMethod.orderedAllowedCardNetworks[2]", "enum"}}},
		{"empty then duplicate", `{` + primerBase + `"paymentMethod":{"orderedAllowedCardNetworks":["","VISA",2,"VISA"]}}`,
			[]pathCode{{"$.paymentMethod.orderedAllowedCardNetworks[0]", "empty"}, {"$.paymentMethod.orderedAllowedCardNetworks[2]", "type"}, {"$.paymentMethod.orderedAllowedCardNetworks[3]", "duplicate"}}},
		{"line items", `{"orderId":"o-1","currencyCode":"GBP","order":{"countryCode":"GB","lineItems":[null,1,{"itemId":"a","amount":-1}]}}`,
			[]pathCode{{"$.order.lineItems[0]", "type"}, {"$.order.lineItems[1]", "type"}, {"$.order.lineItems[2].amount", "negative"}}},
		{"fees", `{` + primerBase[:len(primerBase)-2] + `,"fees":[null,1,{"amount":-1}]}}`,
			[]pathCode{{"$.order.fees[0]", "type"}, {"$.order.fees[1]", "type"}, {"$.order.fees[2].amount", "negative"}}},
	}
	for _, tc := range primer {
		t.Run("primer/"+tc.name, func(t *testing.T) {
			_, err := validation.PrimerJSON([]byte(tc.doc))
			if got := pathCodes(t, err); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v\nwant %v", got, tc.want)
			}
		})
	}
}

// TestDuplicateNetworkNamesItsOriginalIndex: the duplicate's message names
// the index of the first listing in the document, not in the decoded list.
func TestDuplicateNetworkNamesItsOriginalIndex(t *testing.T) {
	doc := `{"orderId":"o-1","currencyCode":"GBP","order":{"countryCode":"GB","lineItems":[{"itemId":"a","amount":500}]},"paymentMethod":{"orderedAllowedCardNetworks":[1,"VISA","VISA"]}}`
	_, err := validation.PrimerJSON([]byte(doc))
	var l fielderr.List
	if !errors.As(err, &l) || len(l) != 2 {
		t.Fatalf("got %v", err)
	}
	if e := l[1]; e.Path != "$.paymentMethod.orderedAllowedCardNetworks[2]" || e.Message != `"VISA" is already listed at index 1` {
		t.Errorf("got %s: %s", e.Path, e.Message)
	}
}

// TestResponseCardNetworksKeepTheirIndex: in a response "" is not a decoding
// error but keeps its place, so the null after it is reported at [1].
func TestResponseCardNetworksKeepTheirIndex(t *testing.T) {
	doc := `{"currencyCode":"GBP","order":{"lineItems":[{"itemId":"a","amount":500}]},"paymentMethod":{"orderedAllowedCardNetworks":["",null,"VISAX"]}}`
	_, err := validation.PrimerResponseJSON([]byte(doc))
	want := []pathCode{
		{"$.paymentMethod.orderedAllowedCardNetworks[0]", "enum"},
		{"$.paymentMethod.orderedAllowedCardNetworks[1]", "type"},
		{"$.paymentMethod.orderedAllowedCardNetworks[2]", "enum"},
	}
	if got := pathCodes(t, err); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}
