package sessiontest

import (
	"bytes"
	"encoding/json"
	"maps"
	"math/rand"
	"reflect"
	"slices"

	"github.com/leanovate/gopter"
	"github.com/paysession/paysession/session"
)

// patchKeys are the fields a generated PATCH body may touch: top-level, and
// inside customer and order (which a PATCH merges key by key).
var (
	patchTop      = []string{"orderId", "currencyCode", "amount", "customerId", "customer", "order", "metadata", "paymentMethod"}
	patchCustomer = []string{"emailAddress", "mobileNumber", "firstName", "lastName", "billingAddress", "shippingAddress"}
	patchOrder    = []string{"lineItems", "fees", "shipping", "countryCode"}
)

// randPatch draws a PATCH body: a few fields of another generated session,
// some of them null (cleared).
func randPatch(r *rand.Rand, cfg *config) []byte {
	p := randParams(r, primerOnly(cfg))
	if !chance(r, 1, 3) {
		p.Amount = session.Some(randAmount(r, exponent(mustCurrency(p))))
	}
	p.PaymentMethod.Options = nil // a PATCH may not carry options
	if p.Customer.IsZero() {
		p.Customer.EmailAddress = "grace@example.com"
	}
	if p.Order.Shipping.IsZero() {
		p.Order.Shipping.Amount = session.Some(int64(0))
	}
	if p.PaymentMethod.IsZero() {
		p.PaymentMethod.PaymentType = "ECOMMERCE"
	}
	from := decodeTree(mustNew(p).AppendRequestJSON(nil))
	body := tree{}
	choose := func(dst, src tree, keys []string) {
		for _, k := range keys {
			if !chance(r, 1, 3) {
				continue
			}
			if v, ok := src[k]; ok && !chance(r, 1, 5) {
				dst[k] = v
			} else if k != "customer" && k != "order" {
				dst[k] = nil
			}
		}
	}
	choose(body, from, patchTop)
	if _, ok := body["customer"].(tree); ok && chance(r, 1, 2) {
		body["customer"] = tree{}
		choose(body["customer"].(tree), from["customer"].(tree), patchCustomer)
	}
	if _, ok := body["order"].(tree); ok && chance(r, 1, 2) {
		body["order"] = tree{}
		choose(body["order"].(tree), from["order"].(tree), patchOrder)
	}
	return encodeTree(body)
}

func decodeTree(data []byte) tree {
	var t tree
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&t); err != nil {
		panic("sessiontest: " + err.Error())
	}
	return t
}

func encodeTree(t tree) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(t); err != nil {
		panic("sessiontest: " + err.Error())
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// PatchJSON returns a generator of valid PATCH request bodies
// (PATCH /client-session), accepted by session.DecodePatch: each sets a few
// fields (orderId, currencyCode, amount, customerId, customer or some of its
// fields, order or some of its line items, fees, shipping and country,
// metadata, paymentMethod without options) to values of another session
// Session would generate, or clears them with null. The fields set are
// valid, so applying a body to a valid session gives a valid session. The
// values shrink by leaving fields out, down to {}.
func PatchJSON(opts ...Option) gopter.Gen {
	cfg := mustConfig(opts)
	return func(p *gopter.GenParameters) *gopter.GenResult {
		res := gopter.NewGenResult(randPatch(p.Rng, &cfg), shrinkPatch)
		res.ResultType = reflect.TypeFor[[]byte]()
		return res
	}
}

func shrinkPatch(v any) gopter.Shrink {
	return lazy(func() []any {
		body := decodeTree(v.([]byte))
		var out []any
		for _, k := range slices.Sorted(maps.Keys(body)) {
			t := decodeTree(v.([]byte))
			delete(t, k)
			out = append(out, encodeTree(t))
		}
		for _, k := range []string{"customer", "order"} {
			m, ok := body[k].(tree)
			if !ok {
				continue
			}
			for _, kk := range slices.Sorted(maps.Keys(m)) {
				t := decodeTree(v.([]byte))
				delete(t[k].(tree), kk)
				out = append(out, encodeTree(t))
			}
		}
		return out
	})
}
