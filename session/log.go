package session

import (
	"encoding/json"
	"log/slog"

	"github.com/paysession/paysession/internal/model"
)

// Masked is what String and LogValue show in place of the value of a
// personal field.
const Masked = "***"

// String returns the session as the compact JSON of its create request
// (AppendRequestJSON) with every personal field masked: a non-empty e-mail
// address, mobile number, first or last name, address line, city, postal
// code, tax id or national document id reads "***". Amounts, the currency,
// ids (orderId, customerId, itemId) and the structure stay visible, so that
// a session can be logged or printed without leaking personal data.
func (s Session) String() string { return string(model.AppendRequest(nil, model.MaskData(s.get()))) }

// LogValue implements slog.LogValuer: a group with the orderId, the
// currencyCode, the amount override (when set), the number of line items and
// the request JSON of String, personal fields masked. Logging a Session with
// log/slog never writes personal data.
func (s Session) LogValue() slog.Value {
	d := s.get()
	attrs := make([]slog.Attr, 0, 5)
	if d.OrderID != "" {
		attrs = append(attrs, slog.String("orderId", d.OrderID))
	}
	if d.CurrencyCode != "" {
		attrs = append(attrs, slog.String("currencyCode", d.CurrencyCode))
	}
	if a, ok := d.Amount.Get(); ok {
		attrs = append(attrs, slog.Int64("amount", a))
	}
	attrs = append(attrs, slog.Int("lineItems", len(d.Order.LineItems)),
		slog.Any("request", json.RawMessage(s.String())))
	return slog.GroupValue(attrs...)
}
