package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/errtest"
)

// maximal is a create request with every field of Primer's schema set, written
// by hand in the encoders' field order (object members of the free-form and
// Apple Pay values in key order), so that it is the encoders' exact output for
// what it decodes to: the independent oracle of the round trip.
var maximal = strings.Join([]string{
	`{"customerId":"cust-1","orderId":"ord-1","currencyCode":"EUR","amount":1234,`,
	`"metadata":{"a":[1,"x",null,true],"b":{"c":1.50}},`,
	`"customer":{"emailAddress":"ada@example.com","mobileNumber":"+3312345678","firstName":"Ada","lastName":"Lovelace",`,
	`"billingAddress":{"firstName":"Ada","lastName":"L","addressLine1":"1 Rue","addressLine2":"Apt 2","city":"Paris","state":"IDF","countryCode":"FR","postalCode":"75001"},`,
	`"shippingAddress":{"firstName":"Bo","lastName":"M","addressLine1":"2 Road","addressLine2":"Flat 3","city":"Lyon","state":"ARA","countryCode":"FR","postalCode":"69001"},`,
	`"taxId":"FR123","nationalDocumentId":"ID-9"},`,
	`"order":{"lineItems":[`,
	`{"itemId":"i1","name":"Shoe","description":"Blue","amount":500,"quantity":2,"discountAmount":10,"taxAmount":20,"taxCode":"TX","productType":"PHYSICAL",`,
	`"productData":{"sku":"S1","brand":"B","color":"blue","globalTradeItemNumber":"0123","manufacturerPartNumber":"MPN","weight":0.5,"weightUnit":"kg","pageUrl":"https://example.com/p"}},`,
	`{"itemId":"i2","amount":7}],`,
	`"countryCode":"FR","retailerCountryCode":"DE",`,
	`"fees":[{"type":"HANDLING","amount":30,"description":"h"},{"type":"SURCHARGE","amount":5}],`,
	`"shipping":{"amount":50,"methodId":"std","methodName":"Standard","methodDescription":"3 days"}},`,
	`"paymentMethod":{"vaultOnSuccess":true,"vaultOn3DS":false,"vaultOnAgreement":true,"descriptor":"Shop","paymentType":"FIRST_PAYMENT",`,
	`"orderedAllowedCardNetworks":["VISA","MASTERCARD"],"options":{`,
	`"APPLE_PAY":{"surcharge":{"amount":4},"merchantName":"Shop",`,
	`"recurringPaymentRequest":{"billingAgreement":"ba","managementUrl":"https://example.com/m","paymentDescription":"pd",`,
	`"regularBilling":{"amount":999,"label":"Monthly","recurringEndDate":"2027-01-01","recurringIntervalCount":1,"recurringIntervalUnit":"month","recurringStartDate":"2026-01-01"},`,
	`"trialBilling":{"amount":0,"label":"Trial"}},`,
	`"deferredPaymentRequest":{"billingAgreement":"ba","deferredBilling":{"amount":4999,"deferredPaymentDate":"2026-07-03","label":"Later"},"freeCancellationDate":"2026-07-02","freeCancellationTimeZone":"UTC","managementUrl":"https://example.com/o","paymentDescription":"d"},`,
	`"automaticReloadRequest":{"automaticReloadBilling":{"amount":2500,"automaticReloadThresholdAmount":500,"label":"Reload"},"billingAgreement":"ba","managementUrl":"https://example.com/a","paymentDescription":"r"}},`,
	`"KLARNA":{"surcharge":{"amount":0},"merchantName":"K","extraMerchantData":{"k":["v",2]}},`,
	`"PAYMENT_CARD":{"networks":{"AMEX":{},"VISA":{"surcharge":{"amount":9}}},"captureVaultedCardCvv":true}},`,
	`"authorizationType":"FINAL","firstPaymentReason":"CardOnFile"}}`,
}, "")

// TestMaximalRoundTrip: every field decodes, and encoding writes the
// document back byte for byte; the GET and create response shapes and a
// PATCH body carry the same fields.
func TestMaximalRoundTrip(t *testing.T) {
	d, _, err := DecodeRequest([]byte(maximal))
	if err != nil {
		t.Fatal(err)
	}
	if got := string(AppendRequest(nil, d)); got != maximal {
		t.Fatalf("AppendRequest:\n got %s\nwant %s", got, maximal)
	}
	if c, ok := d.Calculated(); !ok || c != 2*500-10+20+7+30+5+50 {
		t.Errorf("calculated = %d, %v", c, ok)
	}
	resp := AppendCreateResponse(nil, d, "tok", "2026-12-01T00:00:00.000000", d.Metadata[0].Value)
	r, err := DecodeResponse(resp)
	if err != nil || r.ClientToken != "tok" || r.ClientTokenExpirationDate != "2026-12-01T00:00:00.000000" || !Equal(r.Data, d) {
		t.Fatalf("create response: %v %+v", err, r)
	}
	if r, err := DecodeResponse(AppendResponse(nil, d)); err != nil || !Equal(r.Data, d) {
		t.Fatalf("GET response: %v", err)
	}
	patchBody := strings.Replace(maximal, `"options":{`, `"x":{`, 1) // a PATCH cannot change options
	patchBody = strings.Replace(patchBody, `,"x":{`+maximal[strings.Index(maximal, `"options":{`)+len(`"options":{`):strings.Index(maximal, `,"authorizationType"`)], ``, 1)
	pd, err := DecodePatch([]byte(patchBody))
	if err != nil {
		t.Fatalf("patch: %v\n%s", err, patchBody)
	}
	if got := string(AppendPatch(nil, pd)); got != patchBody {
		t.Fatalf("AppendPatch:\n got %s\nwant %s", got, patchBody)
	}
	applied := Apply(&Empty, pd)
	withoutOptions := *d
	withoutOptions.PM.Options = nil
	if !Equal(applied, &withoutOptions) {
		t.Errorf("Apply of the whole patch to the empty session:\n got %s\nwant %s", AppendRequest(nil, applied), AppendRequest(nil, &withoutOptions))
	}
}

// node is one place of a JSON document: its path as the decoders write it
// and its value as encoding/json reads it.
type node struct {
	path string
	v    any
}

// places lists every value of doc, depth first, with the decoders' paths,
// except inside the free-form values (metadata, extraMerchantData), whose
// contents the schema does not constrain.
func places(path string, v any, out *[]node) {
	*out = append(*out, node{path, v})
	if path == "$.metadata" || strings.HasSuffix(path, ".extraMerchantData") {
		return
	}
	switch v := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			places(path+"."+k, v[k], out)
		}
	case []any:
		for i, e := range v {
			places(path+"["+strconv.Itoa(i)+"]", e, out)
		}
	}
}

// replaced returns doc with the value at path replaced by with.
func replaced(t *testing.T, doc any, path string, with any) []byte {
	t.Helper()
	var root any
	b, _ := json.Marshal(doc)
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&root); err != nil {
		t.Fatal(err)
	}
	var walk func(p string, v any) any
	walk = func(p string, v any) any {
		if p == path {
			return with
		}
		switch v := v.(type) {
		case map[string]any:
			for k, e := range v {
				v[k] = walk(p+"."+k, e)
			}
		case []any:
			for i, e := range v {
				v[i] = walk(p+"["+strconv.Itoa(i)+"]", e)
			}
		}
		return v
	}
	out, err := json.Marshal(walk("$", root))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func parse(t *testing.T, s string) any {
	t.Helper()
	var v any
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// hasProblem reports whether err lists a problem with that path and code.
func hasProblem(err error, path string, code fielderr.Code) bool {
	var l fielderr.List
	if !errors.As(err, &l) {
		return false
	}
	for _, e := range l {
		if e.Path == path && e.Code == code {
			return true
		}
	}
	return false
}

// decoders are the three decoders, each on a document of its own shape.
var decoders = []struct {
	name   string
	decode func([]byte) error
}{
	{"request", func(b []byte) error { _, _, err := DecodeRequest(b); return err }},
	{"response", func(b []byte) error { _, err := DecodeResponse(b); return err }},
	{"patch", func(b []byte) error { _, err := DecodePatch(b); return err }},
}

// TestEveryFieldChecksItsType: at every place of the schema, a value of the
// wrong JSON type is a CodeType problem at exactly that path, whichever
// decoder reads it; and an unknown member of every object of the schema is
// a CodeUnknownField problem at its own path. Each problem comes in a
// well-formed list.
func TestEveryFieldChecksItsType(t *testing.T) {
	doc := parse(t, maximal)
	var all []node
	places("$", doc, &all)
	for _, dc := range decoders {
		for _, n := range all {
			if n.path == "$" || dc.name == "patch" && strings.HasPrefix(n.path, "$.paymentMethod.options") {
				continue
			}
			var wrong any = "x"
			switch v := n.v.(type) {
			case string:
				wrong = 1
			case map[string]any:
				wrong = 1
				if isOpenMap(n.path) {
					wrong = []any{}
				}
				// An unknown member, except in the maps whose keys are open
				// (options' method types, networks).
				if !isOpenMap(n.path) && n.path != "$.metadata" && !strings.HasSuffix(n.path, ".extraMerchantData") {
					in := replaced(t, doc, n.path, withMember(v, "zzUnknown", 1))
					if err := dc.decode(in); !hasProblem(err, n.path+".zzUnknown", fielderr.CodeUnknownField) || errtest.WellFormed(err) != "" {
						t.Errorf("%s: unknown member of %s: %v", dc.name, n.path, err)
					}
				}
			case []any:
				wrong = 1
			}
			in := replaced(t, doc, n.path, wrong)
			err := dc.decode(in)
			if !hasProblem(err, n.path, fielderr.CodeType) || errtest.WellFormed(err) != "" {
				t.Errorf("%s: %s = %v: got %v, want a type problem there", dc.name, n.path, wrong, err)
			}
		}
	}
}

func isOpenMap(path string) bool {
	return path == "$.paymentMethod.options" || strings.HasSuffix(path, ".networks")
}

func withMember(m map[string]any, k string, v any) map[string]any {
	c := make(map[string]any, len(m)+1)
	for key, e := range m {
		c[key] = e
	}
	c[k] = v
	return c
}

// TestEmptyStrings: an explicit "" where the schema gives a minimum length
// of 1 is CodeEmpty in a request and in a PATCH; where it lets the string be
// empty, and anywhere in a response, "" reads as absent; in a PATCH, such a
// "" clears the field as null does.
func TestEmptyStrings(t *testing.T) {
	doc := parse(t, maximal)
	var all []node
	places("$", doc, &all)
	canEmpty := map[string]bool{"addressLine2": true, "name": true, "description": true, "taxId": true,
		"nationalDocumentId": true, "descriptor": true, "methodName": true, "methodDescription": true, "methodId": true}
	for _, n := range all {
		if _, ok := n.v.(string); !ok || strings.Contains(n.path, "Request") || strings.HasPrefix(n.path, "$.paymentMethod.orderedAllowedCardNetworks") {
			continue
		}
		key := n.path[strings.LastIndexAny(n.path, ".")+1:]
		if strings.Contains(n.path, ".fees[") { // a fee's description has a minimum length
			key = "fee." + key
		}
		in := replaced(t, doc, n.path, "")
		_, _, reqErr := DecodeRequest(in)
		if got := hasProblem(reqErr, n.path, fielderr.CodeEmpty); got == canEmpty[key] {
			t.Errorf("request: %s = \"\": CodeEmpty %v, want %v (%v)", n.path, got, !canEmpty[key], reqErr)
		}
		if r, err := DecodeResponse(in); err != nil || r.Data == nil {
			t.Errorf("response: %s = \"\": %v", n.path, err)
		}
	}
	pd, err := DecodePatch([]byte(`{"customer":{"taxId":"","nationalDocumentId":""}}`))
	if err != nil || pd.Customer.V.TaxID.St != Null || pd.Customer.V.NationalDocumentID.St != Null {
		t.Errorf("patch: %+v %v", pd, err)
	}
	_, err = DecodePatch([]byte(`{"orderId":"","customer":{"firstName":""},"order":{"countryCode":""}}`))
	for _, path := range []string{"$.orderId", "$.customer.firstName", "$.order.countryCode"} {
		if !hasProblem(err, path, fielderr.CodeEmpty) {
			t.Errorf("patch: no CodeEmpty at %s: %v", path, err)
		}
	}
}
