package sessiontest

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"reflect"
	"strconv"
	"strings"

	"github.com/leanovate/gopter"
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/validation"
)

// InvalidCase is a create request (POST /client-session) that a provider
// must refuse, with the one error it must produce: validation.PrimerJSON of
// JSON reports exactly one problem, at Path with Code. It is a valid session
// with one thing broken.
type InvalidCase struct {
	// JSON is the request body.
	JSON []byte
	// Path is the JSONPath of the error ("$.order.lineItems[0].quantity").
	Path string
	// Code is the error's code (pricing.CodeQuantity).
	Code fielderr.Code

	base   session.Params // the valid session broken
	broken int            // 1 + the index in mutations; 0: not broken
	at     int            // the line item or fee broken
}

// String returns "path: code in json".
func (c InvalidCase) String() string {
	if c.broken == 0 {
		return "valid: " + string(c.JSON)
	}
	return c.Path + ": " + string(c.Code) + " in " + string(c.JSON)
}

// tree is a request as generic JSON, numbers kept as json.Number.
type tree = map[string]any

// need says what a mutation breaks, so the base session must have it.
type need int

const (
	needNothing need = iota
	needLine
	needFee
)

type mutation struct {
	need need
	// apply breaks t (the base session as JSON) at line or fee i and returns
	// the path and code of the error.
	apply func(t tree, i int) (path string, code fielderr.Code)
}

func sub(t tree, key string) tree {
	m, ok := t[key].(tree)
	if !ok {
		m = tree{}
		t[key] = m
	}
	return m
}

func line(t tree, i int) (tree, string) {
	return sub(t, "order")["lineItems"].([]any)[i].(tree), "$.order.lineItems[" + strconv.Itoa(i) + "]"
}

func fee(t tree, i int) (tree, string) {
	return sub(t, "order")["fees"].([]any)[i].(tree), "$.order.fees[" + strconv.Itoa(i) + "]"
}

func num(v int64) json.Number { return json.Number(strconv.FormatInt(v, 10)) }

// mutations are the ways an invalid case breaks a valid session, each with
// the one error it causes.
var mutations = []mutation{
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		t["currencyCode"] = strings.ToLower(t["currencyCode"].(string))
		return "$.currencyCode", validation.CodeCurrency
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		t["currencyCode"] = "HRK" // withdrawn in 2023
		return "$.currencyCode", validation.CodeCurrency
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		t["currencyCode"] = "XAU" // no minor unit
		return "$.currencyCode", validation.CodeCurrency
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		t["amount"] = num(-1)
		return "$.amount", validation.CodeNegative
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		t["amout"] = num(100)
		return "$.amout", fielderr.CodeUnknownField
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		sub(t, "order")["countryCode"] = "UK"
		return "$.order.countryCode", validation.CodeCountry
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		sub(t, "order")["shipping"] = tree{"amount": num(-50)}
		return "$.order.shipping.amount", validation.CodeNegative
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		sub(t, "customer")["emailAddress"] = "ada@"
		return "$.customer.emailAddress", validation.CodeEmail
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		t["metadata"] = tree{"rate": json.Number("1.5")}
		return "$.metadata.rate", validation.CodeMetadataValue
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		pm := sub(t, "paymentMethod")
		pm["paymentType"] = "WEEKLY"
		return "$.paymentMethod.paymentType", validation.CodeEnum
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		pm := sub(t, "paymentMethod")
		pm["orderedAllowedCardNetworks"] = []any{"VISA", "VISA"}
		return "$.paymentMethod.orderedAllowedCardNetworks[1]", validation.CodeDuplicate
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		sub(t, "order")["retailerCountryCode"] = "XK"
		return "$.order.retailerCountryCode", validation.CodeCountry
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		sub(sub(t, "customer"), "shippingAddress")["countryCode"] = "EU"
		return "$.customer.shippingAddress.countryCode", validation.CodeCountry
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		t["orderId"] = strings.Repeat("注", 256)
		return "$.orderId", validation.CodeLength
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		sub(t, "paymentMethod")["authorizationType"] = "PREAUTH"
		return "$.paymentMethod.authorizationType", validation.CodeEnum
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		sub(t, "paymentMethod")["orderedAllowedCardNetworks"] = []any{"VISA", "DINERS"}
		return "$.paymentMethod.orderedAllowedCardNetworks[1]", validation.CodeEnum
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		t["metadata"] = tree{"": "x"}
		return "$.metadata['']", validation.CodeMetadataKey
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		t["metadata"] = tree{"gift": true}
		return "$.metadata.gift", validation.CodeMetadataValue
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		card := sub(sub(sub(t, "paymentMethod"), "options"), "PAYMENT_CARD")
		card["networks"] = tree{"MASTERCARD": tree{"surcharge": tree{"amount": num(-5)}}}
		return "$.paymentMethod.options.PAYMENT_CARD.networks.MASTERCARD.surcharge.amount", validation.CodeNegative
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		sub(sub(t, "paymentMethod"), "options")["PAYPAL"] = tree{"surcharge": tree{"amount": num(-1)}}
		return "$.paymentMethod.options.PAYPAL.surcharge.amount", validation.CodeNegative
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		card := sub(sub(sub(t, "paymentMethod"), "options"), "PAYMENT_CARD")
		sub(card, "networks")["visa"] = tree{"surcharge": tree{"amount": num(10)}}
		return "$.paymentMethod.options.PAYMENT_CARD.networks.visa", validation.CodeUnknownNetwork
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		sub(sub(sub(t, "paymentMethod"), "options"), "PAYMENT_CARD")["surcharge"] = tree{"amount": num(10)}
		return "$.paymentMethod.options.PAYMENT_CARD.surcharge", fielderr.CodeUnknownField
	}},
	{needNothing, func(t tree, _ int) (string, fielderr.Code) {
		sub(sub(sub(t, "paymentMethod"), "options"), "APPLE_PAY")["extraMerchantData"] = tree{"x": "y"}
		return "$.paymentMethod.options.APPLE_PAY.extraMerchantData", fielderr.CodeUnknownField
	}},
	{needLine, func(t tree, i int) (string, fielderr.Code) {
		li, p := line(t, i)
		li["taxAmount"] = num(-1)
		return p + ".taxAmount", validation.CodeNegative
	}},
	{needLine, func(t tree, i int) (string, fielderr.Code) {
		li, p := line(t, i)
		li["discountAmount"] = num(-1)
		return p + ".discountAmount", validation.CodeNegative
	}},
	{needLine, func(t tree, i int) (string, fielderr.Code) {
		li, p := line(t, i)
		li["name"] = strings.Repeat("😀", 256)
		return p + ".name", validation.CodeLength
	}},
	{needLine, func(t tree, i int) (string, fielderr.Code) {
		li, p := line(t, i)
		delete(li, "discountAmount") // the amount is read as absent
		li["amount"] = json.Number("7.5")
		return p + ".amount", fielderr.CodeType
	}},
	{needLine, func(t tree, i int) (string, fielderr.Code) {
		li, p := line(t, i)
		delete(li, "discountAmount")
		li["amount"] = li["amount"].(json.Number).String()
		return p + ".amount", fielderr.CodeType
	}},
	{needLine, func(t tree, i int) (string, fielderr.Code) {
		li, p := line(t, i)
		delete(li, "discountAmount")
		li["amount"] = num(-1)
		return p + ".amount", validation.CodeNegative
	}},
	{needLine, func(t tree, i int) (string, fielderr.Code) {
		li, p := line(t, i)
		delete(li, "amount")
		delete(li, "discountAmount")
		return p + ".amount", validation.CodeRequired
	}},
	{needLine, func(t tree, i int) (string, fielderr.Code) {
		li, p := line(t, i)
		delete(li, "discountAmount")
		li["quantity"] = num(0)
		return p + ".quantity", pricing.CodeQuantity
	}},
	{needLine, func(t tree, i int) (string, fielderr.Code) {
		li, p := line(t, i)
		a, _ := li["amount"].(json.Number).Int64()
		q := int64(1)
		if v, ok := li["quantity"].(json.Number); ok {
			q, _ = v.Int64()
		}
		li["discountAmount"] = num(a*q + 1)
		return p + ".discountAmount", pricing.CodeDiscountExceedsSubtotal
	}},
	{needLine, func(t tree, i int) (string, fielderr.Code) {
		li, p := line(t, i)
		li["discountedAmount"] = li["discountAmount"]
		if li["discountedAmount"] == nil {
			li["discountedAmount"] = num(0)
		}
		return p + ".discountedAmount", fielderr.CodeUnknownField
	}},
	{needLine, func(t tree, i int) (string, fielderr.Code) {
		li, p := line(t, i)
		delete(li, "discountAmount")
		li["amount"] = num(1 << 62)
		li["quantity"] = num(4)
		return p, fielderr.CodeOverflow
	}},
	{needLine, func(t tree, i int) (string, fielderr.Code) {
		li, p := line(t, i)
		li["productType"] = "SERVICE"
		return p + ".productType", validation.CodeEnum
	}},
	{needFee, func(t tree, i int) (string, fielderr.Code) {
		f, p := fee(t, i)
		f["amount"] = num(-1)
		return p + ".amount", validation.CodeNegative
	}},
	{needFee, func(t tree, i int) (string, fielderr.Code) {
		f, p := fee(t, i)
		delete(f, "amount")
		return p + ".amount", validation.CodeRequired
	}},
}

// applicable reports whether mutation kind can break p at index at.
func applicable(p session.Params, kind, at int) bool {
	switch mutations[kind].need {
	case needLine:
		return at < len(p.Order.LineItems)
	case needFee:
		return at < len(p.Order.Fees)
	}
	return true
}

// breakParams returns the invalid case of base broken by mutation kind at
// index at; kind < 0 leaves it valid.
func breakParams(base session.Params, kind, at int) InvalidCase {
	data := mustNew(base).AppendRequestJSON(nil)
	c := InvalidCase{JSON: data, base: base, broken: kind + 1, at: at}
	if kind < 0 {
		return c
	}
	var t tree
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&t); err != nil {
		panic("sessiontest: " + err.Error())
	}
	c.Path, c.Code = mutations[kind].apply(t, at)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(t); err != nil {
		panic("sessiontest: " + err.Error())
	}
	c.JSON = bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	return c
}

func randInvalid(r *rand.Rand, cfg *config) InvalidCase {
	cfg = primerOnly(cfg)
	kind := r.Intn(len(mutations))
	base := randParams(r, cfg)
	at := 0
	switch mutations[kind].need {
	case needLine:
		if len(base.Order.LineItems) == 0 {
			base.Order.LineItems = []session.LineItem{randLine(r, 0, exponent(mustCurrency(base)))}
			base.Amount = session.Opt[int64]{} // keep the line's amount the amount
		}
		at = r.Intn(len(base.Order.LineItems))
	case needFee:
		if len(base.Order.Fees) == 0 {
			base.Order.Fees = []session.Fee{{Type: "HANDLING", Amount: session.Some(int64(100))}}
		}
		at = r.Intn(len(base.Order.Fees))
	}
	return breakParams(base, kind, at)
}

func mustCurrency(p session.Params) currency.Code { return currency.MustParse(p.CurrencyCode) }

// Invalid returns a generator of invalid variants of the sessions Session
// generates (InvalidCase): each is a valid session with one thing broken —
// a lower-case, withdrawn or N.A. currency code; a negative, missing,
// fractional or quoted amount; a negative tax, discount, fee, shipping or
// surcharge; a quantity of 0; a discount above amount × quantity; a line
// total outside int64; a misspelt field, or an option another payment
// method type has (a method-level surcharge on PAYMENT_CARD); a string too
// long; an unknown country, e-mail syntax, enum value, card network (also as
// a key of the card options, "visa"), metadata key or value; a duplicate card
// network — paired with the path and code of the one error it
// must produce. The values shrink like Session's, keeping the break.
func Invalid(opts ...Option) gopter.Gen {
	cfg := mustConfig(opts)
	return func(p *gopter.GenParameters) *gopter.GenResult {
		res := gopter.NewGenResult(randInvalid(p.Rng, &cfg), shrinkInvalid)
		res.ResultType = reflect.TypeFor[InvalidCase]()
		return res
	}
}

func shrinkInvalid(v any) gopter.Shrink {
	c := v.(InvalidCase)
	return lazy(func() []any {
		var out []any
		kind := c.broken - 1
		if kind >= 0 && c.at > 0 {
			// Break the first line item or fee instead, so that the others can go.
			out = append(out, breakParams(c.base, kind, 0))
		}
		for _, q := range shrinkParams(c.base) {
			if kind >= 0 && !applicable(q, kind, c.at) {
				continue
			}
			if _, ok := validSession(q); ok {
				out = append(out, breakParams(q, kind, c.at))
			}
		}
		return out
	})
}
