package validation

import (
	"slices"
	"strings"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/jsonvalue"
	"github.com/paysession/paysession/komoju"
	"github.com/paysession/paysession/session"
)

// Validation rules that the main tables do not reach: every length-limited
// address field, the Apple Pay deferred and automatic-reload requests, the
// type of each Apple Pay member, and how long values are quoted in messages.

func TestAddressAndFeeLengths(t *testing.T) {
	long := strings.Repeat("é", 256) // 256 code points, 512 bytes
	ok := strings.Repeat("é", 255)
	full := session.Address{FirstName: long, LastName: long, AddressLine1: long, AddressLine2: long, City: long, State: long, PostalCode: long}
	fine := session.Address{FirstName: ok, LastName: ok, AddressLine1: ok, AddressLine2: ok, City: ok, State: ok, PostalCode: ok}
	s := mustNew(t, session.Params{
		Customer: session.Customer{BillingAddress: full, ShippingAddress: fine},
		Order:    session.Order{Fees: []session.Fee{{Type: long, Amount: i64(1)}, {Type: ok, Amount: i64(1)}}},
	})
	const b = "$.customer.billingAddress."
	var want []problem
	for _, f := range []string{"addressLine1", "addressLine2", "city", "firstName", "lastName", "postalCode", "state"} {
		want = append(want, problem{b + f, CodeLength})
	}
	want = append(want, problem{"$.order.fees[0].type", CodeLength})
	got := problems(Primer(s))
	slices.SortFunc(got, func(x, y problem) int { return strings.Compare(x.Path, y.Path) })
	if !slices.Equal(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

func appleObj(t *testing.T, kv ...any) jsonvalue.Value {
	t.Helper()
	var ms []jsonvalue.Member
	for i := 0; i < len(kv); i += 2 {
		v, ok := kv[i+1].(jsonvalue.Value)
		if !ok {
			v = jsonvalue.String(kv[i+1].(string))
		}
		ms = append(ms, jsonvalue.Member{Key: kv[i].(string), Value: v})
	}
	v, err := jsonvalue.Object(ms...)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestApplePayDeferredAndReload(t *testing.T) {
	const a = "$.paymentMethod.options.APPLE_PAY."
	cases := []struct {
		name     string
		deferred jsonvalue.Value
		reload   jsonvalue.Value
		want     []problem
	}{
		{name: "valid",
			deferred: appleObj(t, "managementUrl", "https://shop.example/o", "freeCancellationDate", "2025-01-01T10:00:00+01:00",
				"freeCancellationTimeZone", "Europe/Paris",
				"deferredBilling", appleObj(t, "label", "Order", "amount", jsonvalue.Int(0), "deferredPaymentDate", "2025-02-01T00:00:00Z")),
			reload: appleObj(t, "managementUrl", "http://shop.example/r", "billingAgreement", "terms",
				"automaticReloadBilling", appleObj(t, "label", "Top-up", "amount", jsonvalue.Int(1000), "automaticReloadThresholdAmount", jsonvalue.Int(500)))},
		{name: "required members",
			deferred: appleObj(t, "deferredBilling", appleObj(t)),
			reload:   appleObj(t, "automaticReloadBilling", appleObj(t)),
			want: []problem{
				{a + "automaticReloadRequest.managementUrl", CodeRequired},
				{a + "automaticReloadRequest.automaticReloadBilling.label", CodeRequired},
				{a + "automaticReloadRequest.automaticReloadBilling.automaticReloadThresholdAmount", CodeRequired},
				{a + "deferredPaymentRequest.managementUrl", CodeRequired},
				{a + "deferredPaymentRequest.deferredBilling.label", CodeRequired},
				{a + "deferredPaymentRequest.deferredBilling.deferredPaymentDate", CodeRequired},
			}},
		{name: "reload billing missing",
			reload: appleObj(t, "managementUrl", "https://shop.example/r"),
			want:   []problem{{a + "automaticReloadRequest.automaticReloadBilling", CodeRequired}}},
		{name: "types and values",
			deferred: appleObj(t, "managementUrl", "https://shop example/o", "freeCancellationDate", "1 January",
				"deferredBilling", appleObj(t, "label", jsonvalue.Int(5), "amount", num(t, "1.5"), "deferredPaymentDate", "2025-02-30T00:00:00Z")),
			reload: appleObj(t, "managementUrl", "https://shop.example/\x7f", "paymentDescription", jsonvalue.Bool(true),
				"automaticReloadBilling", appleObj(t, "label", "L", "automaticReloadThresholdAmount", jsonvalue.Int(-1), "amount", jsonvalue.String("5"))),
			want: []problem{
				{a + "automaticReloadRequest.automaticReloadBilling.amount", fielderr.CodeType},
				{a + "automaticReloadRequest.automaticReloadBilling.automaticReloadThresholdAmount", CodeNegative},
				{a + "automaticReloadRequest.managementUrl", CodeURL},
				{a + "automaticReloadRequest.paymentDescription", fielderr.CodeType},
				{a + "deferredPaymentRequest.deferredBilling.amount", fielderr.CodeType},
				{a + "deferredPaymentRequest.deferredBilling.deferredPaymentDate", CodeDateTime},
				{a + "deferredPaymentRequest.deferredBilling.label", fielderr.CodeType},
				{a + "deferredPaymentRequest.freeCancellationDate", CodeDateTime},
				{a + "deferredPaymentRequest.managementUrl", CodeURL},
			}},
		{name: "billing not an object",
			deferred: appleObj(t, "managementUrl", "https://shop.example/o", "deferredBilling", jsonvalue.Array()),
			want:     []problem{{a + "deferredPaymentRequest.deferredBilling", fielderr.CodeType}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := mustNew(t, session.Params{PaymentMethod: session.PaymentMethod{Options: map[string]session.MethodOptions{
				"APPLE_PAY": {DeferredPaymentRequest: c.deferred, AutomaticReloadRequest: c.reload},
			}}})
			got := problems(Primer(s))
			sortProblems := func(ps []problem) {
				slices.SortFunc(ps, func(x, y problem) int { return strings.Compare(x.Path, y.Path) })
			}
			want := slices.Clone(c.want)
			sortProblems(got)
			sortProblems(want)
			if !slices.Equal(got, want) {
				t.Errorf("got  %v\nwant %v", got, want)
			}
		})
	}
}

func TestApplePayTypeMessages(t *testing.T) {
	reload := appleObj(t, "managementUrl", "https://shop.example/r", "billingAgreement", appleObj(t),
		"automaticReloadBilling", appleObj(t, "label", jsonvalue.Null(), "automaticReloadThresholdAmount", jsonvalue.Int(1)))
	s := mustNew(t, session.Params{PaymentMethod: session.PaymentMethod{Options: map[string]session.MethodOptions{
		"APPLE_PAY": {AutomaticReloadRequest: reload},
	}}})
	msgs := map[string]string{}
	for _, e := range asList(Primer(s)) {
		msgs[e.Path] = e.Message
	}
	const r = "$.paymentMethod.options.APPLE_PAY.automaticReloadRequest."
	if got := msgs[r+"billingAgreement"]; got != "must be a string, got an object" {
		t.Errorf("object message %q", got)
	}
	if got := msgs[r+"automaticReloadBilling.label"]; got != "must be a string, got null" {
		t.Errorf("null message %q", got)
	}
}

// TestLongValuesQuotedShort: a message quotes at most 64 bytes of a value,
// cut at a character boundary, so that a huge or multi-byte value cannot
// flood or garble the error output.
func TestLongValuesQuotedShort(t *testing.T) {
	code := strings.Repeat("a", 63) + "日本語" + strings.Repeat("b", 300)
	s := mustNew(t, session.Params{CurrencyCode: code})
	l := asList(Primer(s))
	if len(l) != 1 || l[0].Code != CodeCurrency {
		t.Fatalf("got %v", l)
	}
	want := `a currency code is three upper-case letters (ISO 4217, such as "USD"), got "` + strings.Repeat("a", 63) + `"…`
	if l[0].Message != want {
		t.Errorf("message %q\nwant    %q", l[0].Message, want)
	}
	// Short values are quoted whole.
	s = mustNew(t, session.Params{CurrencyCode: "a日"})
	if l := asList(Primer(s)); len(l) != 1 || l[0].Message != `a currency code is three upper-case letters (ISO 4217, such as "USD"), got "a日"` {
		t.Errorf("got %v", l)
	}
}

// An e-mail address is personal data: the message says what is wrong, never
// what the address is, whatever its length.
func TestEmailNotEchoed(t *testing.T) {
	for _, email := range []string{"john@", "a日@", strings.Repeat("a", 300), "john.secret.doe@@example.com"} {
		s := mustNew(t, session.Params{Customer: session.Customer{EmailAddress: email}})
		l := asList(Primer(s))
		if len(l) != 1 || l[0].Code != CodeEmail || l[0].Message != "not a valid e-mail address" {
			t.Errorf("%q: got %v", email, l)
		}
		k := komoju.New(komoju.Params{Amount: session.Some[int64](1), Currency: "JPY", Email: email})
		l = asList(Komoju(k))
		if len(l) != 1 || l[0].Code != CodeEmail || l[0].Message != "not a valid e-mail address" {
			t.Errorf("KOMOJU %q: got %v", email, l)
		}
	}
}

// TestPrimerJSONDocumentErrors: a document that is not an object is one
// error at "$", and the session is not validated further.
func TestPrimerJSONDocumentErrors(t *testing.T) {
	for _, in := range []string{`[]`, `"x"`, `7`, `null`} {
		s, err := PrimerJSON([]byte(in))
		got := problems(err)
		if len(got) != 1 || got[0] != (problem{"$", fielderr.CodeType}) || !s.Equal(session.Session{}) {
			t.Errorf("%s: got %v", in, got)
		}
	}
}
