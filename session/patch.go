package session

import (
	"encoding/json"
	"log/slog"

	"github.com/paysession/paysession/internal/model"
)

// Patch is a decoded PATCH request body: for every field, whether it
// is absent, null or a value. It is immutable; apply it with Session.Apply.
// The zero Patch changes nothing.
type Patch struct {
	p *model.PatchData
}

// Apply returns the session with the patch applied, following Primer's PATCH
// semantics. The session s is not changed.
//
//   - A field absent from the patch keeps its value; a field set to null is
//     cleared; a field with a value is replaced. "amount": null removes the
//     override, so the amount is calculated from the order again.
//   - Arrays (order.lineItems, order.fees,
//     paymentMethod.orderedAllowedCardNetworks) are replaced whole, never
//     merged element by element.
//   - customer and order merge key by key: each of their fields present in the
//     patch replaces the old one whole (billingAddress, shippingAddress and
//     shipping are replaced as whole objects), the others are kept.
//     "customer": null and "order": null clear the whole object.
//   - metadata is replaced whole ("metadata": null clears it).
//   - paymentMethod is replaced whole except its options, which a PATCH can
//     never change (DecodePatch rejects them) and which are therefore always
//     kept from s. "paymentMethod": null clears every payment-method field
//     except the options.
//
// Apply cannot fail: every Patch, decoded or built, holds only values the
// model accepts, and the amount is never stored, so nothing goes stale (the
// effective amount is recomputed from the new order unless an override is
// set).
func (s Session) Apply(p Patch) Session {
	if p.p == nil {
		return s
	}
	return Session{d: model.Apply(s.get(), p.p)}
}

// IsEmpty reports whether the patch changes nothing: no field is present or
// null. (A patch whose customer or order is an empty object, {"order":{}},
// is empty too: it names no field to change.)
func (p Patch) IsEmpty() bool { return model.PatchIsEmpty(p.p) }

// AppendJSON appends the patch as a PATCH request body, the JSON a Go client
// sends to Primer: compact, with the fields in AppendRequestJSON's order, a
// field the patch clears written as null, a field it sets written as
// AppendRequestJSON writes it, and a field it leaves alone left out. customer
// and order are written with only the keys they change. The zero Patch is
// {}.
//
// DecodePatch reads it back Equal to p, for every patch whose strings are
// valid UTF-8 (invalid bytes are written as U+FFFD).
func (p Patch) AppendJSON(dst []byte) []byte { return model.AppendPatch(dst, p.p) }

// MarshalJSON returns AppendJSON's PATCH body, for encoding/json. It never
// fails.
func (p Patch) MarshalJSON() ([]byte, error) { return p.AppendJSON(nil), nil }

// UnmarshalJSON reads a PATCH body into p with DecodePatch's rules. Errors
// are DecodePatch's fielderr.List; on error *p is left unchanged.
func (p *Patch) UnmarshalJSON(b []byte) error {
	v, err := DecodePatch(b)
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Equal reports whether p and q make the same change field by field: each
// field absent in both, cleared in both, or set to Equal values in both (an
// empty list and a nil one are the same).
func (p Patch) Equal(q Patch) bool { return model.PatchEqual(p.p, q.p) }

// String returns the patch as its PATCH body (AppendJSON) with every
// personal value it sets masked as Session.String masks them: "***" for a
// non-empty e-mail address, mobile number, name, address line, city, postal
// code, tax id or national document id; fields it clears stay null.
func (p Patch) String() string {
	if p.p == nil {
		return string(model.AppendPatch(nil, nil))
	}
	return string(model.AppendPatch(nil, model.MaskPatch(p.p)))
}

// LogValue implements slog.LogValuer: the PATCH body of String, personal
// values masked.
func (p Patch) LogValue() slog.Value {
	return slog.GroupValue(slog.Any("patch", json.RawMessage(p.String())))
}
