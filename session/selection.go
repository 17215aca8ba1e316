package session

import "github.com/paysession/paysession/internal/model"

// MethodKlarna is the payment method type that never takes a surcharge.
const MethodKlarna = "KLARNA"

// MethodApplePay is the payment method type whose options carry Apple Pay's
// recurring, deferred and automatic-reload requests.
const MethodApplePay = "APPLE_PAY"

// MethodPaymentCard is the payment method type whose surcharge is configured
// per card network.
const MethodPaymentCard = "PAYMENT_CARD"

// SelectionSurcharge returns the SURCHARGE fee that selecting the payment
// method (and, for PAYMENT_CARD, the card network) puts on the order, and
// whether there is one. There is one if and only if the order has a
// line item, there is no top-level amount, the method is not KLARNA, and the
// configured amount is greater than zero. For PAYMENT_CARD the configured
// amount is the network's; with no network, or a network without an entry,
// there is none.
func (s Session) SelectionSurcharge(method, network string) (int64, bool) {
	return model.SelectionSurcharge(s.get(), method, network)
}

// SelectPaymentMethod returns the session with the payment method (and card
// network, for PAYMENT_CARD; ignored otherwise) selected: every SURCHARGE fee
// is removed, then one SURCHARGE fee with the configured amount is appended
// when SelectionSurcharge says there is one. The session s is not changed.
func (s Session) SelectPaymentMethod(method, network string) Session {
	return Session{d: model.Select(s.get(), method, network)}
}

// UnselectPaymentMethod returns the session without any SURCHARGE fee. The
// session s is not changed.
func (s Session) UnselectPaymentMethod() Session { return Session{d: model.Unselect(s.get())} }
