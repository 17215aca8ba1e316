package validation

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/paysession/paysession/session"
)

// checkList fails unless err is nil or a non-empty session.ErrorList whose
// every problem has a path starting with "$", a code and a message, in
// sorted order.
func checkList(t *testing.T, err error) {
	if err == nil {
		return
	}
	var l session.ErrorList
	if !errors.As(err, &l) || len(l) == 0 {
		t.Fatalf("error is not a non-empty ErrorList: %#v", err)
	}
	for i, e := range l {
		if !strings.HasPrefix(e.Path, "$") || e.Code == "" || e.Message == "" {
			t.Fatalf("bad problem %+v", e)
		}
		if i > 0 && comparePaths(l[i-1].Path, e.Path) > 0 {
			t.Fatalf("not sorted: %s before %s", l[i-1].Path, e.Path)
		}
	}
}

func FuzzPrimerJSON(f *testing.F) {
	if b, err := os.ReadFile("testdata/openapi-create-request.json"); err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		`{}`, `[`, `{"amount":-1}`, `{"amount":7.5}`, `{"metadata":{"":1.5,"a":null}}`,
		`{"order":{"lineItems":[{"amount":9223372036854775807,"quantity":2},{"quantity":0},1]}}`,
		`{"paymentMethod":{"orderedAllowedCardNetworks":["VISA","VISA",""],"options":{"APPLE_PAY":{"recurringPaymentRequest":{"regularBilling":{}}}}}}`,
		`{"customer":{"emailAddress":"a@b","billingAddress":{"countryCode":"UK"}},"currencyCode":"XAU"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := PrimerJSON(data)
		checkList(t, err)
		_ = Envelope422(err, "")
	})
}

func FuzzKomojuJSON(f *testing.F) {
	for _, s := range []string{
		`{}`, `{"amount":1000,"currency":"JPY"}`, `{"mode":"customer","customer_id":"c","currency":"USD"}`,
		`{"amount":2147483648,"currency":"SEK","expires_in_seconds":86401,"metadata":{"k":1}}`,
		`{"line_items":[{"amount":-1,"quantity":0,"image":"x"}],"return_url":"/r"}`, `nul`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := KomojuJSON(data)
		checkList(t, err)
	})
}
