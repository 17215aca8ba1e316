package session

import (
	"maps"
	"slices"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/jsontext"
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
	d *data
}

// data is the immutable state behind a Session. It is never modified after
// construction: every operation that changes a session builds a new data.
// Canonical form: empty slices are nil, map-like lists are sorted by key.
type data struct {
	orderID      string
	currencyCode string
	amount       Opt[int64]
	customerID   string
	customer     Customer
	order        orderData
	metadata     []jsonvalue.Member // sorted by key
	pm           paymentMethodData
}

type orderData struct {
	lineItems           []LineItem
	countryCode         string
	retailerCountryCode string
	fees                []Fee
	shipping            Shipping
}

type paymentMethodData struct {
	vaultOnSuccess     Opt[bool]
	vaultOn3DS         Opt[bool]
	vaultOnAgreement   Opt[bool]
	descriptor         string
	paymentType        string
	networks           []string
	options            []methodOptionsData // sorted by typ
	authorizationType  string
	firstPaymentReason string
}

type methodOptionsData struct {
	typ        string
	surcharge  Opt[int64]
	networks   []networkData // sorted by name
	captureCVV Opt[bool]
	merchant   string
	extra      jsonvalue.Value
	recurring  jsonvalue.Value
	deferred   jsonvalue.Value
	reload     jsonvalue.Value
}

type networkData struct {
	name      string
	surcharge Opt[int64]
}

var empty data

func (s Session) get() *data {
	if s.d == nil {
		return &empty
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
	var errs fielderr.List
	d := &data{
		orderID:      p.OrderID,
		currencyCode: p.CurrencyCode,
		amount:       p.Amount,
		customerID:   p.CustomerID,
		customer:     p.Customer,
		order: orderData{
			lineItems:           cloneNil(p.Order.LineItems),
			countryCode:         p.Order.CountryCode,
			retailerCountryCode: p.Order.RetailerCountryCode,
			fees:                cloneNil(p.Order.Fees),
			shipping:            p.Order.Shipping,
		},
		pm: paymentMethodFromParams(p.PaymentMethod),
	}
	for i, li := range d.order.lineItems {
		if w := li.ProductData.Weight; w != "" && !jsontext.IsNumber(w) {
			errs = append(errs, fielderr.Error{
				Path:    "$.order.lineItems[" + itoa(i) + "].productData.weight",
				Code:    fielderr.CodeType,
				Message: "weight must be a JSON number, got " + quote(w),
			})
		}
	}
	d.metadata = membersOf(p.Metadata)
	errs = checkOptionShapes(errs, d.pm.options)
	if len(errs) > 0 {
		return Session{}, errs.Bounded()
	}
	return Session{d: d}, nil
}

// checkOptionShapes reports the option fields that Primer's schema does not
// give a payment method type: networks and captureVaultedCardCvv on anything
// but PAYMENT_CARD, the Apple Pay requests on anything but APPLE_PAY,
// surcharge and merchantName on PAYMENT_CARD (its surcharges are per
// network), extraMerchantData on PAYMENT_CARD and APPLE_PAY. So every
// session New builds can be written to Primer's JSON and read back.
func checkOptionShapes(errs fielderr.List, opts []methodOptionsData) fielderr.List {
	for i := range opts {
		o := &opts[i]
		bad := func(field string) {
			errs = append(errs, fielderr.Error{
				Path:    "$.paymentMethod.options" + memberPath(o.typ) + "." + field,
				Code:    fielderr.CodeUnknownField,
				Message: field + " is not an option of payment method " + quote(o.typ),
			})
		}
		if o.typ != MethodPaymentCard {
			if o.networks != nil {
				bad("networks")
			}
			if o.captureCVV.IsSet() {
				bad("captureVaultedCardCvv")
			}
		} else {
			// A card surcharge is per network; a method-level one would
			// never apply.
			if o.surcharge.IsSet() {
				bad("surcharge")
			}
			if o.merchant != "" {
				bad("merchantName")
			}
		}
		if (o.typ == MethodPaymentCard || o.typ == MethodApplePay) && !o.extra.IsAbsent() {
			bad("extraMerchantData")
		}
		if o.typ != MethodApplePay {
			if !o.recurring.IsAbsent() {
				bad("recurringPaymentRequest")
			}
			if !o.deferred.IsAbsent() {
				bad("deferredPaymentRequest")
			}
			if !o.reload.IsAbsent() {
				bad("automaticReloadRequest")
			}
		}
	}
	return errs
}

func paymentMethodFromParams(p PaymentMethod) paymentMethodData {
	pm := paymentMethodData{
		vaultOnSuccess:     p.VaultOnSuccess,
		vaultOn3DS:         p.VaultOn3DS,
		vaultOnAgreement:   p.VaultOnAgreement,
		descriptor:         p.Descriptor,
		paymentType:        p.PaymentType,
		networks:           cloneNil(p.OrderedAllowedCardNetworks),
		authorizationType:  p.AuthorizationType,
		firstPaymentReason: p.FirstPaymentReason,
	}
	for _, typ := range slices.Sorted(maps.Keys(p.Options)) {
		o := p.Options[typ]
		md := methodOptionsData{
			typ:        typ,
			surcharge:  o.Surcharge,
			captureCVV: o.CaptureVaultedCardCVV,
			merchant:   o.MerchantName,
			extra:      o.ExtraMerchantData,
			recurring:  o.RecurringPaymentRequest,
			deferred:   o.DeferredPaymentRequest,
			reload:     o.AutomaticReloadRequest,
		}
		for _, n := range slices.Sorted(maps.Keys(o.Networks)) {
			md.networks = append(md.networks, networkData{name: n, surcharge: o.Networks[n].Surcharge})
		}
		pm.options = append(pm.options, md)
	}
	return pm
}

// Params returns a deep copy of the session's fields.
func (s Session) Params() Params {
	d := s.get()
	p := Params{
		OrderID:      d.orderID,
		CurrencyCode: d.currencyCode,
		Amount:       d.amount,
		CustomerID:   d.customerID,
		Customer:     d.customer,
		Order: Order{
			LineItems:           cloneNil(d.order.lineItems),
			CountryCode:         d.order.countryCode,
			RetailerCountryCode: d.order.retailerCountryCode,
			Fees:                cloneNil(d.order.fees),
			Shipping:            d.order.shipping,
		},
		PaymentMethod: s.PaymentMethod(),
	}
	if len(d.metadata) > 0 {
		p.Metadata = make(map[string]jsonvalue.Value, len(d.metadata))
		for _, m := range d.metadata {
			p.Metadata[m.Key] = m.Value
		}
	}
	return p
}

// Equal reports whether s and t hold the same fields with the same values.
func (s Session) Equal(t Session) bool {
	a, b := s.get(), t.get()
	if a == b {
		return true
	}
	if a.orderID != b.orderID || a.currencyCode != b.currencyCode || a.amount != b.amount ||
		a.customerID != b.customerID || a.customer != b.customer ||
		a.order.countryCode != b.order.countryCode || a.order.retailerCountryCode != b.order.retailerCountryCode ||
		a.order.shipping != b.order.shipping ||
		!slices.Equal(a.order.lineItems, b.order.lineItems) || !slices.Equal(a.order.fees, b.order.fees) ||
		!slices.EqualFunc(a.metadata, b.metadata, func(x, y jsonvalue.Member) bool { return x.Key == y.Key && x.Value.Equal(y.Value) }) {
		return false
	}
	return a.pm.equal(&b.pm)
}

func (pm *paymentMethodData) equal(o *paymentMethodData) bool {
	if pm.vaultOnSuccess != o.vaultOnSuccess || pm.vaultOn3DS != o.vaultOn3DS || pm.vaultOnAgreement != o.vaultOnAgreement ||
		pm.descriptor != o.descriptor || pm.paymentType != o.paymentType || pm.authorizationType != o.authorizationType ||
		pm.firstPaymentReason != o.firstPaymentReason || !slices.Equal(pm.networks, o.networks) {
		return false
	}
	return slices.EqualFunc(pm.options, o.options, func(x, y methodOptionsData) bool {
		return x.typ == y.typ && x.surcharge == y.surcharge && x.captureCVV == y.captureCVV && x.merchant == y.merchant &&
			x.extra.Equal(y.extra) && x.recurring.Equal(y.recurring) && x.deferred.Equal(y.deferred) && x.reload.Equal(y.reload) &&
			slices.Equal(x.networks, y.networks)
	})
}

// cloneNil copies s, returning nil for an empty slice (the canonical form).
func cloneNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return slices.Clone(s)
}

// membersOf returns m's entries sorted by key, without those whose value is
// absent (no member, as on the wire); nil when there are none.
func membersOf(m map[string]jsonvalue.Value) []jsonvalue.Member {
	var md []jsonvalue.Member
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if !m[k].IsAbsent() {
			md = append(md, jsonvalue.Member{Key: k, Value: m[k]})
		}
	}
	return md
}
