package session

import (
	"encoding/json"
	"log/slog"

	"github.com/paysession/paysession/jsonvalue"
)

// Masked is what String and LogValue show in place of the value of a
// personal field.
const Masked = "***"

// mask replaces a non-empty personal value by Masked: whether it is there
// stays visible, its value does not.
func mask(s string) string {
	if s == "" {
		return ""
	}
	return Masked
}

func maskAddress(a Address) Address {
	a.FirstName, a.LastName = mask(a.FirstName), mask(a.LastName)
	a.AddressLine1, a.AddressLine2 = mask(a.AddressLine1), mask(a.AddressLine2)
	a.City, a.PostalCode = mask(a.City), mask(a.PostalCode)
	return a
}

// masked returns a copy of the session's data with every personal field
// masked: the e-mail address, mobile number, names, address lines, city,
// postal code, tax id and national document id of the customer and of both
// addresses. Amounts, currency, ids, country codes and the structure stay.
func (s Session) masked() Session {
	d := *s.get()
	c := &d.Customer
	c.EmailAddress, c.MobileNumber = mask(c.EmailAddress), mask(c.MobileNumber)
	c.FirstName, c.LastName = mask(c.FirstName), mask(c.LastName)
	c.TaxID, c.NationalDocumentID = mask(c.TaxID), mask(c.NationalDocumentID)
	c.BillingAddress, c.ShippingAddress = maskAddress(c.BillingAddress), maskAddress(c.ShippingAddress)
	return Session{d: &d}
}

// String returns the session as the compact JSON of its create request
// (AppendRequestJSON) with every personal field masked: a non-empty e-mail
// address, mobile number, first or last name, address line, city, postal
// code, tax id or national document id reads "***". Amounts, the currency,
// ids (orderId, customerId, itemId) and the structure stay visible, so that
// a session can be logged or printed without leaking personal data.
func (s Session) String() string { return string(s.masked().AppendRequestJSON(nil)) }

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
		slog.Any("request", json.RawMessage(s.masked().AppendRequestJSON(nil))))
	return slog.GroupValue(attrs...)
}

// maskValue replaces every string and number inside v by Masked, keeping
// keys, nulls, booleans and the structure.
func maskValue(v jsonvalue.Value) jsonvalue.Value {
	switch v.Kind() {
	case jsonvalue.KindString, jsonvalue.KindNumber:
		return jsonvalue.String(Masked)
	case jsonvalue.KindArray:
		arr := make([]jsonvalue.Value, v.Len())
		for i := range arr {
			arr[i] = maskValue(v.Index(i))
		}
		return jsonvalue.Array(arr...)
	case jsonvalue.KindObject:
		ms := make([]jsonvalue.Member, v.Len())
		for i := range ms {
			k, e := v.Member(i)
			ms[i] = jsonvalue.Member{Key: k, Value: maskValue(e)}
		}
		return objectOf(ms)
	}
	return v
}

func maskField(f Field[string]) Field[string] {
	f.V = mask(f.V)
	return f
}

func maskAddressField(f Field[Address]) Field[Address] {
	f.V = maskAddress(f.V)
	return f
}

// String returns the patch as its PATCH body (AppendJSON) with every
// personal value it sets masked as Session.String masks them: "***" for a
// non-empty e-mail address, mobile number, name, address line, city, postal
// code, tax id or national document id; fields it clears stay null.
func (p Patch) String() string {
	if p.p == nil {
		return string(p.AppendJSON(nil))
	}
	d := *p.p
	c := &d.Customer.V
	c.EmailAddress, c.MobileNumber = maskField(c.EmailAddress), maskField(c.MobileNumber)
	c.FirstName, c.LastName = maskField(c.FirstName), maskField(c.LastName)
	c.TaxID, c.NationalDocumentID = maskField(c.TaxID), maskField(c.NationalDocumentID)
	c.BillingAddress, c.ShippingAddress = maskAddressField(c.BillingAddress), maskAddressField(c.ShippingAddress)
	return string(Patch{p: &d}.AppendJSON(nil))
}

// LogValue implements slog.LogValuer: the PATCH body of String, personal
// values masked.
func (p Patch) LogValue() slog.Value {
	return slog.GroupValue(slog.Any("patch", json.RawMessage(p.String())))
}
