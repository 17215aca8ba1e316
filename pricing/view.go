package pricing

import (
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/internal/sessionview"
	"github.com/paysession/paysession/session"
)

// orderOf reads a session's line items, fees and shipping amount without
// copying them (the session's own memory: read only).
var orderOf = sessionview.Order.(func(session.Session) ([]model.LineItem, []model.Fee, model.Opt[int64]))
