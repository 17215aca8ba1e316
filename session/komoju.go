package session

import (
	"errors"
	"iter"
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// KOMOJU session modes (the mode field of POST /api/v1/sessions).
const (
	KomojuModePayment         = "payment"
	KomojuModeCustomer        = "customer"
	KomojuModeCustomerPayment = "customer_payment"
)

// KomojuDefaultExpiresInSeconds is KOMOJU's default expires_in_seconds: one
// day.
const KomojuDefaultExpiresInSeconds = 86400

// KomojuParams is the plain description of a KOMOJU session request
// (POST /api/v1/sessions), the way a caller writes one in Go. As in
// Params, an empty string or a zero value means "absent". NewKomoju copies it
// into an immutable KomojuSession.
type KomojuParams struct {
	// Mode is payment (the default when empty), customer or
	// customer_payment.
	Mode      string
	ReturnURL string
	// Amount is in minor units of Currency.
	Amount   Opt[int64]
	Currency string
	Email    string
	// ExpiresInSeconds defaults to KomojuDefaultExpiresInSeconds when
	// absent.
	ExpiresInSeconds   Opt[int64]
	ExternalCustomerID string
	CustomerID         string
	PaymentTypes       []string
	DefaultLocale      string
	LineItems          []KomojuLineItem
	// Metadata values are free-form here; KOMOJU accepts strings only, which
	// validation checks.
	Metadata map[string]Value
	// PaymentData is a free-form JSON object; absent when zero.
	PaymentData Value
}

// KomojuLineItem is one line item of a KOMOJU session. Amount is per unit, in
// minor units; an absent Quantity counts as 1.
type KomojuLineItem struct {
	Amount             Opt[int64]
	Description        string
	Quantity           Opt[int64]
	Image              string
	ExternalProductNum string
}

// KomojuSession is an immutable KOMOJU session request. Like Session, it is a
// small value, safe to copy and share; nothing a caller passes in or gets out
// shares memory with it. The zero KomojuSession has no field set.
//
// Build one with NewKomoju or DecodeKomoju, write it with AppendJSON, and map
// it to and from a Primer-style Session with Session and KomojuFromSession.
type KomojuSession struct {
	k *komojuData
}

type komojuData struct {
	mode               string
	returnURL          string
	amount             Opt[int64]
	currency           string
	email              string
	expiresIn          Opt[int64]
	externalCustomerID string
	customerID         string
	paymentTypes       []string
	defaultLocale      string
	lineItems          []KomojuLineItem
	metadata           []Member // sorted by key
	paymentData        Value
}

var emptyKomoju komojuData

func (k KomojuSession) get() *komojuData {
	if k.k == nil {
		return &emptyKomoju
	}
	return k.k
}

// NewKomoju returns the KOMOJU session that p describes, copying everything.
// It checks nothing: whether the request is acceptable to KOMOJU is the
// validation package's question.
func NewKomoju(p KomojuParams) KomojuSession {
	k := &komojuData{
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
	for _, key := range slices.Sorted(maps.Keys(p.Metadata)) {
		k.metadata = append(k.metadata, Member{Key: key, Value: p.Metadata[key]})
	}
	return KomojuSession{k: k}
}

// Params returns a deep copy of the session's fields.
func (k KomojuSession) Params() KomojuParams {
	d := k.get()
	p := KomojuParams{
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
	if len(d.metadata) > 0 {
		p.Metadata = make(map[string]Value, len(d.metadata))
		for _, m := range d.metadata {
			p.Metadata[m.Key] = m.Value
		}
	}
	return p
}

// Mode returns the mode exactly as given ("" when absent; see EffectiveMode).
func (k KomojuSession) Mode() string { return k.get().mode }

// EffectiveMode returns the mode, or KomojuModePayment when it is absent.
func (k KomojuSession) EffectiveMode() string {
	if m := k.get().mode; m != "" {
		return m
	}
	return KomojuModePayment
}

// ReturnURL returns return_url.
func (k KomojuSession) ReturnURL() string { return k.get().returnURL }

// Amount returns the amount in minor units and whether it is set.
func (k KomojuSession) Amount() (int64, bool) { return k.get().amount.Get() }

// Currency returns the currency code exactly as given.
func (k KomojuSession) Currency() string { return k.get().currency }

// Email returns the customer's e-mail address.
func (k KomojuSession) Email() string { return k.get().email }

// ExpiresInSeconds returns expires_in_seconds as given and whether it is set
// (see EffectiveExpiresInSeconds).
func (k KomojuSession) ExpiresInSeconds() (int64, bool) { return k.get().expiresIn.Get() }

// EffectiveExpiresInSeconds returns expires_in_seconds, or
// KomojuDefaultExpiresInSeconds when it is absent.
func (k KomojuSession) EffectiveExpiresInSeconds() int64 {
	return k.get().expiresIn.Or(KomojuDefaultExpiresInSeconds)
}

// ExternalCustomerID returns external_customer_id, the merchant's reference of
// the customer.
func (k KomojuSession) ExternalCustomerID() string { return k.get().externalCustomerID }

// CustomerID returns customer_id, KOMOJU's own customer identifier (customer
// modes).
func (k KomojuSession) CustomerID() string { return k.get().customerID }

// NumPaymentTypes returns the number of payment_types.
func (k KomojuSession) NumPaymentTypes() int { return len(k.get().paymentTypes) }

// PaymentType returns the i-th payment type. It panics if i is out of range.
func (k KomojuSession) PaymentType(i int) string { return k.get().paymentTypes[i] }

// PaymentTypes iterates over payment_types in order.
func (k KomojuSession) PaymentTypes() iter.Seq2[int, string] { return seq(k.get().paymentTypes) }

// DefaultLocale returns default_locale.
func (k KomojuSession) DefaultLocale() string { return k.get().defaultLocale }

// NumLineItems returns the number of line items.
func (k KomojuSession) NumLineItems() int { return len(k.get().lineItems) }

// LineItem returns the i-th line item (a copy). It panics if i is out of
// range.
func (k KomojuSession) LineItem(i int) KomojuLineItem { return k.get().lineItems[i] }

// LineItems iterates over the line items in order.
func (k KomojuSession) LineItems() iter.Seq2[int, KomojuLineItem] { return seq(k.get().lineItems) }

// NumMetadata returns the number of metadata keys.
func (k KomojuSession) NumMetadata() int { return len(k.get().metadata) }

// Metadata iterates over the metadata in key order.
func (k KomojuSession) Metadata() iter.Seq2[string, Value] {
	md := k.get().metadata
	return func(yield func(string, Value) bool) {
		for _, m := range md {
			if !yield(m.Key, m.Value) {
				return
			}
		}
	}
}

// MetadataValue returns the metadata value of a key.
func (k KomojuSession) MetadataValue(key string) (Value, bool) {
	md := k.get().metadata
	i, ok := slices.BinarySearchFunc(md, key, func(m Member, k string) int { return strings.Compare(m.Key, k) })
	if !ok {
		return Value{}, false
	}
	return md[i].Value, true
}

// PaymentData returns payment_data (the zero Value when absent).
func (k KomojuSession) PaymentData() Value { return k.get().paymentData }

// Equal reports whether k and o hold the same fields with the same values.
func (k KomojuSession) Equal(o KomojuSession) bool {
	a, b := k.get(), o.get()
	return a.mode == b.mode && a.returnURL == b.returnURL && a.amount == b.amount && a.currency == b.currency &&
		a.email == b.email && a.expiresIn == b.expiresIn && a.externalCustomerID == b.externalCustomerID &&
		a.customerID == b.customerID && slices.Equal(a.paymentTypes, b.paymentTypes) &&
		a.defaultLocale == b.defaultLocale && slices.Equal(a.lineItems, b.lineItems) &&
		slices.EqualFunc(a.metadata, b.metadata, func(x, y Member) bool { return x.Key == y.Key && x.Value.Equal(y.Value) }) &&
		a.paymentData.Equal(b.paymentData)
}

// Session maps the KOMOJU request to a Primer-style Session where the two
// describe the same thing:
//
//   - currency → currencyCode; email → customer.emailAddress;
//     external_customer_id → customerId; metadata → metadata (every value);
//   - each line item → a line item with the same amount, description and
//     quantity;
//   - amount → the top-level amount override, but only when it is needed: when
//     there are no line items, or when the amount differs from the amount
//     calculated from them (the rule by which a Primer response is read,
//     as the package doc states). Otherwise the session's calculated amount already is the
//     amount.
//
// Not mapped, because a Primer session has no such field: mode, return_url,
// expires_in_seconds, customer_id (KOMOJU's own customer), payment_types,
// default_locale, payment_data, and a line item's image and
// external_product_num.
func (k KomojuSession) Session() Session {
	d := k.get()
	s := &data{
		currencyCode: d.currency,
		customerID:   d.externalCustomerID,
		customer:     Customer{EmailAddress: d.email},
		metadata:     cloneNil(d.metadata),
	}
	for _, li := range d.lineItems {
		s.order.lineItems = append(s.order.lineItems, LineItem{
			Description: li.Description,
			Amount:      li.Amount,
			Quantity:    li.Quantity,
		})
	}
	if amt, ok := d.amount.Get(); ok {
		if calc, ok := s.calculated(); !ok || calc != amt {
			s.amount = Some(amt)
		}
	}
	return Session{d: s}
}

// KOMOJU's bounds on metadata, in characters (Unicode code points).
const (
	// KomojuMaxMetadataKeyLen is the longest metadata key KOMOJU accepts.
	KomojuMaxMetadataKeyLen = 30
	// KomojuMaxMetadataValueLen is the longest metadata value KOMOJU accepts.
	KomojuMaxMetadataValueLen = 2000
)

// KomojuFromSession maps a Primer-style Session to a KOMOJU request where the
// two describe the same thing (the reverse of KomojuSession.Session):
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
// Rather than build a request KOMOJU rejects, it returns the zero
// KomojuSession and an ErrorList when a metadata key is empty (CodeEmpty) or
// longer than KomojuMaxMetadataKeyLen characters, or a value longer than
// KomojuMaxMetadataValueLen (CodeTooLarge), each at the member's path.
func KomojuFromSession(s Session) (KomojuSession, error) {
	d := s.get()
	k := &komojuData{
		currency:           d.currencyCode,
		email:              d.customer.EmailAddress,
		externalCustomerID: d.customerID,
	}
	if amt, ok := d.effective(); ok {
		k.amount = Some(amt)
	}
	for _, li := range d.order.lineItems {
		desc := li.Description
		if desc == "" {
			desc = li.Name
		}
		k.lineItems = append(k.lineItems, KomojuLineItem{
			Amount:      li.Amount,
			Description: desc,
			Quantity:    li.Quantity,
		})
	}
	var errs ErrorList
	for _, m := range d.metadata {
		path := "$.metadata" + memberPath(m.Key)
		switch n := utf8.RuneCountInString(m.Key); {
		case n == 0:
			errs = append(errs, FieldError{Path: path, Code: CodeEmpty, Message: "KOMOJU refuses an empty metadata key"})
			continue
		case n > KomojuMaxMetadataKeyLen:
			errs = append(errs, FieldError{Path: path, Code: CodeTooLarge,
				Message: "KOMOJU metadata keys are at most 30 characters long, this one has " + itoa(n)})
			continue
		}
		v := m.Value
		switch v.Kind() {
		case KindString:
		case KindNumber:
			n, ok := v.Int()
			if !ok {
				continue
			}
			v = StringValue(strconv.FormatInt(n, 10))
		default:
			continue
		}
		if str, _ := v.Str(); utf8.RuneCountInString(str) > KomojuMaxMetadataValueLen {
			errs = append(errs, FieldError{Path: path, Code: CodeTooLarge,
				Message: "KOMOJU metadata values are at most 2000 characters long, this one has " + itoa(utf8.RuneCountInString(str))})
			continue
		}
		k.metadata = append(k.metadata, Member{Key: m.Key, Value: v})
	}
	if len(errs) > 0 {
		return KomojuSession{}, errs.bounded()
	}
	return KomojuSession{k: k}, nil
}

// ErrReturnURL is wrapped by the error KomojuReturnURL returns for a URL that
// is not an absolute http or https URL.
var ErrReturnURL = errors.New("session: return_url must be an absolute http or https URL")

// KomojuReturnURL returns the URL KOMOJU sends the customer back to when the
// session completes: returnURL with session_id=<sessionID> appended as a
// query parameter, after any query already there (kept byte for byte), before
// any fragment. The session ID is query-escaped.
//
//	https://shop.example/done      → https://shop.example/done?session_id=abc
//	https://shop.example/done?x=1  → https://shop.example/done?x=1&session_id=abc
//
// returnURL must be an absolute http or https URL with a host; otherwise the
// error wraps ErrReturnURL.
func KomojuReturnURL(returnURL, sessionID string) (string, error) {
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
