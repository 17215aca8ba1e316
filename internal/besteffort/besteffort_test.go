package besteffort_test

import (
	"strings"
	"testing"

	"github.com/paysession/paysession/internal/besteffort"
	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/komoju"
	"github.com/paysession/paysession/session"
)

// TestInstalled: importing session and komoju installs both decoders, with
// the types their documentation gives; the record is nil when no problem
// was left out, and counts those that were.
func TestInstalled(t *testing.T) {
	req := besteffort.Request.(func([]byte) (session.Session, *jsonread.Unlisted, error))
	if _, u, err := req([]byte(`{"currencyCode":"EUR"}`)); err != nil || u != nil {
		t.Errorf("valid request: %v %v", u, err)
	}
	doc := `{"order":{"lineItems":[` + strings.TrimSuffix(strings.Repeat(`{"amount":"1"},`, 1500), ",") + `]}}`
	if _, u, err := req([]byte(doc)); err == nil || u.Count() != 500 || !u.Covers("$.order.lineItems[1499].amount") || u.Covers("$.order.lineItems[10].amount") {
		t.Errorf("request past the cap: %d %v", u.Count(), err)
	}
	kom := besteffort.Komoju.(func([]byte) (komoju.Session, *jsonread.Unlisted, error))
	if _, u, err := kom([]byte(`{"amount":1,"currency":"JPY"}`)); err != nil || u != nil {
		t.Errorf("valid KOMOJU request: %v %v", u, err)
	}
	doc = `{"line_items":[` + strings.TrimSuffix(strings.Repeat(`{"amount":"1"},`, 1500), ",") + `]}`
	if _, u, err := kom([]byte(doc)); err == nil || u.Count() != 500 || !u.Covers("$.line_items[1499].amount") {
		t.Errorf("KOMOJU request past the cap: %d %v", u.Count(), err)
	}
	if _, u, err := kom([]byte(`[`)); err == nil || u != nil {
		t.Errorf("syntax error: %v %v", u, err)
	}
}
