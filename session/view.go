package session

import (
	"github.com/paysession/paysession/internal/besteffort"
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/internal/sessionview"
)

// The readers of internal/sessionview: what pricing, validation and adjust
// read without copying or allocating, kept out of the public API.
func init() {
	besteffort.Request = decodeRequestBestEffort
	sessionview.Data = Session.get
	sessionview.Order = func(s Session) ([]model.LineItem, []model.Fee, model.Opt[int64]) {
		o := &s.get().Order
		return o.LineItems, o.Fees, o.Shipping.Amount
	}
	sessionview.PaymentMethod = func(s Session) PaymentMethod { return paymentMethodScalarsOut(&s.get().PM) }
	sessionview.NumMethodOptions = func(s Session) int { return len(s.get().PM.Options) }
	sessionview.MethodOptionsAt = func(s Session, i int) (string, MethodOptions) {
		d := &s.get().PM.Options[i]
		return d.Type, methodOptionsOut(d)
	}
	sessionview.NumNetworksAt = func(s Session, i int) int { return len(s.get().PM.Options[i].Networks) }
	sessionview.NetworkAt = func(s Session, i, j int) (string, NetworkOptions) {
		n := &s.get().PM.Options[i].Networks[j]
		return n.Name, NetworkOptions{Surcharge: optOut(n.Surcharge)}
	}
}
