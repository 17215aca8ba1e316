package session

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/paysession/paysession/fielderr"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "openapi", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// wantErrors checks that err is a fielderr.List with exactly these (path, code)
// pairs, in this order.
func wantErrors(t *testing.T, err error, want ...fielderr.Error) {
	t.Helper()
	var l fielderr.List
	if !errors.As(err, &l) {
		if len(want) == 0 && err == nil {
			return
		}
		t.Fatalf("error %v (%T) is not a fielderr.List; want %v", err, err, want)
	}
	if len(l) != len(want) {
		t.Fatalf("got %d errors %v; want %v", len(l), l, want)
	}
	for i := range want {
		if l[i].Path != want[i].Path || l[i].Code != want[i].Code {
			t.Errorf("error %d: got %s %s (%s); want %s %s", i, l[i].Path, l[i].Code, l[i].Message, want[i].Path, want[i].Code)
		}
	}
}

// The create-request example of the OpenAPI file carries paymentMethodType,
// which the schema does not define, and "FR," as a country code (the
// validation package's business: decoding keeps it as written).
func TestOpenAPICreateRequestExample(t *testing.T) {
	if z, err := DecodeRequest(readTestdata(t, "create-request.json")); err == nil || !z.Equal(Session{}) {
		t.Errorf("DecodeRequest: %v, %s; want an error and the zero Session", err, z.AppendRequestJSON(nil))
	}
	s, err := DecodeRequestBestEffort(readTestdata(t, "create-request.json"))
	wantErrors(t, err, fielderr.Error{Path: "$.paymentMethod.paymentMethodType", Code: fielderr.CodeUnknownField})
	if !errors.Is(err, fielderr.CodeUnknownField) {
		t.Errorf("errors.Is(err, fielderr.CodeUnknownField) = false")
	}
	if got := s.OrderCountryCode(); got != "FR," {
		t.Errorf("best-effort session: order.countryCode = %q, want %q kept for the validator", got, "FR,")
	}
	if a, ok := s.AmountOverride(); !ok || a != 1000 {
		t.Errorf("best-effort session: amount = %d %v, want 1000", a, ok)
	}
	if v, _ := s.NetworkSurcharge("PAYMENT_CARD", "VISA"); v != 10 {
		t.Errorf("best-effort session: VISA surcharge = %d, want 10", v)
	}
}

func TestOpenAPICreateResponseExample(t *testing.T) {
	resp, err := DecodeResponseBestEffort(readTestdata(t, "create-response.json"))
	wantErrors(t, err, fielderr.Error{Path: "$.clientExpirationDate", Code: fielderr.CodeUnknownField})
	if z, err := DecodeResponse(readTestdata(t, "create-response.json")); err == nil || z.ClientToken != "" || !z.Session.Equal(Session{}) {
		t.Errorf("DecodeResponse: %v, %+v; want an error and the zero Response", err, z)
	}
	if resp.ClientToken != "client-session-token" {
		t.Errorf("clientToken = %q", resp.ClientToken)
	}
	// No line items: the response's amount is the override.
	if a, ok := resp.Session.AmountOverride(); !ok || a != 20 {
		t.Errorf("amount = %d %v, want the override 20", a, ok)
	}
}

// The GET-response example indents paymentMethod (and authorizationType)
// under order: read literally, both are unknown fields of the order.
func TestOpenAPIGetResponseExample(t *testing.T) {
	resp, err := DecodeResponse(readTestdata(t, "get-response.json"))
	wantErrors(t, err,
		fielderr.Error{Path: "$.order.paymentMethod", Code: fielderr.CodeUnknownField},
		fielderr.Error{Path: "$.order.authorizationType", Code: fielderr.CodeUnknownField},
	)
	// 500 × 1 + fee 100 + shipping 50 = 650 = the response's amount: no
	// override.
	if _, ok := resp.Session.AmountOverride(); ok {
		t.Errorf("amount 650 equals the calculated amount; want no override")
	}
}

func TestOpenAPIPatchExample(t *testing.T) {
	p, err := DecodePatch(readTestdata(t, "patch-request.json"))
	if err != nil {
		t.Fatal(err)
	}
	s := mustNew(Params{OrderID: "old", Customer: Customer{FirstName: "Ada"}, Order: Order{CountryCode: "GB", RetailerCountryCode: "GB"},
		PaymentMethod: PaymentMethod{AuthorizationType: "ESTIMATED", Descriptor: "x", Options: map[string]MethodOptions{"GOOGLE_PAY": {Surcharge: Some[int64](5)}}}})
	got := s.Apply(p)
	want := mustNew(Params{
		OrderID: "order-abc", CustomerID: "customer-123", Amount: Some[int64](500),
		Customer: Customer{FirstName: "Ada", EmailAddress: "john@primer.io"},
		Order: Order{CountryCode: "FR", RetailerCountryCode: "GB", LineItems: []LineItem{
			{ItemID: "shoe-123", Description: "Blue Shoe", Amount: Some[int64](100), Quantity: Some[int64](10)},
		}},
		PaymentMethod: PaymentMethod{AuthorizationType: "FINAL", Options: map[string]MethodOptions{"GOOGLE_PAY": {Surcharge: Some[int64](5)}}},
	})
	if !got.Equal(want) {
		t.Errorf("applied patch:\n got %s\nwant %s", got.AppendRequestJSON(nil), want.AppendRequestJSON(nil))
	}
}

// Each corrected example decodes without error and re-encodes to the same
// JSON as the example (compared as canonical JSON: key order aside, the same
// values).
func TestOpenAPIFixedExamplesRoundTrip(t *testing.T) {
	for _, name := range []string{"create-request-fixed.json", "get-response-fixed.json", "create-response-fixed.json"} {
		t.Run(name, func(t *testing.T) {
			in := readTestdata(t, name)
			var out []byte
			switch name {
			case "create-request-fixed.json":
				s, err := DecodeRequest(in)
				if err != nil {
					t.Fatal(err)
				}
				out = s.AppendRequestJSON(nil)
			default:
				r, err := DecodeResponse(in)
				if err != nil {
					t.Fatal(err)
				}
				out = r.AppendJSON(nil)
			}
			if a, b := canonicalJSON(t, in), canonicalJSON(t, out); a != b {
				t.Errorf("re-encoding lost or changed something:\n in %s\nout %s", a, b)
			}
		})
	}
}

func TestOpenAPIApplePayExamples(t *testing.T) {
	opts := readTestdata(t, "applepay-options.json")
	in := `{"paymentMethod":{"options":{"APPLE_PAY":` + string(opts) + `}}}`
	s, err := DecodeRequest([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	mo := s.PaymentMethod().Options["APPLE_PAY"]
	if mo.MerchantName != "My Store" {
		t.Errorf("merchantName = %q", mo.MerchantName)
	}
	rb, _ := mo.RecurringPaymentRequest.Lookup("regularBilling")
	if amt, _ := rb.Lookup("amount"); amt.String() != "999" {
		t.Errorf("regularBilling.amount = %v", amt)
	}
	if a, b := canonicalJSON(t, []byte(in)), canonicalJSON(t, s.AppendRequestJSON(nil)); a != b {
		t.Errorf("round trip:\n in %s\nout %s", a, b)
	}
	for field, file := range map[string]string{
		"recurringPaymentRequest": "applepay-recurring-request.json",
		"deferredPaymentRequest":  "applepay-deferred-request.json",
		"automaticReloadRequest":  "applepay-automatic-reload-request.json",
	} {
		in := `{"paymentMethod":{"options":{"APPLE_PAY":{"` + field + `":` + string(readTestdata(t, file)) + `}}}}`
		s, err := DecodeRequest([]byte(in))
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		if a, b := canonicalJSON(t, []byte(in)), canonicalJSON(t, s.AppendRequestJSON(nil)); a != b {
			t.Errorf("%s round trip:\n in %s\nout %s", file, a, b)
		}
	}
}
