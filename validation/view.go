package validation

import (
	"github.com/paysession/paysession/internal/sessionview"
	"github.com/paysession/paysession/session"
)

// The session's payment-method readers that do not allocate
// (internal/sessionview); the public PaymentMethod copies its maps.
var (
	paymentMethodScalars = sessionview.PaymentMethod.(func(session.Session) session.PaymentMethod)
	numMethodOptions     = sessionview.NumMethodOptions.(func(session.Session) int)
	methodOptionsAt      = sessionview.MethodOptionsAt.(func(session.Session, int) (string, session.MethodOptions))
	numNetworksAt        = sessionview.NumNetworksAt.(func(session.Session, int) int)
	networkAt            = sessionview.NetworkAt.(func(session.Session, int, int) (string, session.NetworkOptions))
)
