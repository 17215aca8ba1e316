package session

import "github.com/paysession/paysession/jsonvalue"

// presence is the state of one field of a PATCH body: absent (leave the field
// as it is), null (clear it) or a value (replace it).
type presence uint8

const (
	absent presence = iota
	null
	present
)

// pfield is one field of a patch with its presence.
type pfield[T any] struct {
	st presence
	v  T
}

// Patch is a decoded PATCH request body: for every field, whether it
// is absent, null or a value. It is immutable; apply it with Session.Apply.
// The zero Patch changes nothing.
type Patch struct {
	p *patchData
}

type patchData struct {
	orderID       pfield[string]
	currencyCode  pfield[string]
	customerID    pfield[string]
	amount        pfield[int64]
	customer      pfield[customerPatch]
	order         pfield[orderPatch]
	metadata      pfield[[]jsonvalue.Member] // sorted by key
	paymentMethod pfield[paymentMethodData]
}

// customerPatch merges key by key into the customer; each sub-value is
// replaced whole.
type customerPatch struct {
	emailAddress       pfield[string]
	mobileNumber       pfield[string]
	firstName          pfield[string]
	lastName           pfield[string]
	billingAddress     pfield[Address]
	shippingAddress    pfield[Address]
	taxID              pfield[string]
	nationalDocumentID pfield[string]
}

// orderPatch merges key by key into the order; arrays and shipping are
// replaced whole.
type orderPatch struct {
	lineItems           pfield[[]LineItem]
	countryCode         pfield[string]
	retailerCountryCode pfield[string]
	fees                pfield[[]Fee]
	shipping            pfield[Shipping]
}
