package session

import (
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/jsonvalue"
)

// Params is the plain description of a session, the way a caller writes one
// in Go. New copies it into an immutable Session; Session.Params copies a
// session back out. An empty string or a zero struct means "absent", as on
// the wire, where Primer leaves empty values out.
type Params struct {
	OrderID      string
	CurrencyCode string
	// Amount is the merchant's override of the calculated amount. Set, it is
	// the amount charged whatever the order says.
	Amount        Opt[int64]
	CustomerID    string
	Customer      Customer
	Order         Order
	Metadata      map[string]jsonvalue.Value
	PaymentMethod PaymentMethod
}

// Customer is the customer's details. It holds no references, so a copy is
// independent of the session it came from.
type Customer struct {
	EmailAddress       string
	MobileNumber       string
	FirstName          string
	LastName           string
	BillingAddress     Address
	ShippingAddress    Address
	TaxID              string
	NationalDocumentID string
}

// IsZero reports whether no field of the customer is set.
func (c Customer) IsZero() bool { return c == Customer{} }

// Address is a billing or shipping address.
type Address struct {
	FirstName    string
	LastName     string
	AddressLine1 string
	AddressLine2 string
	City         string
	State        string
	CountryCode  string
	PostalCode   string
}

// IsZero reports whether no field of the address is set.
func (a Address) IsZero() bool { return a == Address{} }

// Order is the order: line items, fees and shipping, from which the amount is
// calculated, and the countries involved.
type Order struct {
	LineItems           []LineItem
	CountryCode         string
	RetailerCountryCode string
	Fees                []Fee
	Shipping            Shipping
}

// IsZero reports whether no field of the order is set.
func (o Order) IsZero() bool {
	return len(o.LineItems) == 0 && len(o.Fees) == 0 && o.CountryCode == "" && o.RetailerCountryCode == "" && o.Shipping.IsZero()
}

// LineItem is one line of the order. Its total is
// Amount × Quantity − DiscountAmount + TaxAmount: Amount is per unit, discount
// and tax are per line, and an absent Quantity counts as 1.
type LineItem struct {
	ItemID         string
	Name           string
	Description    string
	Amount         Opt[int64]
	Quantity       Opt[int64]
	DiscountAmount Opt[int64]
	TaxAmount      Opt[int64]
	TaxCode        string
	ProductType    string
	ProductData    ProductData
}

// ProductData describes the product of a line item.
type ProductData struct {
	SKU                    string
	Brand                  string
	Color                  string
	GlobalTradeItemNumber  string
	ManufacturerPartNumber string
	// Weight is a JSON number kept as its exact literal text ("0.5"); it is
	// not an amount. Empty means absent.
	Weight     string
	WeightUnit string
	PageURL    string
}

// IsZero reports whether no field of the product data is set.
func (p ProductData) IsZero() bool { return p == ProductData{} }

// FeeTypeSurcharge is the fee type that payment-method selection manages.
const FeeTypeSurcharge = "SURCHARGE"

// Fee is an amount charged on top of the line items. Fees of every type count
// towards the calculated amount; the one of type SURCHARGE is the one
// payment-method selection sets and removes.
type Fee struct {
	Type        string
	Amount      Opt[int64]
	Description string
}

// Shipping is the shipping charged.
type Shipping struct {
	Amount            Opt[int64]
	MethodID          string
	MethodName        string
	MethodDescription string
}

// IsZero reports whether no field of the shipping is set.
func (s Shipping) IsZero() bool { return s == Shipping{} }

// PaymentMethod is the payment-method part of a session: vaulting flags, the
// descriptor, recurring-payment settings, the allowed card networks, and the
// per-method Options (surcharges, Klarna's extra merchant data, Apple Pay's
// requests).
type PaymentMethod struct {
	VaultOnSuccess             Opt[bool]
	VaultOn3DS                 Opt[bool]
	VaultOnAgreement           Opt[bool]
	Descriptor                 string
	PaymentType                string
	OrderedAllowedCardNetworks []string
	// Options maps a payment method type ("PAYMENT_CARD", "GOOGLE_PAY", …)
	// to its options.
	Options            map[string]MethodOptions
	AuthorizationType  string
	FirstPaymentReason string
}

// IsZero reports whether no field of the payment method is set.
func (p PaymentMethod) IsZero() bool {
	return !p.VaultOnSuccess.IsSet() && !p.VaultOn3DS.IsSet() && !p.VaultOnAgreement.IsSet() &&
		p.Descriptor == "" && p.PaymentType == "" && len(p.OrderedAllowedCardNetworks) == 0 &&
		len(p.Options) == 0 && p.AuthorizationType == "" && p.FirstPaymentReason == ""
}

// MethodOptions are the options of one payment method type.
type MethodOptions struct {
	// Surcharge is the fixed surcharge, in minor units, for this method
	// (for PAYMENT_CARD, Primer uses Networks instead).
	Surcharge Opt[int64]
	// Networks maps a card network ("VISA", …) to its options; PAYMENT_CARD
	// only.
	Networks map[string]NetworkOptions
	// CaptureVaultedCardCVV is PAYMENT_CARD's captureVaultedCardCvv.
	CaptureVaultedCardCVV Opt[bool]
	// MerchantName overrides the merchant name shown (Apple Pay).
	MerchantName string
	// ExtraMerchantData is free-form (Klarna); absent when zero.
	ExtraMerchantData jsonvalue.Value
	// RecurringPaymentRequest, DeferredPaymentRequest and
	// AutomaticReloadRequest are Apple Pay's requests, kept as JSON objects.
	RecurringPaymentRequest jsonvalue.Value
	DeferredPaymentRequest  jsonvalue.Value
	AutomaticReloadRequest  jsonvalue.Value
}

// NetworkOptions are the options of one card network.
type NetworkOptions struct {
	Surcharge Opt[int64]
}

// Session is an immutable payment client session. It is a small value, safe
// to copy and to share between goroutines; every change (a patch, a
// payment-method selection) returns a new Session and leaves the old one as it
// was. The zero Session is the empty session, with no field set.
//
// Build one with New or decode one from Primer's JSON; read it through its
// accessors. Nothing a caller passes in or gets out shares memory with it.
type Session struct {
	d *model.Data
}

func (s Session) get() *model.Data {
	if s.d == nil {
		return &model.Empty
	}
	return s.d
}

// New returns the session that p describes. It copies everything, so
// changing p afterwards does not change the session. New checks only what the
// model itself needs, so that every session it builds can be written to
// Primer's JSON and read back: a product weight must be a JSON number
// (fielderr.CodeType), and options follow their schema per method type
// (fielderr.CodeUnknownField otherwise): networks and captureVaultedCardCvv only on
// PAYMENT_CARD, which has no method-level surcharge or merchantName; the
// Apple Pay requests only on APPLE_PAY; extraMerchantData on neither.
// Whether the session is acceptable to a provider is the validation package's
// question. The error is a fielderr.List with the field paths.
func New(p Params) (Session, error) {
	d := &model.Data{
		OrderID:      p.OrderID,
		CurrencyCode: p.CurrencyCode,
		Amount:       optIn(p.Amount),
		CustomerID:   p.CustomerID,
		Customer:     customerIn(p.Customer),
		Order: model.OrderData{
			LineItems:           lineItemsIn(p.Order.LineItems),
			CountryCode:         p.Order.CountryCode,
			RetailerCountryCode: p.Order.RetailerCountryCode,
			Fees:                feesIn(p.Order.Fees),
			Shipping:            shippingIn(p.Order.Shipping),
		},
		Metadata: model.MembersOf(p.Metadata),
		PM:       paymentMethodIn(p.PaymentMethod),
	}
	errs := model.CheckWeights(nil, d.Order.LineItems)
	errs = model.CheckOptionShapes(errs, d.PM.Options)
	if len(errs) > 0 {
		return Session{}, errs.Bounded()
	}
	return Session{d: d}, nil
}

// Params returns a deep copy of the session's fields.
func (s Session) Params() Params {
	d := s.get()
	p := Params{
		OrderID:      d.OrderID,
		CurrencyCode: d.CurrencyCode,
		Amount:       optOut(d.Amount),
		CustomerID:   d.CustomerID,
		Customer:     customerOut(&d.Customer),
		Order: Order{
			LineItems:           lineItemsOut(d.Order.LineItems),
			CountryCode:         d.Order.CountryCode,
			RetailerCountryCode: d.Order.RetailerCountryCode,
			Fees:                feesOut(d.Order.Fees),
			Shipping:            shippingOut(&d.Order.Shipping),
		},
		PaymentMethod: s.PaymentMethod(),
	}
	if len(d.Metadata) > 0 {
		p.Metadata = make(map[string]jsonvalue.Value, len(d.Metadata))
		for _, m := range d.Metadata {
			p.Metadata[m.Key] = m.Value
		}
	}
	return p
}

// Equal reports whether s and t hold the same fields with the same values.
func (s Session) Equal(t Session) bool { return model.Equal(s.get(), t.get()) }
