package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func runQuoteCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(append([]string{"quote"}, args...), strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// The README's main job, pinned byte for byte: the response's amount 650
// equals its calculated amount (500 + 100 + 50), so it is no override, and
// selecting VISA replaces the SURCHARGE fee of 100 with VISA's 10.
func TestQuoteReadmeJob(t *testing.T) {
	code, stdout, stderr := runQuoteCmd(t, "", "-response", "-method", "PAYMENT_CARD", "-network", "VISA", "../../examples/primer-get-response.json")
	const want = `{
  "currencyCode": "GBP",
  "lineItems": [
    {
      "itemId": "t-shirt-1",
      "subtotal": 500,
      "discount": 0,
      "tax": 0,
      "total": 500
    }
  ],
  "itemsTotal": 500,
  "shipping": 50,
  "fees": 0,
  "surcharge": 10,
  "calculatedAmount": 560,
  "amount": 560,
  "amountOverridden": false,
  "warnings": []
}
`
	if code != 0 || stdout != want || stderr != "" {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s\nwant stdout:\n%s", code, stdout, stderr, want)
	}
}

func TestQuoteAsItStands(t *testing.T) {
	code, stdout, stderr := runQuoteCmd(t, "", "-response", "../../examples/primer-get-response.json")
	const want = `{
  "currencyCode": "GBP",
  "lineItems": [
    {
      "itemId": "t-shirt-1",
      "subtotal": 500,
      "discount": 0,
      "tax": 0,
      "total": 500
    }
  ],
  "itemsTotal": 500,
  "shipping": 50,
  "fees": 0,
  "surcharge": 100,
  "calculatedAmount": 650,
  "amount": 650,
  "amountOverridden": false,
  "warnings": []
}
`
	if code != 0 || stdout != want || stderr != "" {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}

func TestQuoteCreateRequestExample(t *testing.T) {
	code, stdout, stderr := runQuoteCmd(t, "", "-method", "PAYMENT_CARD", "-network", "AMEX", "../../examples/create-request.json")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	var got struct {
		CalculatedAmount int64 `json:"calculatedAmount"`
		Surcharge        int64 `json:"surcharge"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	// 2 × 1250 − 250 + 428 + 699 + handling 150 + shipping 495 + AMEX 90
	if got.CalculatedAmount != 4112 || got.Surcharge != 90 {
		t.Errorf("got %+v, want calculatedAmount 4112, surcharge 90", got)
	}
}

func TestQuoteNullsAndOmittedItemID(t *testing.T) {
	code, stdout, _ := runQuoteCmd(t, `{"currencyCode":"USD","order":{"fees":[{"type":"HANDLING","amount":100}]}}`)
	// The warnings are the warnings package's business; this
	// test pins everything before them.
	const want = `{
  "currencyCode": "USD",
  "lineItems": [],
  "itemsTotal": 0,
  "shipping": 0,
  "fees": 100,
  "surcharge": 0,
  "calculatedAmount": null,
  "amount": null,
  "amountOverridden": false,
  "warnings": [`
	if code != 0 || !strings.HasPrefix(stdout, want) {
		t.Errorf("exit %d\n%s", code, stdout)
	}
	code, stdout, _ = runQuoteCmd(t, `{"amount":4999,"order":{"lineItems":[{"amount":2500,"quantity":2}]}}`, "-")
	if code != 0 || !strings.Contains(stdout, `"lineItems": [
    {
      "subtotal": 5000,`) || !strings.Contains(stdout, `"calculatedAmount": 5000,
  "amount": 4999,
  "amountOverridden": true,`) {
		t.Errorf("exit %d\n%s", code, stdout)
	}
}

func TestQuoteErrors(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		code        int
		stderr      string
	}{{
		name:   "pricing problems, all of them",
		stdin:  `{"order":{"lineItems":[{"amount":100,"quantity":0},{"amount":100,"discountAmount":101}]}}`,
		code:   1,
		stderr: "$.order.lineItems[0].quantity: quantity must be at least 1, got 0\n$.order.lineItems[1].discountAmount: discountAmount 101 exceeds amount × quantity 100\n",
	}, {
		name:   "overflow",
		stdin:  `{"order":{"lineItems":[{"amount":9223372036854775807}],"shipping":{"amount":1}}}`,
		code:   1,
		stderr: "$.order: the calculated amount (line totals + shipping + fees) leaves int64\n",
	}, {
		name:  "decoding problem",
		stdin: `{"order":{"lineItems":[{"amount":7.5}]}}`,
		code:  1,
	}, {
		name:  "unknown field in a request",
		stdin: `{"warnings":[]}`,
		code:  1,
	}, {
		name:  "too many arguments",
		args:  []string{"a.json", "b.json"},
		code:  2,
		stdin: `{}`,
	}, {
		name:  "unknown flag",
		args:  []string{"-bogus"},
		code:  2,
		stdin: `{}`,
	}, {
		name:  "-network without -method",
		args:  []string{"-network", "VISA"},
		code:  2,
		stdin: `{}`,
	}, {
		name: "missing file",
		args: []string{"does-not-exist.json"},
		code: 2,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runQuoteCmd(t, tc.stdin, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tc.code, stderr)
			}
			if code != 0 && stdout != "" {
				t.Errorf("stdout on failure: %q", stdout)
			}
			if tc.stderr != "" && stderr != tc.stderr {
				t.Errorf("stderr %q, want %q", stderr, tc.stderr)
			}
			if code == 1 && !strings.HasPrefix(stderr, "$") {
				t.Errorf("stderr is not PATH: message lines: %q", stderr)
			}
		})
	}
}

func TestQuoteClientTokenImpliesResponse(t *testing.T) {
	doc := `{"clientToken":"tok","clientTokenExpirationDate":"2021-08-12T16:14:08.578695","amount":650,"currencyCode":"GBP",
	"order":{"lineItems":[{"amount":500}],"fees":[{"type":"SURCHARGE","amount":100}],"shipping":{"amount":50}}}`
	code, stdout, stderr := runQuoteCmd(t, doc)
	if code != 0 || !strings.Contains(stdout, `"amountOverridden": false`) {
		t.Errorf("exit %d, stdout %s, stderr %s", code, stdout, stderr)
	}
	// Without a clientToken, the same document is a request: 650 overrides.
	doc2 := `{"amount":650,"order":{"lineItems":[{"amount":500}]}}`
	_, stdout, _ = runQuoteCmd(t, doc2)
	if !strings.Contains(stdout, `"amountOverridden": true`) {
		t.Errorf("a request's amount is an override: %s", stdout)
	}
}
