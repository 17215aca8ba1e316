package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestWireCommands(t *testing.T) {
	cases := []struct {
		args   []string
		exit   int
		stdout string
		stderr string
	}{
		{[]string{"wire", "stripe", "5", "ISK"}, 0, "{\n  \"provider\": \"stripe\",\n  \"currencyCode\": \"ISK\",\n  \"minor\": 5,\n  \"wire\": 500\n}\n", ""},
		{[]string{"wire", "paypal", "100", "JPY"}, 0, "{\n  \"provider\": \"paypal\",\n  \"currencyCode\": \"JPY\",\n  \"minor\": 100,\n  \"wire\": \"100\"\n}\n", ""},
		{[]string{"wire", "-round", "half-up", "paypal", "1050", "HUF"}, 0, `"wire": "11"`, ""},
		{[]string{"wire", "-round", "exact", "stripe", "5120", "KWD"}, 0, `"wire": 5120`, ""},
		{[]string{"wire", "stripe", "5124", "KWD"}, 1, "", "MINOR: stripe: 5124 KWD: the wire amount must be a multiple of 10 (granularity)"},
		{[]string{"wire", "paypal", "5", "KWD"}, 1, "", "CODE: paypal: 5 KWD: PayPal does not accept KWD"},
		{[]string{"wire", "stripe", "5", "usd"}, 1, "", "CODE: "},
		{[]string{"wire", "stripe", "5.5", "USD"}, 1, "", "MINOR: "},
		{[]string{"wire", "braintree", "5", "USD"}, 2, "", "PROVIDER: unknown provider \"braintree\" (want iso, primer, komoju, stripe, adyen, checkout, paypal)"},
		{[]string{"wire", "-round", "nearest", "stripe", "5", "USD"}, 2, "", "-round: "},
		{[]string{"wire", "stripe", "5"}, 2, "", "want 3 arguments"},
		{[]string{"wire", "-h"}, 0, "", "usage: paysession wire"},
		{[]string{"unwire", "stripe", "500", "ISK"}, 0, "{\n  \"provider\": \"stripe\",\n  \"currencyCode\": \"ISK\",\n  \"wire\": 500,\n  \"minor\": 5\n}\n", ""},
		{[]string{"unwire", "--", "paypal", "-0.05", "USD"}, 0, `"wire": "-0.05"`, ""},
		{[]string{"unwire", "paypal", "3.00", "JPY"}, 0, `"wire": "3",`, ""},
		{[]string{"unwire", "stripe", "501", "ISK"}, 1, "", `WIRE: stripe: wire "501" ISK: not a multiple of 100`},
		{[]string{"unwire", "paypal", "5", "KWD"}, 1, "", "CODE: paypal: "},
		{[]string{"unwire", "stripe", "5", "HRK"}, 1, "", "CODE: "},
		{[]string{"unwire", "nope", "5", "USD"}, 2, "", "PROVIDER: "},
		{[]string{"unwire", "stripe"}, 2, "", "want 3 arguments"},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		code := run(c.args, nil, &stdout, &stderr)
		if code != c.exit || !strings.Contains(stdout.String(), c.stdout) || !strings.Contains(stderr.String(), c.stderr) {
			t.Errorf("paysession %q: exit %d\nstdout: %s\nstderr: %s", c.args, code, stdout.String(), stderr.String())
		}
		if c.exit != 0 && stdout.Len() != 0 {
			t.Errorf("paysession %q printed a result on failure", c.args)
		}
	}
}

func TestQuoteProvider(t *testing.T) {
	dir := t.TempDir()
	file := dir + "/s.json"
	if err := os.WriteFile(file, []byte(`{"orderId":"o","currencyCode":"ISK","order":{"lineItems":[{"amount":5}]}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"quote", "-provider", "stripe", file}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "\"amount\": 5,\n  \"provider\": \"stripe\",\n  \"wireAmount\": 500,\n  \"amountOverridden\"") {
		t.Errorf("output:\n%s", stdout.String())
	}
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"quote", "-provider", "braintree", file}, nil, &stdout, &stderr); code != 2 || stdout.Len() != 0 ||
		!strings.HasPrefix(stderr.String(), "-provider: unknown provider \"braintree\"") {
		t.Errorf("unknown provider: exit %d %q", code, stderr.String())
	}
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"quote", file}, nil, &stdout, &stderr); code != 0 || strings.Contains(stdout.String(), "wireAmount") {
		t.Errorf("without -provider: exit %d\n%s", code, stdout.String())
	}
}
