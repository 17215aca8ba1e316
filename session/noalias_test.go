package session

import (
	"fmt"
	"strings"
	"testing"
)

// aliasResponse is a response carrying every kind of string a session
// keeps: customer and addresses, line items with product data, fees,
// shipping, nested metadata values, payment method options, the token
// fields and warnings (and a key with an escape, read through a private
// copy).
const aliasResponse = `{"clientToken":"tok-123","clientTokenExpirationDate":"2030-01-01T00:00:00Z",` +
	`"warnings":[{"type":"T","code":"C","detail":{"k":["v",1,true,null]}}],` +
	`"customerId":"cust-42","orderId":"ORD-1","currencyCode":"GBP","amount":2099,` +
	`"metadata":{"campaign":"spring","nest\u0065d":{"a":["x",{"b":"y"}],"n":1.5}},` +
	`"customer":{"emailAddress":"ada@example.com","mobileNumber":"+447700900123","firstName":"Ada","lastName":"Lovelace","taxId":"T1","nationalDocumentId":"N1",` +
	`"billingAddress":{"firstName":"Ada","lastName":"Lovelace","addressLine1":"1 Main St","addressLine2":"Flat 4","city":"London","state":"LDN","countryCode":"GB","postalCode":"EC1A 1BB"},` +
	`"shippingAddress":{"firstName":"Ada","lastName":"Lovelace","addressLine1":"1 Main St","city":"London","countryCode":"GB","postalCode":"EC1A 1BB"}},` +
	`"order":{"lineItems":[{"itemId":"sku-1","name":"Item \"1\"","description":"A thing","amount":1999,"quantity":1,"discountAmount":100,"taxAmount":0,"taxCode":"txcd_1","productType":"PHYSICAL",` +
	`"productData":{"sku":"SKU-1","brand":"Acme","color":"red","globalTradeItemNumber":"0123","manufacturerPartNumber":"MPN","weight":0.5,"weightUnit":"kg","pageUrl":"https://example.com/p"}}],` +
	`"countryCode":"GB","retailerCountryCode":"GB","fees":[{"type":"HANDLING","amount":100,"description":"Handling"}],` +
	`"shipping":{"amount":100,"methodId":"std","methodName":"Standard","methodDescription":"3-5 days"}},` +
	`"paymentMethod":{"vaultOnSuccess":true,"descriptor":"ACME STORE","paymentType":"FIRST_PAYMENT","orderedAllowedCardNetworks":["VISA","MASTERCARD"],` +
	aliasOptions +
	`"authorizationType":"FINAL","firstPaymentReason":"Unscheduled"}}`

// aliasOptions are the payment method options of aliasResponse (which a
// PATCH cannot change).
const aliasOptions = `"options":{"PAYPAL":{"surcharge":{"amount":50},"extraMerchantData":{"m":"x"}},"PAYMENT_CARD":{"networks":{"VISA":{"surcharge":{"amount":10}}}}},`

// aliasPatch is aliasRequest without the payment method options.
var aliasPatch = strings.Replace(aliasRequest, aliasOptions, "", 1)

// aliasRequest is aliasResponse without the response's own fields.
var aliasRequest = strings.Replace(aliasResponse,
	`{"clientToken":"tok-123","clientTokenExpirationDate":"2030-01-01T00:00:00Z",`+
		`"warnings":[{"type":"T","code":"C","detail":{"k":["v",1,true,null]}}],`, "{", 1)

// aliasBad adds problems whose paths and messages echo keys and values to
// doc: unknown fields (one key with an escape), wrong types, an empty
// string and a bad number.
func aliasBad(doc string) string {
	doc = strings.Replace(doc, `"customerId":"cust-42",`,
		`"customerId":"","unknownTopKey":{"x":1},"unkn\u006fwnEsc":"v",`, 1)
	return strings.Replace(doc, `"lineItems":[`,
		`"lineItems":[{"itemId":7,"amount":"12","quantity":1.5,"zzzLineKey":"v"},`, 1)
}

// overwrite overwrites every byte of b.
func overwrite(b []byte) {
	for i := range b {
		b[i] = '#'
	}
}

// errText renders an error's every field (%#v shows each fielderr.Error's
// path, code and message).
func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%s\n%#v", err.Error(), err)
}

// TestDecodersDoNotAliasInput: every decoder, on a valid document and on
// one with problems, returns a value and an error that do not change when
// every byte of the input is overwritten afterwards: nothing decoded, and no
// error's path or message, is a view of the caller's bytes.
func TestDecodersDoNotAliasInput(t *testing.T) {
	// Each decoder returns a function rendering the value it decoded, so
	// that the value can be rendered again after the input is overwritten.
	renderS := func(s Session) func() string {
		return func() string { return string(s.AppendRequestJSON(nil)) + "\n" + s.String() }
	}
	renderR := func(r Response) func() string {
		return func() string { return string(r.AppendJSON(nil)) + "\n" + r.Session.String() }
	}
	renderP := func(p Patch) func() string {
		return func() string { return string(p.AppendJSON(nil)) + "\n" + p.String() }
	}
	decoders := map[string]struct {
		decode func([]byte) (func() string, error)
		doc    string
	}{
		"DecodeRequest": {func(b []byte) (func() string, error) { s, err := DecodeRequest(b); return renderS(s), err }, aliasRequest},
		"DecodeRequestBestEffort": {func(b []byte) (func() string, error) {
			s, err := DecodeRequestBestEffort(b)
			return renderS(s), err
		}, aliasRequest},
		"DecodeResponse": {func(b []byte) (func() string, error) { r, err := DecodeResponse(b); return renderR(r), err }, aliasResponse},
		"DecodeResponseBestEffort": {func(b []byte) (func() string, error) {
			r, err := DecodeResponseBestEffort(b)
			return renderR(r), err
		}, aliasResponse},
		"DecodeRequestOrResponse": {func(b []byte) (func() string, error) {
			r, err := DecodeRequestOrResponse(b)
			return renderR(r), err
		}, aliasResponse},
		"DecodePatch": {func(b []byte) (func() string, error) { p, err := DecodePatch(b); return renderP(p), err }, aliasPatch},
		"DecodePatchBestEffort": {func(b []byte) (func() string, error) {
			p, err := DecodePatchBestEffort(b)
			return renderP(p), err
		}, aliasPatch},
	}
	for name, d := range decoders {
		for _, tc := range []struct {
			kind string
			doc  string
		}{
			{"valid", d.doc},
			{"invalid", aliasBad(d.doc)},
			{"syntax", d.doc[:len(d.doc)/2] + `"trunc\u00`},
		} {
			in := []byte(tc.doc)
			render, err := d.decode(in)
			got, before := render(), errText(err)
			switch {
			case tc.kind == "valid" && err != nil:
				t.Fatalf("%s %s: %v", name, tc.kind, err)
			case tc.kind == "invalid" && (err == nil || !strings.Contains(before, "unknownTopKey") || !strings.Contains(before, "zzzLineKey") || !strings.Contains(before, "unknownEsc")):
				t.Fatalf("%s %s: the errors do not name the bad keys: %s", name, tc.kind, before)
			case tc.kind == "syntax" && err == nil:
				t.Fatalf("%s %s: no error", name, tc.kind)
			}
			if (tc.kind == "valid" || strings.HasSuffix(name, "BestEffort") && tc.kind == "invalid") &&
				(!strings.Contains(got, "ORD-1") || !strings.Contains(got, "SKU-1") || !strings.Contains(got, "nested")) {
				t.Fatalf("%s %s: decoded %s", name, tc.kind, got)
			}
			overwrite(in)
			if after := render(); after != got {
				t.Errorf("%s %s: the value changed with the input:\n%s\nwas\n%s", name, tc.kind, after, got)
			}
			if after := errText(err); after != before {
				t.Errorf("%s %s: the error changed with the input:\n%s\nwas\n%s", name, tc.kind, after, before)
			}
		}
	}
}
