package sessionview_test

import (
	"testing"

	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/internal/sessionview"
	"github.com/paysession/paysession/session"
)

// TestInstalled: importing session installs every reader, each with the
// type its documentation gives.
func TestInstalled(t *testing.T) {
	s, err := session.New(session.Params{
		Order: session.Order{LineItems: []session.LineItem{{ItemID: "a"}}, Fees: []session.Fee{{Type: "X"}},
			Shipping: session.Shipping{Amount: session.Some[int64](5)}},
		PaymentMethod: session.PaymentMethod{Descriptor: "D", OrderedAllowedCardNetworks: []string{"VISA"},
			Options: map[string]session.MethodOptions{"PAYMENT_CARD": {Networks: map[string]session.NetworkOptions{"VISA": {Surcharge: session.Some[int64](3)}}}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	lines, fees, ship := sessionview.Order.(func(session.Session) ([]model.LineItem, []model.Fee, model.Opt[int64]))(s)
	if len(lines) != 1 || lines[0].ItemID != "a" || len(fees) != 1 || ship != model.Some[int64](5) {
		t.Errorf("Order = %v %v %v", lines, fees, ship)
	}
	pm := sessionview.PaymentMethod.(func(session.Session) session.PaymentMethod)(s)
	if pm.Descriptor != "D" || pm.OrderedAllowedCardNetworks != nil || pm.Options != nil {
		t.Errorf("PaymentMethod = %+v", pm)
	}
	if n := sessionview.NumMethodOptions.(func(session.Session) int)(s); n != 1 {
		t.Errorf("NumMethodOptions = %d", n)
	}
	if m, o := sessionview.MethodOptionsAt.(func(session.Session, int) (string, session.MethodOptions))(s, 0); m != "PAYMENT_CARD" || o.Networks != nil {
		t.Errorf("MethodOptionsAt = %s %+v", m, o)
	}
	if n := sessionview.NumNetworksAt.(func(session.Session, int) int)(s, 0); n != 1 {
		t.Errorf("NumNetworksAt = %d", n)
	}
	if nw, o := sessionview.NetworkAt.(func(session.Session, int, int) (string, session.NetworkOptions))(s, 0, 0); nw != "VISA" || o.Surcharge != session.Some[int64](3) {
		t.Errorf("NetworkAt = %s %+v", nw, o)
	}
}
