package komoju

import (
	"encoding/json"
	"log/slog"
	"strconv"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/besteffort"
	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/internal/limits"
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/internal/valueview"
	"github.com/paysession/paysession/jsonvalue"
	"github.com/paysession/paysession/session"
)

// The decoders' Value builder (internal/valueview) and the session's
// masking (internal/model), shared so that a KOMOJU request's free-form
// values are read and masked as a Primer session's are.
var (
	valueBuilder = valueview.Builder.(jsonread.Builder[jsonvalue.Value])
	maskValue    = model.MaskValue
)

// Decode decodes a KOMOJU session request (the JSON body of
// POST /api/v1/sessions, snake_case) strictly:
//
//   - the document is one JSON object; every field has the JSON type KOMOJU
//     documents (amounts, quantity and expires_in_seconds are JSON integers:
//     7.5, "700" and 1e3 are fielderr.CodeType errors);
//   - a field the request does not define, at any depth outside metadata and
//     payment_data, is a fielderr.CodeUnknownField error at its path;
//   - a field set to null is read as absent; an empty string is a
//     fielderr.CodeEmpty error (the model cannot tell "" from absent, so it is
//     not dropped silently);
//   - an element of payment_types is a non-empty string (null is a
//     fielderr.CodeType error there), and an element of line_items an
//     object; DecodeBestEffort keeps one that is not in its place, as "" or
//     an empty line item, so every problem is reported at the element's own
//     index in the document;
//   - metadata values and payment_data are kept as any JSON value (whether
//     KOMOJU accepts them is the validation package's question);
//     payment_data must be an object;
//   - the bounds of the Primer decoders hold, the very same ones
//     (fielderr.CodeTooLarge): session.MaxInputBytes, MaxDepth, MaxLineItems
//     for line_items, MaxMetadataKeys for metadata, MaxArrayLen and
//     MaxObjectMembers for every other array and object, MaxFreeFormValues
//     for the values of metadata and payment_data together; at most
//     MaxErrors problems are listed, then one CodeTooManyErrors. They are
//     checked as the input is read, so decoding takes time linear in the
//     input.
//
// It returns every problem at once as a fielderr.List, in document
// order, and then the zero Session (DecodeBestEffort keeps what decoded, for
// validators). After a syntax error or an exceeded bound the list has that
// one error.
func Decode(input []byte) (Session, error) {
	k, err := DecodeBestEffort(input)
	if err != nil {
		return Session{}, err
	}
	return k, nil
}

// DecodeBestEffort decodes a KOMOJU session request as Decode does, but
// returns the best-effort session (the fields that decoded cleanly) along
// with field-level problems, for validators that list every problem. A
// request that comes with an error must never be sent.
func DecodeBestEffort(input []byte) (Session, error) {
	s, _, err := decodeBestEffort(input)
	return s, err
}

func init() { besteffort.Komoju = decodeBestEffort }

// decodeBestEffort is DecodeBestEffort, also returning the reader's record
// of the problems past the cap (internal/besteffort).
func decodeBestEffort(input []byte) (Session, *jsonread.Unlisted, error) {
	r := jsonread.New(input, jsonread.Standard())
	k := &data{}
	var md []jsonvalue.Member
	r.Object(0, func(key []byte) {
		switch string(key) {
		case "mode":
			k.mode = str(r)
		case "return_url":
			k.returnURL = str(r)
		case "amount":
			k.amount = integer(r)
		case "currency":
			k.currency = str(r)
		case "email":
			k.email = str(r)
		case "expires_in_seconds":
			k.expiresIn = integer(r)
		case "external_customer_id":
			k.externalCustomerID = str(r)
		case "customer_id":
			k.customerID = str(r)
		case "payment_types":
			if r.Null() {
				return
			}
			r.Array(0, func(int) {
				// Every element keeps its place, one that is reported as ""
				// (which validation does not report again), so that the
				// problems of the later ones are at their own index.
				k.paymentTypes = append(k.paymentTypes, element(r))
			})
		case "default_locale":
			k.defaultLocale = str(r)
		case "line_items":
			if r.Null() {
				return
			}
			r.Array(session.MaxLineItems, func(int) {
				k.lineItems = append(k.lineItems, lineItem(r))
			})
		case "metadata":
			if r.Null() {
				return
			}
			r.Object(session.MaxMetadataKeys, func(key []byte) {
				name := string(key)
				if v, ok := jsonread.Any(r, valueBuilder); ok {
					md = append(md, jsonvalue.Member{Key: name, Value: v})
				}
			})
		case "payment_data":
			if r.Null() {
				return
			}
			if r.Peek() != jsonread.Object {
				r.Object(0, nil) // records the type error and skips the value
				return
			}
			if v, ok := jsonread.Any(r, valueBuilder); ok {
				k.paymentData = v
			}
		default:
			unknown(r, key)
		}
	})
	r.Finish()
	errs := r.FieldErrors()
	if r.Stopped() {
		return Session{}, nil, errs
	}
	k.paymentTypes = cloneNil(k.paymentTypes)
	k.lineItems = cloneNil(k.lineItems)
	if len(md) > 0 {
		// Sorted and copied once; the reader has already refused a key given
		// twice, so Object cannot fail.
		k.metadata, _ = jsonvalue.Object(md...)
	}
	return Session{k: k}, r.Unlisted(), errs.Err()
}

func lineItem(r *jsonread.Reader) LineItem {
	var li LineItem
	r.Object(0, func(key []byte) {
		switch string(key) {
		case "amount":
			li.Amount = integer(r)
		case "description":
			li.Description = str(r)
		case "quantity":
			li.Quantity = integer(r)
		case "image":
			li.Image = str(r)
		case "external_product_num":
			li.ExternalProductNum = str(r)
		default:
			unknown(r, key)
		}
	})
	return li
}

func unknown(r *jsonread.Reader, key []byte) {
	r.Fail(string(fielderr.CodeUnknownField), "unknown field "+limits.Quote(string(key)))
}

// str reads a string field: null is absent, "" is a CodeEmpty error.
func str(r *jsonread.Reader) string {
	if r.Null() {
		return ""
	}
	s, ok := r.String()
	if ok && s == "" {
		r.Fail(string(fielderr.CodeEmpty), "must not be empty (leave the field out instead)")
	}
	return s
}

// element reads an element of a list of strings: null, a value of another
// type and "" are errors (CodeType, CodeType, CodeEmpty), read as "".
func element(r *jsonread.Reader) string {
	if r.Null() {
		r.Fail(string(fielderr.CodeType), "expected a string, got null")
		return ""
	}
	return str(r)
}

// integer reads an integer field: null is absent.
func integer(r *jsonread.Reader) session.Opt[int64] {
	if r.Null() {
		return session.Opt[int64]{}
	}
	if v, ok := r.Int(); ok {
		return session.Some(v)
	}
	return session.Opt[int64]{}
}

// AppendJSON appends the request as compact JSON to dst, snake_case, fields
// in the order of KOMOJU's documentation (mode, return_url, amount,
// currency, email, expires_in_seconds, external_customer_id, customer_id,
// payment_types, default_locale, line_items, metadata, payment_data; a line
// item's amount, description, quantity, image, external_product_num).
// Absent fields are left out; defaults are not filled in, so Decode of the
// output gives back an equal session.
func (k Session) AppendJSON(dst []byte) []byte {
	d := k.get()
	dst = append(dst, '{')
	first := true
	key := func(name string) {
		if !first {
			dst = append(dst, ',')
		}
		first = false
		dst = append(dst, '"')
		dst = append(dst, name...)
		dst = append(dst, '"', ':')
	}
	str := func(name, v string) {
		if v != "" {
			key(name)
			dst = jsonvalue.String(v).AppendJSON(dst)
		}
	}
	num := func(name string, v session.Opt[int64]) {
		if n, ok := v.Get(); ok {
			key(name)
			dst = strconv.AppendInt(dst, n, 10)
		}
	}
	str("mode", d.mode)
	str("return_url", d.returnURL)
	num("amount", d.amount)
	str("currency", d.currency)
	str("email", d.email)
	num("expires_in_seconds", d.expiresIn)
	str("external_customer_id", d.externalCustomerID)
	str("customer_id", d.customerID)
	if len(d.paymentTypes) > 0 {
		key("payment_types")
		dst = append(dst, '[')
		for i, t := range d.paymentTypes {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = jsonvalue.String(t).AppendJSON(dst)
		}
		dst = append(dst, ']')
	}
	str("default_locale", d.defaultLocale)
	if len(d.lineItems) > 0 {
		key("line_items")
		dst = append(dst, '[')
		for i, li := range d.lineItems {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, '{')
			first = true
			num("amount", li.Amount)
			str("description", li.Description)
			num("quantity", li.Quantity)
			str("image", li.Image)
			str("external_product_num", li.ExternalProductNum)
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
		first = false
	}
	if d.metadata.Len() > 0 {
		key("metadata")
		dst = d.metadata.AppendJSON(dst)
	}
	if !d.paymentData.IsAbsent() {
		key("payment_data")
		dst = d.paymentData.AppendJSON(dst)
	}
	return append(dst, '}')
}

// MarshalJSON returns AppendJSON's encoding, for encoding/json.
func (k Session) MarshalJSON() ([]byte, error) { return k.AppendJSON(nil), nil }

// UnmarshalJSON reads a request into k with Decode's rules. Errors are
// Decode's fielderr.List; on error *k is left unchanged.
func (k *Session) UnmarshalJSON(b []byte) error {
	v, err := Decode(b)
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// String returns the request as its compact JSON (AppendJSON) with the
// personal and payment data masked: a non-empty email reads session.Masked
// ("***"), and so does every string and number inside payment_data (which
// carries card or bank details); its keys and structure stay. Amounts, the
// currency, ids, line items and metadata stay visible.
func (k Session) String() string {
	d := *k.get()
	if d.email != "" {
		d.email = session.Masked
	}
	if !d.paymentData.IsAbsent() {
		d.paymentData = maskValue(d.paymentData)
	}
	return string(Session{k: &d}.AppendJSON(nil))
}

// LogValue implements slog.LogValuer: a group with the mode, amount,
// currency, number of line items and the request JSON of String, personal
// and payment data masked.
func (k Session) LogValue() slog.Value {
	d := k.get()
	attrs := make([]slog.Attr, 0, 5)
	if d.mode != "" {
		attrs = append(attrs, slog.String("mode", d.mode))
	}
	if a, ok := d.amount.Get(); ok {
		attrs = append(attrs, slog.Int64("amount", a))
	}
	if d.currency != "" {
		attrs = append(attrs, slog.String("currency", d.currency))
	}
	attrs = append(attrs, slog.Int("lineItems", len(d.lineItems)),
		slog.Any("request", json.RawMessage(k.String())))
	return slog.GroupValue(attrs...)
}
