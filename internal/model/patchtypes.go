package model

import "github.com/paysession/paysession/jsonvalue"

// Presence is the state of one field of a PATCH body: absent (leave the field
// as it is), null (clear it) or a value (replace it).
type Presence uint8

const (
	Absent  Presence = iota // leave the field as it is
	Null                    // clear it
	Present                 // replace it with the value
)

// Field is one field of a patch with its presence.
type Field[T any] struct {
	St Presence
	V  T
}

// PatchData is a decoded or built PATCH body: every field with its
// presence. It is never modified once a Patch holds it.
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

// SetStr sets a patch string field: "" clears it (the model spells absent as
// ""), so that no patch holds an empty string as a value.
func SetStr(f *Field[string], v string) {
	if v == "" {
		*f = Field[string]{St: Null}
		return
	}
	*f = Field[string]{St: Present, V: v}
}
