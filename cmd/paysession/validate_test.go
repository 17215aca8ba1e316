package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runValidateCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"validate"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestValidateValidPrimer(t *testing.T) {
	in := `{"orderId":"o-1","currencyCode":"GBP","order":{"lineItems":[{"itemId":"t-shirt-1","amount":500}],"countryCode":"GB"}}`
	code, out, errs := runValidateCmd(t, in)
	want := "{\n  \"valid\": true,\n  \"errors\": [],\n  \"warnings\": []\n}\n"
	if code != 0 || out != want || errs != "" {
		t.Errorf("code %d\nstdout %q\nstderr %q", code, out, errs)
	}
}

func TestValidateInvalidPrimer(t *testing.T) {
	in := `{"currencyCode":"HRK","amount":700,"metadata":{"productId":1.5},"order":{"lineItems":[{"amount":500,"discountedAmount":1}]}}`
	code, out, errs := runValidateCmd(t, in, "-")
	want := `{
  "valid": false,
  "errors": [
    {
      "path": "$.currencyCode",
      "code": "currency",
      "message": "\"HRK\" was withdrawn from ISO 4217 in 2023-01 and can no longer be used"
    },
    {
      "path": "$.metadata.productId",
      "code": "metadata_value",
      "message": "metadata values must be strings or integers, got the number \"1.5\""
    },
    {
      "path": "$.order.lineItems[0].discountedAmount",
      "code": "unknown_field",
      "message": "unknown field \"discountedAmount\""
    }
  ],
  "warnings": [
    {
      "type": "SESSION",
      "code": "MISSING_DATA",
      "message": "'orderId' is required before a payment can be made.",
      "path": "$.orderId"
    }
  ]
}
`
	wantErr := `$.currencyCode: "HRK" was withdrawn from ISO 4217 in 2023-01 and can no longer be used
$.metadata.productId: metadata values must be strings or integers, got the number "1.5"
$.order.lineItems[0].discountedAmount: unknown field "discountedAmount"
`
	if code != 1 || out != want || errs != wantErr {
		t.Errorf("code %d\nstdout %s\nstderr %s", code, out, errs)
	}
}

func TestValidateFileAndSyntax(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "s.json")
	if err := os.WriteFile(f, []byte(`{"amount":`), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runValidateCmd(t, "", f)
	var got struct {
		Valid  bool
		Errors []struct{ Path, Code, Message string }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if code != 1 || got.Valid || len(got.Errors) != 1 || got.Errors[0].Path != "$" || got.Errors[0].Code != "syntax" || !strings.HasPrefix(errs, "$: ") {
		t.Errorf("code %d\nstdout %s\nstderr %s", code, out, errs)
	}
}

func TestValidateKomoju(t *testing.T) {
	code, out, errs := runValidateCmd(t, `{"amount":1000,"currency":"JPY","expires_in_seconds":86401,"metadata":{"k":1}}`, "-api", "komoju")
	want := `{
  "valid": false,
  "errors": [
    {
      "path": "$.expires_in_seconds",
      "code": "range",
      "message": "expires_in_seconds must be between 1 and 86400, got 86401"
    },
    {
      "path": "$.metadata.k",
      "code": "metadata_value",
      "message": "KOMOJU metadata values must be strings, got a number"
    }
  ],
  "warnings": []
}
`
	if code != 1 || out != want || !strings.Contains(errs, "$.expires_in_seconds: expires_in_seconds must be between 1 and 86400, got 86401\n") {
		t.Errorf("code %d\nstdout %s\nstderr %s", code, out, errs)
	}
	code, out, _ = runValidateCmd(t, `{"amount":1000,"currency":"JPY"}`, "-api", "komoju", "-")
	if code != 0 || out != "{\n  \"valid\": true,\n  \"errors\": [],\n  \"warnings\": []\n}\n" {
		t.Errorf("valid KOMOJU: code %d, %s", code, out)
	}
}

func TestValidateUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-api", "stripe"}, `-api: "stripe" is not an API`},
		{[]string{"a.json", "b.json"}, "want at most 1 argument, got 2"},
		{[]string{"-nope"}, "flag provided but not defined"},
		{[]string{filepath.Join(t.TempDir(), "missing.json")}, "FILE: open "},
		{[]string{"-", "-api", "komoju"}, "want at most 1 argument, got 3"},
	}
	for _, tt := range tests {
		code, out, errs := runValidateCmd(t, "{}", tt.args...)
		if code != 2 || out != "" || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: code %d, stdout %q, stderr %q", tt.args, code, out, errs)
		}
	}
}

// TestValidateListElementsKeepTheirIndex: a list element that fails to
// decode keeps its place, so the problem of each later element is printed at
// its own index (paths counted by hand on the documents).
func TestValidateListElementsKeepTheirIndex(t *testing.T) {
	for _, tc := range []struct {
		doc  string
		args []string
		want string
	}{
		{`{"amount":500,"currency":"JPY","payment_types":[1,"bogus"]}`, []string{"-api", "komoju"},
			"$.payment_types[0]: expected a string, got number\n$.payment_types[1]: \"bogus\" is not one of KOMOJU's payment types (credit_card, konbini, bank_transfer, paypay, …)\n"},
		{`{"amount":500,"currency":"JPY","payment_types":[null,"konbini","bogus"]}`, []string{"-api", "komoju"},
			"$.payment_types[0]: expected a string, got null\n$.payment_types[2]: \"bogus\" is not one of KOMOJU's payment types (credit_card, konbini, bank_transfer, paypay, …)\n"},
		{`{"orderId":"o-1","currencyCode":"GBP","order":{"countryCode":"GB","lineItems":[{"itemId":"a","amount":500}]},"paymentMethod":{"orderedAllowedCardNetworks":[1,"VISAX"]}}`, nil,
			"$.paymentMethod.orderedAllowedCardNetworks[0]: expected a string, got number\n$.paymentMethod.orderedAllowedCardNetworks[1]: \"VISAX\" is not a known card network\n"},
	} {
		code, _, errs := runValidateCmd(t, tc.doc, tc.args...)
		if code != 1 || errs != tc.want {
			t.Errorf("%s: exit %d, stderr\n%s\nwant\n%s", tc.doc, code, errs, tc.want)
		}
	}
}
