package session

import (
	"slices"
	"strconv"
	"strings"

	"github.com/paysession/paysession/internal/jsonread"
)

// DecodeKomoju decodes a KOMOJU session request (the JSON body of
// POST /api/v1/sessions, snake_case) strictly:
//
//   - the document is one JSON object; every field has the JSON type KOMOJU
//     documents (amounts, quantity and expires_in_seconds are JSON integers:
//     7.5, "700" and 1e3 are CodeType errors);
//   - a field the request does not define, at any depth outside metadata and
//     payment_data, is a CodeUnknownField error at its path;
//   - a field set to null is read as absent; an empty string is a CodeEmpty
//     error (the model cannot tell "" from absent, so it is not dropped
//     silently);
//   - metadata values and payment_data are kept as any JSON value (whether
//     KOMOJU accepts them is the validation package's question);
//     payment_data must be an object;
//   - the bounds of the Primer decoders hold, the very same ones
//     (CodeTooLarge): MaxInputBytes, MaxDepth, MaxLineItems for line_items,
//     MaxMetadataKeys for metadata, MaxArrayLen and MaxObjectMembers for
//     every other array and object, MaxFreeFormValues for the values of
//     metadata and payment_data together; at most MaxErrors problems are
//     listed, then one CodeTooManyErrors. They are checked as the input is
//     read, so decoding takes time linear in the input.
//
// It returns every problem at once as an ErrorList, in document order, and
// then the zero KomojuSession (DecodeKomojuBestEffort keeps what decoded, for
// validators). After a syntax error or an exceeded bound the list has that
// one error.
func DecodeKomoju(data []byte) (KomojuSession, error) {
	return strict(DecodeKomojuBestEffort(data))
}

// DecodeKomojuBestEffort decodes a KOMOJU session request as DecodeKomoju
// does, but returns the best-effort session (the fields that decoded
// cleanly) along with field-level problems, for validators that list every
// problem. A request that comes with an error must never be sent.
func DecodeKomojuBestEffort(data []byte) (KomojuSession, error) {
	r := jsonread.New(data, jsonread.Standard())
	k := &komojuData{}
	r.Object(0, func(key []byte) {
		switch string(key) {
		case "mode":
			k.mode = komojuString(r)
		case "return_url":
			k.returnURL = komojuString(r)
		case "amount":
			k.amount = komojuInt(r)
		case "currency":
			k.currency = komojuString(r)
		case "email":
			k.email = komojuString(r)
		case "expires_in_seconds":
			k.expiresIn = komojuInt(r)
		case "external_customer_id":
			k.externalCustomerID = komojuString(r)
		case "customer_id":
			k.customerID = komojuString(r)
		case "payment_types":
			if r.Null() {
				return
			}
			r.Array(0, func(int) {
				if s := komojuString(r); s != "" {
					k.paymentTypes = append(k.paymentTypes, s)
				}
			})
		case "default_locale":
			k.defaultLocale = komojuString(r)
		case "line_items":
			if r.Null() {
				return
			}
			r.Array(MaxLineItems, func(int) {
				k.lineItems = append(k.lineItems, komojuLineItem(r))
			})
		case "metadata":
			if r.Null() {
				return
			}
			r.Object(MaxMetadataKeys, func(key []byte) {
				name := string(key)
				if v, ok := jsonread.Any(r, valueBuilder{}); ok {
					k.metadata = append(k.metadata, Member{Key: name, Value: v})
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
			if v, ok := jsonread.Any(r, valueBuilder{}); ok {
				k.paymentData = v
			}
		default:
			komojuUnknown(r, key)
		}
	})
	r.Finish()
	errs := r.Errors()
	if r.Stopped() {
		return KomojuSession{}, readerErrors(errs)
	}
	k.paymentTypes = cloneNil(k.paymentTypes)
	k.lineItems = cloneNil(k.lineItems)
	slices.SortFunc(k.metadata, func(a, b Member) int { return strings.Compare(a.Key, b.Key) })
	k.metadata = cloneNil(k.metadata)
	return KomojuSession{k: k}, readerErrors(errs).Err()
}

func komojuLineItem(r *jsonread.Reader) KomojuLineItem {
	var li KomojuLineItem
	r.Object(0, func(key []byte) {
		switch string(key) {
		case "amount":
			li.Amount = komojuInt(r)
		case "description":
			li.Description = komojuString(r)
		case "quantity":
			li.Quantity = komojuInt(r)
		case "image":
			li.Image = komojuString(r)
		case "external_product_num":
			li.ExternalProductNum = komojuString(r)
		default:
			komojuUnknown(r, key)
		}
	})
	return li
}

func komojuUnknown(r *jsonread.Reader, key []byte) {
	r.Fail(string(CodeUnknownField), "unknown field "+quote(string(key)))
}

// komojuString reads a string field: null is absent, "" is a CodeEmpty error.
func komojuString(r *jsonread.Reader) string {
	if r.Null() {
		return ""
	}
	s, ok := r.String()
	if ok && s == "" {
		r.Fail(string(CodeEmpty), "must not be empty (leave the field out instead)")
	}
	return s
}

// komojuInt reads an integer field: null is absent.
func komojuInt(r *jsonread.Reader) Opt[int64] {
	if r.Null() {
		return Opt[int64]{}
	}
	if v, ok := r.Int(); ok {
		return Some(v)
	}
	return Opt[int64]{}
}

// AppendJSON appends the request as compact JSON to dst, snake_case, fields in
// the order of KOMOJU's documentation (mode, return_url, amount, currency,
// email, expires_in_seconds, external_customer_id, customer_id,
// payment_types, default_locale, line_items, metadata, payment_data; a line
// item's amount, description, quantity, image, external_product_num).
// Absent fields are left out; defaults are not filled in, so DecodeKomoju of
// the output gives back an equal session.
func (k KomojuSession) AppendJSON(dst []byte) []byte {
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
			dst = appendString(dst, v)
		}
	}
	num := func(name string, v Opt[int64]) {
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
		dst = appendStrings(dst, d.paymentTypes)
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
	if len(d.metadata) > 0 {
		key("metadata")
		dst = Value{kind: KindObject, obj: d.metadata}.AppendJSON(dst)
	}
	if !d.paymentData.IsAbsent() {
		key("payment_data")
		dst = d.paymentData.AppendJSON(dst)
	}
	return append(dst, '}')
}

// MarshalJSON returns AppendJSON's encoding, for encoding/json.
func (k KomojuSession) MarshalJSON() ([]byte, error) { return k.AppendJSON(nil), nil }
