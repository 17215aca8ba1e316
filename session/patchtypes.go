package session

import "github.com/paysession/paysession/jsonvalue"

// Presence is the state of one field of a PATCH body: absent (leave the field
// as it is), null (clear it) or a value (replace it).
type Presence uint8

const (
	Absent Presence = iota
	Null
	Present
)

// Field is one field of a patch with its presence.
type Field[T any] struct {
	St Presence
	V  T
}

// Patch is a decoded PATCH request body: for every field, whether it
// is absent, null or a value. It is immutable; apply it with Session.Apply.
// The zero Patch changes nothing.
type Patch struct {
	p *PatchData
}

type PatchData struct {
	OrderID       Field[string]
	CurrencyCode  Field[string]
	CustomerID    Field[string]
	Amount        Field[int64]
	Customer      Field[CustomerPatch]
	Order         Field[OrderPatch]
	Metadata      Field[[]jsonvalue.Member] // sorted by key
	PaymentMethod Field[PaymentMethodData]
}

// CustomerPatch merges key by key into the customer; each sub-value is
// replaced whole.
type CustomerPatch struct {
	EmailAddress       Field[string]
	MobileNumber       Field[string]
	FirstName          Field[string]
	LastName           Field[string]
	BillingAddress     Field[Address]
	ShippingAddress    Field[Address]
	TaxID              Field[string]
	NationalDocumentID Field[string]
}

// OrderPatch merges key by key into the order; arrays and shipping are
// replaced whole.
type OrderPatch struct {
	LineItems           Field[[]LineItem]
	CountryCode         Field[string]
	RetailerCountryCode Field[string]
	Fees                Field[[]Fee]
	Shipping            Field[Shipping]
}
