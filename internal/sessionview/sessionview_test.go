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
	d := sessionview.Data.(func(session.Session) *model.Data)(s)
	if d.PM.Descriptor != "D" || len(d.PM.Options) != 1 || d.PM.Options[0].Type != "PAYMENT_CARD" ||
		d.PM.Options[0].Networks[0].Name != "VISA" || d.PM.Options[0].Networks[0].Surcharge != model.Some[int64](3) {
		t.Errorf("Data = %+v", d)
	}
	if z := sessionview.Data.(func(session.Session) *model.Data)(session.Session{}); z == nil || z.OrderID != "" {
		t.Errorf("Data of the zero Session = %+v", z)
	}
}
