package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/jsonvalue"
)

// canonicalJSON re-encodes a document with encoding/json (numbers kept as
// written, object keys sorted) so that two documents can be compared as
// values, whatever their key order and spacing.
func canonicalJSON(t testing.TB, b []byte) string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("not JSON: %v: %s", err, b)
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func fe(path string, code fielderr.Code) fielderr.Error {
	return fielderr.Error{Path: path, Code: code}
}

func TestDecodeRequestErrors(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []fielderr.Error
	}{
		{"fraction amount", `{"amount":7.5}`, []fielderr.Error{fe("$.amount", fielderr.CodeType)}},
		{"string amount", `{"amount":"700"}`, []fielderr.Error{fe("$.amount", fielderr.CodeType)}},
		{"exponent amount", `{"amount":1e3}`, []fielderr.Error{fe("$.amount", fielderr.CodeType)}},
		{"1.0 amount", `{"amount":1.0}`, []fielderr.Error{fe("$.amount", fielderr.CodeType)}},
		{"int64 overflow", `{"amount":9223372036854775808}`, []fielderr.Error{fe("$.amount", fielderr.CodeRange)}},
		{"line item amount", `{"order":{"lineItems":[{"amount":1},{"amount":"700"},{"amount":2.5}]}}`,
			[]fielderr.Error{fe("$.order.lineItems[1].amount", fielderr.CodeType), fe("$.order.lineItems[2].amount", fielderr.CodeType)}},
		{"misspelt discount", `{"order":{"lineItems":[{"amount":100,"discountedAmount":10}]}}`,
			[]fielderr.Error{fe("$.order.lineItems[0].discountedAmount", fielderr.CodeUnknownField)}},
		{"unknown top level", `{"orderID":"x"}`, []fielderr.Error{fe("$.orderID", fielderr.CodeUnknownField)}},
		{"unknown in price", `{"order":{"lineItems":[{},{"price":1}]}}`, []fielderr.Error{fe("$.order.lineItems[1].price", fielderr.CodeUnknownField)}},
		{"duplicate key", `{"orderId":"a","orderId":"b"}`, []fielderr.Error{fe("$.orderId", fielderr.CodeDuplicateKey)}},
		{"wrong types", `{"orderId":1,"customer":[],"order":{"lineItems":{}},"paymentMethod":{"vaultOnSuccess":"true"}}`,
			[]fielderr.Error{fe("$.orderId", fielderr.CodeType), fe("$.customer", fielderr.CodeType), fe("$.order.lineItems", fielderr.CodeType), fe("$.paymentMethod.vaultOnSuccess", fielderr.CodeType)}},
		{"empty strings", `{"orderId":"","customer":{"billingAddress":{"addressLine1":"","addressLine2":""},"taxId":""},"order":{"lineItems":[{"name":"","itemId":""}]}}`,
			[]fielderr.Error{fe("$.orderId", fielderr.CodeEmpty), fe("$.customer.billingAddress.addressLine1", fielderr.CodeEmpty), fe("$.order.lineItems[0].itemId", fielderr.CodeEmpty)}},
		{"option not an object", `{"paymentMethod":{"options":{"GOOGLE_PAY":5,"PAYPAL":{"surcharge":{"amount":1.5}}}}}`,
			[]fielderr.Error{fe("$.paymentMethod.options.GOOGLE_PAY", fielderr.CodeType), fe("$.paymentMethod.options.PAYPAL.surcharge.amount", fielderr.CodeType)}},
		{"networks only for cards", `{"paymentMethod":{"options":{"GOOGLE_PAY":{"networks":{}},"PAYMENT_CARD":{"networks":{"VISA":{"surcharge":{"amount":1},"rate":2}}}}}}`,
			[]fielderr.Error{fe("$.paymentMethod.options.GOOGLE_PAY.networks", fielderr.CodeUnknownField), fe("$.paymentMethod.options.PAYMENT_CARD.networks.VISA.rate", fielderr.CodeUnknownField)}},
		{"surcharge rate is not Primer's", `{"paymentMethod":{"options":{"PAYPAL":{"surcharge":{"amount":1,"rate":290}}}}}`,
			[]fielderr.Error{fe("$.paymentMethod.options.PAYPAL.surcharge.rate", fielderr.CodeUnknownField)}},
		{"apple pay structure", `{"paymentMethod":{"options":{"APPLE_PAY":{"recurringPaymentRequest":{"regularBilling":{"amount":9.99,"colour":"red"}},"deferredPaymentRequest":[]}}}}`,
			[]fielderr.Error{fe("$.paymentMethod.options.APPLE_PAY.recurringPaymentRequest.regularBilling.amount", fielderr.CodeType),
				fe("$.paymentMethod.options.APPLE_PAY.recurringPaymentRequest.regularBilling.colour", fielderr.CodeUnknownField),
				fe("$.paymentMethod.options.APPLE_PAY.deferredPaymentRequest", fielderr.CodeType)}},
		{"apple pay fields only for apple pay", `{"paymentMethod":{"options":{"GOOGLE_PAY":{"recurringPaymentRequest":{}}}}}`,
			[]fielderr.Error{fe("$.paymentMethod.options.GOOGLE_PAY.recurringPaymentRequest", fielderr.CodeUnknownField)}},
		{"extraMerchantData must be an object", `{"paymentMethod":{"options":{"KLARNA":{"extraMerchantData":"x"}}}}`,
			[]fielderr.Error{fe("$.paymentMethod.options.KLARNA.extraMerchantData", fielderr.CodeType)}},
		{"weight is a number", `{"order":{"lineItems":[{"productData":{"weight":"0.5"}}]}}`,
			[]fielderr.Error{fe("$.order.lineItems[0].productData.weight", fielderr.CodeType)}},
		{"line item not an object", `{"order":{"lineItems":[null,1]}}`,
			[]fielderr.Error{fe("$.order.lineItems[0]", fielderr.CodeType), fe("$.order.lineItems[1]", fielderr.CodeType)}},
		{"networks list", `{"paymentMethod":{"orderedAllowedCardNetworks":["VISA",1,""]}}`,
			[]fielderr.Error{fe("$.paymentMethod.orderedAllowedCardNetworks[1]", fielderr.CodeType), fe("$.paymentMethod.orderedAllowedCardNetworks[2]", fielderr.CodeEmpty)}},
		{"metadata duplicate", `{"metadata":{"a b":1,"a b":2}}`, []fielderr.Error{fe("$.metadata['a b']", fielderr.CodeDuplicateKey)}},
		{"metadata not an object", `{"metadata":[1]}`, []fielderr.Error{fe("$.metadata", fielderr.CodeType)}},
		{"options in a request are fine, clientToken is not", `{"clientToken":"x"}`, []fielderr.Error{fe("$.clientToken", fielderr.CodeUnknownField)}},
		{"not an object", `[1,2]`, []fielderr.Error{fe("$", fielderr.CodeType)}},
		// All problems at once, in document order.
		{"all at once", `{"amount":"1","order":{"lineItems":[{"amount":7.5,"discountedAmount":1},{"quantity":1e3}],"fees":[{"amount":-1.5}]},"currencyCode":"","bogus":null}`,
			[]fielderr.Error{fe("$.amount", fielderr.CodeType), fe("$.order.lineItems[0].amount", fielderr.CodeType), fe("$.order.lineItems[0].discountedAmount", fielderr.CodeUnknownField),
				fe("$.order.lineItems[1].quantity", fielderr.CodeType), fe("$.order.fees[0].amount", fielderr.CodeType), fe("$.currencyCode", fielderr.CodeEmpty), fe("$.bogus", fielderr.CodeUnknownField)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := DecodeRequest([]byte(c.in))
			wantErrors(t, err, c.want...)
		})
	}
}

func TestDecodeRequestSyntaxError(t *testing.T) {
	for in, off := range map[string]int{`{"amount":01}`: 11, `{"a":1} {}`: 8, `{"amount":NaN}`: 10, "{\"orderId\":\"\x01\"}": 12} {
		s, err := DecodeRequest([]byte(in))
		wantErrors(t, err, fe("$", fielderr.CodeSyntax))
		if !s.Equal(Session{}) || s.d != nil {
			t.Errorf("%q: session not zero after a syntax error", in)
		}
		if !strings.Contains(err.Error(), "byte offset "+strconv.Itoa(off)) {
			t.Errorf("%q: %v; want byte offset %d", in, err, off)
		}
	}
}

// On field-level errors the session holds every field that decoded.
func TestDecodeRequestBestEffort(t *testing.T) {
	in := []byte(`{"orderId":"o-1","amount":7.5,"order":{"lineItems":[{"amount":"x","quantity":2,"itemId":"a"},{"amount":300}]},"currencyCode":"GBP"}`)
	// The strict decoder gives the zero Session with the error: {"amount":
	// 7.5} must never yield a session without its override.
	z, err := DecodeRequest(in)
	wantErrors(t, err, fe("$.amount", fielderr.CodeType), fe("$.order.lineItems[0].amount", fielderr.CodeType))
	if !z.Equal(Session{}) || z.d != nil {
		t.Errorf("DecodeRequest with an error gave %s", z.AppendRequestJSON(nil))
	}
	s, err := DecodeRequestBestEffort(in)
	wantErrors(t, err, fe("$.amount", fielderr.CodeType), fe("$.order.lineItems[0].amount", fielderr.CodeType))
	want := mustNew(Params{OrderID: "o-1", CurrencyCode: "GBP", Order: Order{LineItems: []LineItem{
		{ItemID: "a", Quantity: Some[int64](2)}, {Amount: Some[int64](300)},
	}}})
	if !s.Equal(want) {
		t.Errorf("got %s\nwant %s", s.AppendRequestJSON(nil), want.AppendRequestJSON(nil))
	}
}

func TestDecodeRequestValues(t *testing.T) {
	in := `{"orderId":"order-abc","currencyCode":"GBP","amount":0,"customerId":null,
	"metadata":{"productId":1001,"merchantId":"a13bsd62s","big":12345678901234567890,"f":1.5,"b":true,"n":null,"o":{"z":1,"a":[]},"":"empty key"},
	"order":{"lineItems":[{"amount":-0,"quantity":null,"productData":{"weight":1.50e-1}}],"shipping":null},
	"paymentMethod":{"options":{"PAYMENT_CARD":{"networks":{"VISA":{"surcharge":{"amount":10}},"MASTERCARD":{}},"captureVaultedCardCvv":true},"KLARNA":{"extraMerchantData":{"k":[1,"2",{"x":null}]}},"GOOGLE_PAY":null}}}`
	s, err := DecodeRequest([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := s.AmountOverride(); !ok || a != 0 {
		t.Errorf("amount 0 is an override: got %d %v", a, ok)
	}
	if s.CustomerID() != "" {
		t.Errorf("null customerId should be absent")
	}
	meta := map[string]string{ // key → canonical JSON of the value
		"productId": `1001`, "merchantId": `"a13bsd62s"`, "big": `12345678901234567890`, "f": `1.5`, "b": `true`, "n": `null`,
		"o": `{"a":[],"z":1}`, "": `"empty key"`,
	}
	if s.NumMetadata() != len(meta) {
		t.Errorf("NumMetadata = %d", s.NumMetadata())
	}
	for k, want := range meta {
		v, ok := s.MetadataValue(k)
		if got := string(v.AppendJSON(nil)); !ok || got != want {
			t.Errorf("metadata %q = %s, want %s", k, got, want)
		}
	}
	if v, _ := s.MetadataValue("productId"); func() bool { i, ok := v.Int(); return !ok || i != 1001 }() {
		t.Errorf("productId not the integer 1001")
	}
	li := s.LineItem(0)
	if a, ok := li.Amount.Get(); !ok || a != 0 || li.Quantity.IsSet() || li.ProductData.Weight != "1.50e-1" {
		t.Errorf("line item = %+v", li)
	}
	if !s.Shipping().IsZero() {
		t.Errorf("null shipping should be absent")
	}
	pm := s.PaymentMethod()
	if len(pm.Options) != 2 {
		t.Errorf("options = %v (a null option is absent)", pm.Options)
	}
	card := pm.Options["PAYMENT_CARD"]
	if n, ok := card.Networks["MASTERCARD"]; !ok || n.Surcharge.IsSet() {
		t.Errorf("MASTERCARD network = %+v %v", n, ok)
	}
	if v, ok := s.NetworkSurcharge("PAYMENT_CARD", "VISA"); !ok || v != 10 {
		t.Errorf("VISA surcharge %d %v", v, ok)
	}
	if got := string(pm.Options["KLARNA"].ExtraMerchantData.AppendJSON(nil)); got != `{"k":[1,"2",{"x":null}]}` {
		t.Errorf("extraMerchantData = %s", got)
	}
}

func TestDecodeLimits(t *testing.T) {
	many := func(n int, item string) string {
		return strings.TrimSuffix(strings.Repeat(item+",", n), ",")
	}
	metaKeys := make([]string, MaxMetadataKeys+1)
	for i := range metaKeys {
		metaKeys[i] = `"k` + strconv.Itoa(i) + `":1`
	}
	cases := []struct{ name, in, path string }{
		{"line items", `{"order":{"lineItems":[` + many(MaxLineItems+1, `{}`) + `]}}`, "$.order.lineItems"},
		{"fees", `{"order":{"fees":[` + many(MaxFees+1, `{}`) + `]}}`, "$.order.fees"},
		{"metadata", `{"metadata":{` + strings.Join(metaKeys, ",") + `}}`, "$.metadata"},
		{"networks", `{"paymentMethod":{"orderedAllowedCardNetworks":[` + many(MaxArrayLen+1, `"VISA"`) + `]}}`, "$.paymentMethod.orderedAllowedCardNetworks"},
		{"depth", `{"metadata":{"a":` + strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth) + `}}`, "$.metadata.a" + strings.Repeat("[0]", MaxDepth-2)},
		{"free-form values", `{"metadata":{"a":[` + many(MaxArrayLen, `[]`) + `],"b":[` + strings.Repeat(`[`+many(MaxArrayLen-1, `[]`)+`],`, 100) + `1]}}`,
			// a and its elements: 1001 values; b: 1; b[0..97]: 98 × 1000;
			// b[98]: 1, then its element 997 is value 100 001.
			"$.metadata.b[98][997]"},
		{"size", `{"metadata":{"a":"` + strings.Repeat("x", MaxInputBytes) + `"}}`, "$"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, err := DecodeRequest([]byte(c.in))
			wantErrors(t, err, fe(c.path, fielderr.CodeTooLarge))
			if s.d != nil {
				t.Errorf("a limit stops decoding; want the zero Session")
			}
		})
	}
	// Too many problems.
	_, err := DecodeRequest([]byte(`{"order":{"lineItems":[` + many(fielderr.MaxErrors+39, `{"price":1}`) + `]}}`))
	var l fielderr.List
	if !errors.As(err, &l) || len(l) != fielderr.MaxErrors+1 || l[fielderr.MaxErrors-1].Path != "$.order.lineItems["+strconv.Itoa(fielderr.MaxErrors-1)+"].price" ||
		l[fielderr.MaxErrors].Path != "$" || l[fielderr.MaxErrors].Code != fielderr.CodeTooManyErrors || l[fielderr.MaxErrors].Message != "39 more problems not listed" {
		t.Errorf("fielderr.MaxErrors: got %d errors, last %v", len(l), l[len(l)-1])
	}
	// At the limits, fine.
	if _, err := DecodeRequest([]byte(`{"order":{"lineItems":[` + many(MaxLineItems, `{"amount":1}`) + `]}}`)); err != nil {
		t.Errorf("MaxLineItems items: %v", err)
	}
}

func TestDecodeResponseAmount(t *testing.T) {
	cases := []struct {
		in       string
		override int64
		has      bool
	}{
		{`{"amount":650,"order":{"lineItems":[{"amount":500}],"fees":[{"amount":100}],"shipping":{"amount":50}}}`, 0, false},
		{`{"amount":700,"order":{"lineItems":[{"amount":500}],"fees":[{"amount":100}],"shipping":{"amount":50}}}`, 700, true},
		{`{"amount":20,"order":{"fees":[{"amount":20}]}}`, 20, true},
		{`{"amount":0}`, 0, true},
		{`{"order":{"lineItems":[{"amount":500}]}}`, 0, false},
	}
	for _, c := range cases {
		r, err := DecodeResponse([]byte(c.in))
		if err != nil {
			t.Fatal(err)
		}
		if a, ok := r.Session.AmountOverride(); ok != c.has || a != c.override {
			t.Errorf("%s: override %d %v, want %d %v", c.in, a, ok, c.override, c.has)
		}
	}
}

func TestDecodeResponseFields(t *testing.T) {
	r, err := DecodeResponse([]byte(`{"clientToken":"tok","clientTokenExpirationDate":"2021-08-12T16:14:08.578695","warnings":{"type":"TAXJAR","code":"MISSING_DATA","message":"m"},"orderId":""}`))
	if err != nil {
		t.Fatal(err)
	}
	if r.ClientToken != "tok" || r.ClientTokenExpirationDate != "2021-08-12T16:14:08.578695" || r.Warnings.Kind() != jsonvalue.KindObject {
		t.Errorf("got %+v", r)
	}
	_, err = DecodeResponse([]byte(`{"warnings":"none"}`))
	wantErrors(t, err, fe("$.warnings", fielderr.CodeType))
}

func TestDecodePatch(t *testing.T) {
	p, err := DecodePatch([]byte(`{"clientToken":"t","amount":null,"orderId":"o-2","customer":{"emailAddress":"x@y.z","billingAddress":null},"order":{"shipping":{"amount":70}},"metadata":{"a":1}}`))
	if err != nil {
		t.Fatal(err)
	}
	pd := p.p
	if pd.Amount.St != model.Null || pd.OrderID != (model.Field[string]{St: model.Present, V: "o-2"}) || pd.CurrencyCode.St != model.Absent {
		t.Errorf("top level: %+v", pd)
	}
	c := pd.Customer.V
	if pd.Customer.St != model.Present || c.EmailAddress.V != "x@y.z" || c.BillingAddress.St != model.Null || c.ShippingAddress.St != model.Absent || c.FirstName.St != model.Absent {
		t.Errorf("customer: %+v", pd.Customer)
	}
	o := pd.Order.V
	if pd.Order.St != model.Present || o.Shipping.St != model.Present || o.Shipping.V.Amount != model.Some[int64](70) || o.LineItems.St != model.Absent {
		t.Errorf("order: %+v", pd.Order)
	}
	if pd.Metadata.St != model.Present || len(pd.Metadata.V) != 1 || pd.PaymentMethod.St != model.Absent {
		t.Errorf("metadata/paymentMethod: %+v", pd)
	}

	p, err = DecodePatch([]byte(`{"customer":null,"order":null,"metadata":null,"paymentMethod":null,"orderId":null}`))
	if err != nil {
		t.Fatal(err)
	}
	if p.p.Customer.St != model.Null || p.p.Order.St != model.Null || p.p.Metadata.St != model.Null || p.p.PaymentMethod.St != model.Null || p.p.OrderID.St != model.Null {
		t.Errorf("nulls: %+v", p.p)
	}
}

func TestDecodePatchErrors(t *testing.T) {
	cases := []struct {
		in   string
		want []fielderr.Error
	}{
		{`{"paymentMethod":{"options":null,"vaultOnSuccess":true}}`, []fielderr.Error{fe("$.paymentMethod.options", fielderr.CodeNotPatchable)}},
		{`{"paymentMethod":{"options":{"GOOGLE_PAY":{"surcharge":{"amount":1}}}}}`, []fielderr.Error{fe("$.paymentMethod.options", fielderr.CodeNotPatchable)}},
		{`{"amount":"5","customer":{"email":"x"},"order":{"lineItems":{}},"metadata":[]}`,
			[]fielderr.Error{fe("$.amount", fielderr.CodeType), fe("$.customer.email", fielderr.CodeUnknownField), fe("$.order.lineItems", fielderr.CodeType), fe("$.metadata", fielderr.CodeType)}},
		{`{"orderId":"","customer":{"firstName":""}}`, []fielderr.Error{fe("$.orderId", fielderr.CodeEmpty), fe("$.customer.firstName", fielderr.CodeEmpty)}},
	}
	for _, c := range cases {
		z, err := DecodePatch([]byte(c.in))
		wantErrors(t, err, c.want...)
		if z.p != nil {
			t.Errorf("%s: DecodePatch with an error gave a patch", c.in)
		}
		p, err := DecodePatchBestEffort([]byte(c.in))
		wantErrors(t, err, c.want...)
		if p.p == nil {
			t.Errorf("%s: want a best-effort patch", c.in)
		}
	}
	// The rest of paymentMethod is read even when options is rejected.
	p, _ := DecodePatchBestEffort([]byte(`{"paymentMethod":{"options":{},"vaultOnSuccess":true}}`))
	if v, ok := p.p.PaymentMethod.V.VaultOnSuccess.Get(); p.p.PaymentMethod.St != model.Present || !ok || !v {
		t.Errorf("paymentMethod not kept: %+v", p.p.PaymentMethod)
	}
	// errors.Is and errors.As work through the list.
	_, err := DecodePatch([]byte(`{"paymentMethod":{"options":null}}`))
	var fe *fielderr.Error
	if !errors.Is(err, fielderr.CodeNotPatchable) || !errors.As(err, &fe) || fe.Path != "$.paymentMethod.options" {
		t.Errorf("errors.Is/As on %v", err)
	}
}

// Adversarial inputs cost memory in proportion to their size (or a fixed
// bound set by the limits), never more.
func TestDecodeMemoryBounded(t *testing.T) {
	many := func(n int, item string) string { return strings.TrimSuffix(strings.Repeat(item+",", n), ",") }
	inner := "[" + many(MaxArrayLen, "[]") + "]"
	cases := map[string]string{
		"empty arrays":    `{"metadata":{"a":[` + many(MaxArrayLen, inner) + `]}}`,
		"empty items":     `{"order":{"lineItems":[` + many(MaxLineItems, `{}`) + `],"fees":[` + many(MaxFees, `{}`) + `]}}`,
		"escaped keys":    `{"metadata":{` + strings.Repeat(`"\u0041":1,`, MaxMetadataKeys) + `"x":1}}`,
		"unknown fields":  `{"order":{"lineItems":[` + many(MaxLineItems, `{"a":1,"b":2}`) + `]}}`,
		"type errors":     `{"order":{"lineItems":[` + many(MaxLineItems, `{"amount":"1"}`) + `]}}`,
		"long string":     `{"orderId":"` + strings.Repeat("é", MaxInputBytes/2-20) + `"}`,
		"duplicate bombs": `{"metadata":{"k":{` + many(MaxObjectMembers, `"a":1`) + `}}}`,
	}
	for name, in := range cases {
		var m1, m2 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m1)
		DecodeRequest([]byte(in))
		runtime.ReadMemStats(&m2)
		alloc := m2.TotalAlloc - m1.TotalAlloc
		// The constant: MaxLineItems line items in their slice (272 bytes
		// each) while it grows, and the copy at its exact length.
		bound := uint64(8*len(in)) + 16<<20
		if alloc > bound {
			t.Errorf("%s: %d input bytes cost %d bytes, more than %d", name, len(in), alloc, bound)
		}
	}
}

// Options follow their schema per method type; unknown network keys are kept
// (validation refuses them, a response stays readable).
func TestDecodeOptionsPerMethodType(t *testing.T) {
	cases := []struct {
		in   string
		want []fielderr.Error
	}{
		{`{"paymentMethod":{"options":{"PAYMENT_CARD":{"surcharge":{"amount":5},"merchantName":"m","extraMerchantData":{},"networks":{"VISA":{"surcharge":{"amount":1}}},"captureVaultedCardCvv":true}}}}`,
			[]fielderr.Error{fe("$.paymentMethod.options.PAYMENT_CARD.surcharge", fielderr.CodeUnknownField), fe("$.paymentMethod.options.PAYMENT_CARD.merchantName", fielderr.CodeUnknownField),
				fe("$.paymentMethod.options.PAYMENT_CARD.extraMerchantData", fielderr.CodeUnknownField)}},
		{`{"paymentMethod":{"options":{"APPLE_PAY":{"surcharge":{"amount":5},"merchantName":"m","extraMerchantData":{"a":1}}}}}`,
			[]fielderr.Error{fe("$.paymentMethod.options.APPLE_PAY.extraMerchantData", fielderr.CodeUnknownField)}},
		{`{"paymentMethod":{"options":{"GOOGLE_PAY":{"surcharge":{"amount":5},"merchantName":"m","extraMerchantData":{"a":1}},"APPLE_PAY":{"surcharge":{"amount":3},"merchantName":"m"}}}}`, nil},
	}
	for _, c := range cases {
		_, err := DecodeRequest([]byte(c.in))
		if c.want == nil {
			if err != nil {
				t.Errorf("%s: %v", c.in, err)
			}
			continue
		}
		wantErrors(t, err, c.want...)
	}
	s, err := DecodeRequest([]byte(`{"paymentMethod":{"options":{"PAYMENT_CARD":{"networks":{"visa":{"surcharge":{"amount":1}},"MASTER_CARD":{}}}}}}`))
	if err != nil || viewNumMethodOptions(s) != 1 || viewNumNetworksAt(s, 0) != 2 {
		t.Fatalf("unknown networks: %v", err)
	}
	if n, _ := viewNetworkAt(s, 0, 1); n != "visa" {
		t.Errorf("network %q", n)
	}
	for _, o := range []MethodOptions{{Surcharge: Some[int64](5)}, {MerchantName: "m"}, {ExtraMerchantData: jsonvalue.String("x")}} {
		if _, err := New(Params{PaymentMethod: PaymentMethod{Options: map[string]MethodOptions{MethodPaymentCard: o}}}); !errors.Is(err, fielderr.CodeUnknownField) {
			t.Errorf("New with PAYMENT_CARD %+v: %v", o, err)
		}
	}
	if _, err := New(Params{PaymentMethod: PaymentMethod{Options: map[string]MethodOptions{MethodApplePay: {ExtraMerchantData: jsonvalue.String("x")}}}}); !errors.Is(err, fielderr.CodeUnknownField) {
		t.Errorf("New with APPLE_PAY extraMerchantData: %v", err)
	}
	if _, err := New(Params{PaymentMethod: PaymentMethod{Options: map[string]MethodOptions{MethodApplePay: {Surcharge: Some[int64](5), MerchantName: "m"}}}}); err != nil {
		t.Errorf("New with APPLE_PAY surcharge: %v", err)
	}
}
