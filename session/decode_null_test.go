package session

import (
	"testing"

	"github.com/paysession/paysession/fielderr"
)

// TestDecodeNullIsAbsent pins "null for a field means the field is absent"
// (DecodeRequest's documentation) at every place a decoder reads a field:
// each document with nulls decodes, without an error, to the same session as
// the document that leaves those fields out.
func TestDecodeNullIsAbsent(t *testing.T) {
	cases := []struct{ name, withNulls, without string }{
		{"order arrays", `{"order":{"lineItems":null,"fees":null,"shipping":null,"countryCode":"GB"}}`, `{"order":{"countryCode":"GB"}}`},
		{"line item fields",
			`{"order":{"lineItems":[{"amount":1,"quantity":null,"discountAmount":null,"taxAmount":null,"productData":{"weight":null,"sku":"s"}}]}}`,
			`{"order":{"lineItems":[{"amount":1,"productData":{"sku":"s"}}]}}`},
		{"metadata", `{"metadata":null,"orderId":"o"}`, `{"orderId":"o"}`},
		{"payment method scalars",
			`{"paymentMethod":{"vaultOnSuccess":null,"vaultOn3DS":true,"orderedAllowedCardNetworks":null,"options":null}}`,
			`{"paymentMethod":{"vaultOn3DS":true}}`},
		{"option of a type", `{"paymentMethod":{"options":{"PAYPAL":null,"KLARNA":{"surcharge":{"amount":1}}}}}`,
			`{"paymentMethod":{"options":{"KLARNA":{"surcharge":{"amount":1}}}}}`},
		{"card networks",
			`{"paymentMethod":{"options":{"PAYMENT_CARD":{"networks":{"VISA":null,"AMEX":{"surcharge":{"amount":2}}},"captureVaultedCardCvv":null}}}}`,
			`{"paymentMethod":{"options":{"PAYMENT_CARD":{"networks":{"AMEX":{"surcharge":{"amount":2}}}}}}}`},
		{"networks null", `{"paymentMethod":{"options":{"PAYMENT_CARD":{"networks":null,"captureVaultedCardCvv":null}}}}`,
			`{"paymentMethod":{"options":{"PAYMENT_CARD":{}}}}`},
		{"extra merchant data null", `{"paymentMethod":{"options":{"KLARNA":{"extraMerchantData":null}}}}`,
			`{"paymentMethod":{"options":{"KLARNA":{}}}}`},
		{"apple pay request members",
			`{"paymentMethod":{"options":{"APPLE_PAY":{"recurringPaymentRequest":{"paymentDescription":null,"billingAgreement":"b","regularBilling":null,"trialBilling":{"label":null,"amount":3}}}}}}`,
			`{"paymentMethod":{"options":{"APPLE_PAY":{"recurringPaymentRequest":{"billingAgreement":"b","trialBilling":{"amount":3}}}}}}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := DecodeRequest([]byte(c.withNulls))
			if err != nil {
				t.Fatalf("with nulls: %v", err)
			}
			want, err := DecodeRequest([]byte(c.without))
			if err != nil {
				t.Fatalf("without: %v", err)
			}
			if !got.Equal(want) {
				t.Errorf("got  %s\nwant %s", got.AppendRequestJSON(nil), want.AppendRequestJSON(nil))
			}
		})
	}
}

// TestDecodeProductData reads every productData field and checks each lands in
// its own Go field.
func TestDecodeProductData(t *testing.T) {
	s, err := DecodeRequest([]byte(`{"order":{"lineItems":[{"productData":{"sku":"S","brand":"B","color":"red",` +
		`"globalTradeItemNumber":"0001","manufacturerPartNumber":"MPN","weight":1.50,"weightUnit":"kg","pageUrl":"https://x.example/p"}}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	want := ProductData{SKU: "S", Brand: "B", Color: "red", GlobalTradeItemNumber: "0001", ManufacturerPartNumber: "MPN",
		Weight: "1.50", WeightUnit: "kg", PageURL: "https://x.example/p"}
	if got := s.LineItem(0).ProductData; got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	_, err = DecodeRequest([]byte(`{"order":{"lineItems":[{"productData":{"color":"","pageUrl":"","colour":"red"}}]}}`))
	wantErrors(t, err,
		fe("$.order.lineItems[0].productData.color", fielderr.CodeEmpty),
		fe("$.order.lineItems[0].productData.pageUrl", fielderr.CodeEmpty),
		fe("$.order.lineItems[0].productData.colour", fielderr.CodeUnknownField))
}

// TestDecodeNestedUnknownAndTypes covers the unknown-field and wrong-type
// reports of the fee, shipping and Apple Pay decoders.
func TestDecodeNestedUnknownAndTypes(t *testing.T) {
	_, err := DecodeRequest([]byte(`{"order":{"fees":[{"type":"X","amount":1,"rate":2}],"shipping":{"amount":1,"carrier":"dhl"}},` +
		`"paymentMethod":{"options":{"APPLE_PAY":{"deferredPaymentRequest":{"paymentDescription":5,"deferredBilling":"soon"},` +
		`"automaticReloadRequest":{"automaticReloadBilling":{"automaticReloadThresholdAmount":"5"}}}}}}`))
	wantErrors(t, err,
		fe("$.order.fees[0].rate", fielderr.CodeUnknownField),
		fe("$.order.shipping.carrier", fielderr.CodeUnknownField),
		fe("$.paymentMethod.options.APPLE_PAY.deferredPaymentRequest.paymentDescription", fielderr.CodeType),
		fe("$.paymentMethod.options.APPLE_PAY.deferredPaymentRequest.deferredBilling", fielderr.CodeType),
		fe("$.paymentMethod.options.APPLE_PAY.automaticReloadRequest.automaticReloadBilling.automaticReloadThresholdAmount", fielderr.CodeType),
	)
}

// TestDecodeResponseWarningsShapes: warnings may be an array or one object
// (Primer's schema has both), null is absent, anything else is a type error.
func TestDecodeResponseWarningsShapes(t *testing.T) {
	cases := []struct {
		in   string
		want string // the Warnings value as JSON; "" for absent
		err  []fielderr.Error
	}{
		{`{"warnings":null}`, "", nil},
		{`{"warnings":[{"type":"SESSION","code":"MISSING_DATA"}]}`, `[{"code":"MISSING_DATA","type":"SESSION"}]`, nil},
		{`{"warnings":{"type":"TAXJAR"}}`, `{"type":"TAXJAR"}`, nil},
		{`{"warnings":"none"}`, "", []fielderr.Error{fe("$.warnings", fielderr.CodeType)}},
		{`{"warnings":3}`, "", []fielderr.Error{fe("$.warnings", fielderr.CodeType)}},
	}
	for _, c := range cases {
		resp, err := DecodeResponse([]byte(c.in))
		wantErrors(t, err, c.err...)
		if got := string(resp.Warnings.AppendJSON(nil)); got != c.want {
			t.Errorf("%s: Warnings %q, want %q", c.in, got, c.want)
		}
	}
}

// TestDecodePatchWrongContainerTypes: in a PATCH, a sub-object or array of the
// wrong JSON type is a type error at its path, and the field stays absent
// (the patch does not touch it).
func TestDecodePatchWrongContainerTypes(t *testing.T) {
	p, err := DecodePatch([]byte(`{"customer":{"billingAddress":"Paris","shippingAddress":[]},` +
		`"order":{"lineItems":{},"fees":"none","shipping":[1]},"paymentMethod":7,"metadata":"m"}`))
	wantErrors(t, err,
		fe("$.customer.billingAddress", fielderr.CodeType),
		fe("$.customer.shippingAddress", fielderr.CodeType),
		fe("$.order.lineItems", fielderr.CodeType),
		fe("$.order.fees", fielderr.CodeType),
		fe("$.order.shipping", fielderr.CodeType),
		fe("$.paymentMethod", fielderr.CodeType),
		fe("$.metadata", fielderr.CodeType),
	)
	base := accessorSession(t)
	if got := base.Apply(p); !got.Equal(base) {
		t.Errorf("a patch whose fields all failed changed the session:\n%s\n%s", got.AppendRequestJSON(nil), base.AppendRequestJSON(nil))
	}
}
