package session_test

import (
	"reflect"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/session"
)

func networks(s session.Session) []string {
	var out []string
	for i := range s.NumAllowedCardNetworks() {
		out = append(out, s.AllowedCardNetwork(i))
	}
	return out
}

// TestCardNetworkElementsKeepTheirPlaces: an element of
// orderedAllowedCardNetworks that is not a non-empty string is reported at
// its own index and stays in the best-effort list as "", so the others keep
// theirs; a response may hold "" (no error), which keeps its place too.
func TestCardNetworkElementsKeepTheirPlaces(t *testing.T) {
	doc := []byte(`{"currencyCode":"GBP","paymentMethod":{"orderedAllowedCardNetworks":[null,1,"","VISA"]}}`)
	s, err := session.DecodeRequestBestEffort(doc)
	if got, want := networks(s), []string{"", "", "", "VISA"}; !reflect.DeepEqual(got, want) {
		t.Errorf("networks %q, want %q", got, want)
	}
	var got []string
	for _, e := range err.(fielderr.List) {
		got = append(got, e.Path+" "+string(e.Code))
	}
	want := []string{
		"$.paymentMethod.orderedAllowedCardNetworks[0] type",
		"$.paymentMethod.orderedAllowedCardNetworks[1] type",
		"$.paymentMethod.orderedAllowedCardNetworks[2] empty",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("errors %q, want %q", got, want)
	}
	r, err := session.DecodeResponse([]byte(`{"currencyCode":"GBP","paymentMethod":{"orderedAllowedCardNetworks":["","VISA"]}}`))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := networks(r.Session), []string{"", "VISA"}; !reflect.DeepEqual(got, want) {
		t.Errorf("response networks %q, want %q", got, want)
	}
	if _, err := session.DecodeResponse([]byte(`{"currencyCode":"GBP","paymentMethod":{"orderedAllowedCardNetworks":[null]}}`)); err == nil {
		t.Error("response with a null network: no error")
	}
}
