package model

import (
	"slices"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/jsontext"
	"github.com/paysession/paysession/jsonvalue"
)

// The mirrors of session's public types: the same fields in the same order,
// so that session converts them by plain copies (Address and ProductData
// convert directly). Their rules are documented there.

// Customer mirrors session.Customer.
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

// IsZero reports whether no field is set.
func (c Customer) IsZero() bool { return c == Customer{} }

// Address mirrors session.Address.
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

// IsZero reports whether no field is set.
func (a Address) IsZero() bool { return a == Address{} }

// LineItem mirrors session.LineItem.
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

// ProductData mirrors session.ProductData.
type ProductData struct {
	SKU                    string
	Brand                  string
	Color                  string
	GlobalTradeItemNumber  string
	ManufacturerPartNumber string
	Weight                 string // a JSON number's literal text
	WeightUnit             string
	PageURL                string
}

// IsZero reports whether no field is set.
func (p ProductData) IsZero() bool { return p == ProductData{} }

// FeeTypeSurcharge is the fee type that payment-method selection manages.
const FeeTypeSurcharge = "SURCHARGE"

// Fee mirrors session.Fee.
type Fee struct {
	Type        string
	Amount      Opt[int64]
	Description string
}

// Shipping mirrors session.Shipping.
type Shipping struct {
	Amount            Opt[int64]
	MethodID          string
	MethodName        string
	MethodDescription string
}

// IsZero reports whether no field is set.
func (s Shipping) IsZero() bool { return s == Shipping{} }

// Data is the immutable state behind a Session. It is never modified after
// construction: every operation that changes a session builds a new Data.
// Canonical form: empty slices are nil, map-like lists are sorted by key.
type Data struct {
	OrderID      string
	CurrencyCode string
	Amount       Opt[int64]
	CustomerID   string
	Customer     Customer
	Order        OrderData
	Metadata     []jsonvalue.Member // sorted by key
	PM           PaymentMethodData
}

// OrderData is a session's order.
type OrderData struct {
	LineItems           []LineItem
	CountryCode         string
	RetailerCountryCode string
	Fees                []Fee
	Shipping            Shipping
}

// PaymentMethodData is a session's payment method, its options sorted by
// type.
type PaymentMethodData struct {
	VaultOnSuccess     Opt[bool]
	VaultOn3DS         Opt[bool]
	VaultOnAgreement   Opt[bool]
	Descriptor         string
	PaymentType        string
	Networks           []string
	Options            []MethodOptionsData // sorted by typ
	AuthorizationType  string
	FirstPaymentReason string
}

// MethodOptionsData is the options of one payment method type, its card
// networks sorted by name.
type MethodOptionsData struct {
	Type       string
	Surcharge  Opt[int64]
	Networks   []NetworkData // sorted by name
	CaptureCVV Opt[bool]
	Merchant   string
	Extra      jsonvalue.Value
	Recurring  jsonvalue.Value
	Deferred   jsonvalue.Value
	Reload     jsonvalue.Value
}

// NetworkData is the options of one card network.
type NetworkData struct {
	Name      string
	Surcharge Opt[int64]
}

// Empty is the data of the zero Session.
var Empty Data

// CheckOptionShapes reports the option fields that Primer's schema does not
// give a payment method type: networks and captureVaultedCardCvv on anything
// but PAYMENT_CARD, the Apple Pay requests on anything but APPLE_PAY,
// surcharge and merchantName on PAYMENT_CARD (its surcharges are per
// network), extraMerchantData on PAYMENT_CARD and APPLE_PAY. So every
// session New builds can be written to Primer's JSON and read back.
func CheckOptionShapes(errs fielderr.List, opts []MethodOptionsData) fielderr.List {
	for i := range opts {
		o := &opts[i]
		bad := func(field string) {
			errs = append(errs, fielderr.Error{
				Path:    "$.paymentMethod.options" + memberPath(o.Type) + "." + field,
				Code:    fielderr.CodeUnknownField,
				Message: field + " is not an option of payment method " + quote(o.Type),
			})
		}
		if o.Type != MethodPaymentCard {
			if o.Networks != nil {
				bad("networks")
			}
			if o.CaptureCVV.IsSet() {
				bad("captureVaultedCardCvv")
			}
		} else {
			// A card surcharge is per network; a method-level one would
			// never apply.
			if o.Surcharge.IsSet() {
				bad("surcharge")
			}
			if o.Merchant != "" {
				bad("merchantName")
			}
		}
		if (o.Type == MethodPaymentCard || o.Type == MethodApplePay) && !o.Extra.IsAbsent() {
			bad("extraMerchantData")
		}
		if o.Type != MethodApplePay {
			if !o.Recurring.IsAbsent() {
				bad("recurringPaymentRequest")
			}
			if !o.Deferred.IsAbsent() {
				bad("deferredPaymentRequest")
			}
			if !o.Reload.IsAbsent() {
				bad("automaticReloadRequest")
			}
		}
	}
	return errs
}

// Equal reports whether a and b hold the same fields with the same values.
func Equal(a, b *Data) bool {
	if a == b {
		return true
	}
	if a.OrderID != b.OrderID || a.CurrencyCode != b.CurrencyCode || a.Amount != b.Amount ||
		a.CustomerID != b.CustomerID || a.Customer != b.Customer ||
		a.Order.CountryCode != b.Order.CountryCode || a.Order.RetailerCountryCode != b.Order.RetailerCountryCode ||
		a.Order.Shipping != b.Order.Shipping ||
		!slices.Equal(a.Order.LineItems, b.Order.LineItems) || !slices.Equal(a.Order.Fees, b.Order.Fees) ||
		!slices.EqualFunc(a.Metadata, b.Metadata, func(x, y jsonvalue.Member) bool { return x.Key == y.Key && x.Value.Equal(y.Value) }) {
		return false
	}
	return a.PM.Equal(&b.PM)
}

// Equal reports whether pm and o hold the same fields with the same values.
func (pm *PaymentMethodData) Equal(o *PaymentMethodData) bool {
	if pm.VaultOnSuccess != o.VaultOnSuccess || pm.VaultOn3DS != o.VaultOn3DS || pm.VaultOnAgreement != o.VaultOnAgreement ||
		pm.Descriptor != o.Descriptor || pm.PaymentType != o.PaymentType || pm.AuthorizationType != o.AuthorizationType ||
		pm.FirstPaymentReason != o.FirstPaymentReason || !slices.Equal(pm.Networks, o.Networks) {
		return false
	}
	return slices.EqualFunc(pm.Options, o.Options, func(x, y MethodOptionsData) bool {
		return x.Type == y.Type && x.Surcharge == y.Surcharge && x.CaptureCVV == y.CaptureCVV && x.Merchant == y.Merchant &&
			x.Extra.Equal(y.Extra) && x.Recurring.Equal(y.Recurring) && x.Deferred.Equal(y.Deferred) && x.Reload.Equal(y.Reload) &&
			slices.Equal(x.Networks, y.Networks)
	})
}

// CloneNil copies s, returning nil for an empty slice (the canonical form).
func CloneNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return slices.Clone(s)
}

// MembersOf returns m's entries sorted by key, without those whose value is
// absent (no member, as on the wire); nil when there are none.
func MembersOf(m map[string]jsonvalue.Value) []jsonvalue.Member {
	n := 0
	for _, v := range m {
		if !v.IsAbsent() {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	md := make([]jsonvalue.Member, 0, n)
	for k, v := range m {
		if !v.IsAbsent() {
			md = append(md, jsonvalue.Member{Key: k, Value: v})
		}
	}
	sortMembers(md)
	return md
}

// CheckWeights reports every line item whose productData.weight is not a
// JSON number (CodeType), which New and a PatchBuilder refuse, so that every
// session and patch can be written to Primer's JSON and read back.
func CheckWeights(errs fielderr.List, items []LineItem) fielderr.List {
	for i := range items {
		if w := items[i].ProductData.Weight; w != "" && !jsontext.IsNumber(w) {
			errs = append(errs, fielderr.Error{
				Path:    "$.order.lineItems[" + itoa(i) + "].productData.weight",
				Code:    fielderr.CodeType,
				Message: "weight must be a JSON number, got " + quote(w),
			})
		}
	}
	return errs
}
