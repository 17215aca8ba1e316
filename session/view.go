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
}
