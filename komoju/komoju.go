package komoju

import (
	"errors"
	"iter"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/amount"
	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/jsonvalue"
	"github.com/paysession/paysession/session"
)

// KOMOJU session modes (the mode field of POST /api/v1/sessions).
const (
	ModePayment         = "payment"
	ModeCustomer        = "customer"
	ModeCustomerPayment = "customer_payment"
)

// DefaultExpiresInSeconds is KOMOJU's default expires_in_seconds: one day.
const DefaultExpiresInSeconds = 86400

// Params is the plain description of a KOMOJU session request
// (POST /api/v1/sessions), the way a caller writes one in Go. As in
// session.Params, an empty string or a zero value means "absent". New copies
// it into an immutable Session.
type Params struct {
	// Mode is payment (the default when empty), customer or
	// customer_payment.
	Mode      string
	ReturnURL string
	// Amount is the amount charged, in minor units of Currency.
	Amount session.Opt[int64]
	// Currency is the ISO 4217 code, as given.
	Currency string
	Email    string
	// ExpiresInSeconds defaults to DefaultExpiresInSeconds when absent.
	ExpiresInSeconds   session.Opt[int64]
	ExternalCustomerID string
	CustomerID         string
	PaymentTypes       []string
	DefaultLocale      string
	LineItems          []LineItem
	// Metadata values are free-form here; KOMOJU accepts strings only, which
	// validation checks. An entry whose value is absent is left out.
	Metadata map[string]jsonvalue.Value
	// PaymentData is a free-form JSON object; absent when zero.
	PaymentData jsonvalue.Value
}

// LineItem is one line item of a KOMOJU session. Amount is per unit, in
// minor units; an absent Quantity counts as 1.
type LineItem struct {
	Amount             session.Opt[int64]
	Description        string
	Quantity           session.Opt[int64]
	Image              string
	ExternalProductNum string
}

// Session is an immutable KOMOJU session request. Like session.Session, it
// is a small value, safe to copy and share; nothing a caller passes in or
// gets out shares memory with it. The zero Session has no field set.
//
// Build one with New or Decode, write it with AppendJSON, and map it to and
// from a Primer session with PrimerSession and FromSession.
type Session struct {
	k *data
}

type data struct {
	mode               string
	returnURL          string
	amount             session.Opt[int64]
	currency           string
	email              string
	expiresIn          session.Opt[int64]
	externalCustomerID string
	customerID         string
	paymentTypes       []string
	defaultLocale      string
	lineItems          []LineItem
	metadata           jsonvalue.Value // an object, or absent
	paymentData        jsonvalue.Value
}

var empty data

func (k Session) get() *data {
	if k.k == nil {
		return &empty
	}
	return k.k
}

// cloneNil copies s, returning nil for an empty slice (the canonical form).
func cloneNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return slices.Clone(s)
}

// New returns the KOMOJU session that p describes, copying everything. It
// checks nothing: whether the request is acceptable to KOMOJU is the
// validation package's question.
func New(p Params) Session {
	k := &data{
		mode:               p.Mode,
		returnURL:          p.ReturnURL,
		amount:             p.Amount,
		currency:           p.Currency,
		email:              p.Email,
		expiresIn:          p.ExpiresInSeconds,
		externalCustomerID: p.ExternalCustomerID,
		customerID:         p.CustomerID,
		paymentTypes:       cloneNil(p.PaymentTypes),
		defaultLocale:      p.DefaultLocale,
		lineItems:          cloneNil(p.LineItems),
		paymentData:        p.PaymentData,
	}
	if md := jsonvalue.FromMap(p.Metadata); md.Len() > 0 {
		k.metadata = md
	}
	return Session{k: k}
}

// Params returns a deep copy of the session's fields.
func (k Session) Params() Params {
	d := k.get()
	p := Params{
		Mode:               d.mode,
		ReturnURL:          d.returnURL,
		Amount:             d.amount,
		Currency:           d.currency,
		Email:              d.email,
		ExpiresInSeconds:   d.expiresIn,
		ExternalCustomerID: d.externalCustomerID,
		CustomerID:         d.customerID,
		PaymentTypes:       cloneNil(d.paymentTypes),
		DefaultLocale:      d.defaultLocale,
		LineItems:          cloneNil(d.lineItems),
		PaymentData:        d.paymentData,
	}
	if n := d.metadata.Len(); n > 0 {
		p.Metadata = make(map[string]jsonvalue.Value, n)
		for key, v := range d.metadata.Members() {
			p.Metadata[key] = v
		}
	}
	return p
}

// Mode returns the mode exactly as given ("" when absent; see EffectiveMode).
func (k Session) Mode() string { return k.get().mode }

// EffectiveMode returns the mode, or ModePayment when it is absent.
func (k Session) EffectiveMode() string {
	if m := k.get().mode; m != "" {
		return m
	}
	return ModePayment
}

// ReturnURL returns return_url.
func (k Session) ReturnURL() string { return k.get().returnURL }

// Amount returns amount, the amount charged in minor units, and whether it
// is set. It is KOMOJU's only amount, so it corresponds to the Primer
// session's effective amount (the override, else the amount calculated from
// the order), not to its AmountOverride: PrimerSession and FromSession
// translate between the two.
func (k Session) Amount() (int64, bool) { return k.get().amount.Get() }

// Currency returns the currency, parsed as session.Session.Currency does:
// the ISO 4217 code, or an error (a *currency.ParseError) when it is absent,
// malformed, unknown or withdrawn.
func (k Session) Currency() (currency.Code, error) { return currency.Parse(k.get().currency) }

// CurrencyCode returns the currency code exactly as given ("" when absent).
func (k Session) CurrencyCode() string { return k.get().currency }

// Email returns the customer's e-mail address.
func (k Session) Email() string { return k.get().email }

// ExpiresInSeconds returns expires_in_seconds as given and whether it is set
// (see EffectiveExpiresInSeconds).
func (k Session) ExpiresInSeconds() (int64, bool) { return k.get().expiresIn.Get() }

// EffectiveExpiresInSeconds returns expires_in_seconds, or
// DefaultExpiresInSeconds when it is absent.
func (k Session) EffectiveExpiresInSeconds() int64 {
	return k.get().expiresIn.Or(DefaultExpiresInSeconds)
}

// ExternalCustomerID returns external_customer_id, the merchant's reference
// of the customer (a Primer session's customerId).
func (k Session) ExternalCustomerID() string { return k.get().externalCustomerID }

// CustomerID returns customer_id, KOMOJU's own customer identifier (customer
// modes).
func (k Session) CustomerID() string { return k.get().customerID }

// NumPaymentTypes returns the number of payment_types.
func (k Session) NumPaymentTypes() int { return len(k.get().paymentTypes) }

// PaymentType returns the i-th payment type. It panics if i is out of range.
func (k Session) PaymentType(i int) string { return k.get().paymentTypes[i] }

// DefaultLocale returns default_locale.
func (k Session) DefaultLocale() string { return k.get().defaultLocale }

// NumLineItems returns the number of line items.
func (k Session) NumLineItems() int { return len(k.get().lineItems) }

// LineItem returns the i-th line item (a copy). It panics if i is out of
// range.
func (k Session) LineItem(i int) LineItem { return k.get().lineItems[i] }

// NumMetadata returns the number of metadata keys.
func (k Session) NumMetadata() int { return k.get().metadata.Len() }

// Metadata iterates over the metadata in key order.
func (k Session) Metadata() iter.Seq2[string, jsonvalue.Value] { return k.get().metadata.Members() }

// MetadataValue returns the metadata value of a key.
func (k Session) MetadataValue(key string) (jsonvalue.Value, bool) {
	return k.get().metadata.Lookup(key)
}

// PaymentData returns payment_data (the zero Value when absent).
func (k Session) PaymentData() jsonvalue.Value { return k.get().paymentData }

// Equal reports whether k and o hold the same fields with the same values.
func (k Session) Equal(o Session) bool {
	a, b := k.get(), o.get()
	return a.mode == b.mode && a.returnURL == b.returnURL && a.amount == b.amount && a.currency == b.currency &&
		a.email == b.email && a.expiresIn == b.expiresIn && a.externalCustomerID == b.externalCustomerID &&
		a.customerID == b.customerID && slices.Equal(a.paymentTypes, b.paymentTypes) &&
		a.defaultLocale == b.defaultLocale && slices.Equal(a.lineItems, b.lineItems) &&
		a.metadata.Equal(b.metadata) && a.paymentData.Equal(b.paymentData)
}

// PrimerSession maps the KOMOJU request to a Primer session where the two
// describe the same thing:
//
//   - currency → currencyCode; email → customer.emailAddress;
//     external_customer_id → customerId; metadata → metadata (every value);
//   - each line item → a line item with the same amount, description and
//     quantity;
//   - amount → the top-level amount override, but only when it is needed:
//     when there are no line items, or when the amount differs from the
//     amount calculated from them (the rule by which a Primer response is
//     read). Otherwise the session's calculated amount already is the
//     amount.
//
// Not mapped, because a Primer session has no such field: mode, return_url,
// expires_in_seconds, customer_id (KOMOJU's own customer), payment_types,
// default_locale, payment_data, and a line item's image and
// external_product_num.
func (k Session) PrimerSession() session.Session {
	d := k.get()
	p := session.Params{
		CurrencyCode: d.currency,
		CustomerID:   d.externalCustomerID,
		Customer:     session.Customer{EmailAddress: d.email},
	}
	if n := d.metadata.Len(); n > 0 {
		p.Metadata = make(map[string]jsonvalue.Value, n)
		for key, v := range d.metadata.Members() {
			p.Metadata[key] = v
		}
	}
	var o amount.Order
	for _, li := range d.lineItems {
		p.Order.LineItems = append(p.Order.LineItems, session.LineItem{
			Description: li.Description,
			Amount:      li.Amount,
			Quantity:    li.Quantity,
		})
		o.AddLine(li.Amount.Or(0), li.Quantity.Or(1), 0, 0)
	}
	if amt, ok := d.amount.Get(); ok {
		if r := o.Result(0); !r.Exists || r.Calculated != amt {
			p.Amount = session.Some(amt)
		}
	}
	s, _ := session.New(p) // nothing New checks (weights, option shapes) is set
	return s
}

// KOMOJU's bounds on metadata, in characters (Unicode code points).
const (
	// MaxMetadataKeyLen is the longest metadata key KOMOJU accepts.
	MaxMetadataKeyLen = 30
	// MaxMetadataValueLen is the longest metadata value KOMOJU accepts.
	MaxMetadataValueLen = 2000
)

// FromSession maps a Primer session to a KOMOJU request where the two
// describe the same thing (the reverse of Session.PrimerSession):
//
//   - amount ← the session's effective amount (the override, else the
//     calculated amount; absent when neither exists);
//   - currency ← currencyCode; email ← customer.emailAddress;
//     external_customer_id ← customerId;
//   - line items ← line items: amount, quantity and description, or the
//     line's name when it has no description. A Primer line item's discount
//     and tax have no KOMOJU counterpart and are not carried, but they are
//     part of the amount, so the charge is right;
//   - metadata ← the metadata values that are strings, and the integers
//     written as strings ("42"), since KOMOJU takes strings only; other
//     values (which Primer refuses too) are left out.
//
// Everything else of the session (orderId, the rest of the customer, fees,
// shipping, the order's countries, the payment method) has no KOMOJU
// counterpart. The KOMOJU-only fields are left absent, so mode and
// expires_in_seconds take their defaults.
//
// Rather than build a request KOMOJU rejects, it returns the zero Session and
// a fielderr.List when a metadata key is empty (fielderr.CodeEmpty) or
// longer than MaxMetadataKeyLen characters, or a value longer than
// MaxMetadataValueLen (fielderr.CodeTooLarge), each at the member's path; at
// most fielderr.MaxErrors problems, then one fielderr.CodeTooManyErrors.
func FromSession(s session.Session) (Session, error) {
	k := &data{
		currency:           s.CurrencyCode(),
		email:              s.Customer().EmailAddress,
		externalCustomerID: s.CustomerID(),
	}
	var o amount.Order
	for i := range s.NumLineItems() {
		li := s.LineItem(i)
		desc := li.Description
		if desc == "" {
			desc = li.Name
		}
		k.lineItems = append(k.lineItems, LineItem{
			Amount:      li.Amount,
			Description: desc,
			Quantity:    li.Quantity,
		})
		o.AddLine(li.Amount.Or(0), li.Quantity.Or(1), li.DiscountAmount.Or(0), li.TaxAmount.Or(0))
	}
	for i := range s.NumFees() {
		f := s.Fee(i)
		o.AddFee(f.Amount.Or(0), f.Type == session.FeeTypeSurcharge)
	}
	override, set := s.AmountOverride()
	if amt, ok := o.Result(s.Shipping().Amount.Or(0)).Effective(override, set); ok {
		k.amount = session.Some(amt)
	}
	var errs fielderr.List
	var members []jsonvalue.Member
	for key, v := range s.Metadata() {
		path := "$.metadata" + string(jsonread.AppendKey(nil, []byte(key)))
		switch n := utf8.RuneCountInString(key); {
		case n == 0:
			errs = append(errs, fielderr.Error{Path: path, Code: fielderr.CodeEmpty, Message: "KOMOJU refuses an empty metadata key"})
			continue
		case n > MaxMetadataKeyLen:
			errs = append(errs, fielderr.Error{Path: path, Code: fielderr.CodeTooLarge,
				Message: "KOMOJU metadata keys are at most 30 characters long, this one has " + strconv.Itoa(n)})
			continue
		}
		switch v.Kind() {
		case jsonvalue.KindString:
		case jsonvalue.KindNumber:
			n, ok := v.Int()
			if !ok {
				continue
			}
			v = jsonvalue.String(strconv.FormatInt(n, 10))
		default:
			continue
		}
		if str, _ := v.Str(); utf8.RuneCountInString(str) > MaxMetadataValueLen {
			errs = append(errs, fielderr.Error{Path: path, Code: fielderr.CodeTooLarge,
				Message: "KOMOJU metadata values are at most 2000 characters long, this one has " + strconv.Itoa(utf8.RuneCountInString(str))})
			continue
		}
		members = append(members, jsonvalue.Member{Key: key, Value: v})
	}
	if len(errs) > 0 {
		return Session{}, errs.Bounded()
	}
	if len(members) > 0 {
		k.metadata, _ = jsonvalue.Object(members...) // keys unique: they come from an object
	}
	return Session{k: k}, nil
}

// ErrReturnURL is wrapped by the error ReturnURL returns for a URL that is
// not an absolute http or https URL: a programming error, since the URL is
// the merchant's own.
var ErrReturnURL = errors.New("komoju: return_url must be an absolute http or https URL")

// ReturnURL returns the URL KOMOJU sends the customer back to when the
// session completes: returnURL with session_id=<sessionID> appended as a
// query parameter, after any query already there (kept byte for byte),
// before any fragment. The session ID is query-escaped.
//
//	https://shop.example/done      → https://shop.example/done?session_id=abc
//	https://shop.example/done?x=1  → https://shop.example/done?x=1&session_id=abc
//
// returnURL must be an absolute http or https URL with a host; otherwise the
// error wraps ErrReturnURL.
func ReturnURL(returnURL, sessionID string) (string, error) {
	u, err := url.Parse(returnURL)
	if err != nil {
		return "", errors.Join(ErrReturnURL, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "" {
		return "", ErrReturnURL
	}
	param := "session_id=" + url.QueryEscape(sessionID)
	switch {
	case u.RawQuery == "" || strings.HasSuffix(u.RawQuery, "&"):
		u.RawQuery += param
	default:
		u.RawQuery += "&" + param
	}
	return u.String(), nil
}
