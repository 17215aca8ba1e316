package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRateCommands(t *testing.T) {
	const s = `{"currencyCode":"USD","order":{"lineItems":[{"amount":1200}]}}`
	for _, tc := range []struct {
		args   []string
		stdin  string
		exit   int
		stdout string // a substring
		stderr string // a substring
	}{
		{[]string{"tax", "-rate", "8.875%", "-"}, s, 0, `"taxAmount": 106`, ""},
		{[]string{"tax", "-rate", "8.875%", "-round", "half-up"}, s, 0, `"taxAmount": 107`, ""},
		{[]string{"tax"}, s, 2, "", "-rate: required"},
		{[]string{"tax", "-rate", "1%", "-per", "invoice"}, s, 2, "", `-per: want line or order, got "invoice"`},
		{[]string{"tax", "-rate", "1%", "-round", "nearest"}, s, 2, "", "-round:"},
		{[]string{"tax", "-rate", "1e-3"}, s, 1, "", "-rate: \"1e-3\": invalid rate syntax"},
		{[]string{"tax", "-rate", "1%", "a", "b"}, s, 2, "", "want at most 1 argument"},
		{[]string{"tax", "-rate", "1%", "/nonexistent/file"}, s, 2, "", "FILE:"},
		{[]string{"tax", "-rate", "1%", "-round", "exact", "-inclusive"}, s, 1, "", "$.order.lineItems[0]: "},
		{[]string{"tax", "-rate", "0.1%", "-per", "order", "-round", "exact"}, s, 1, "", "$.order.lineItems: "},
		{[]string{"tax", "-h"}, s, 0, "", "usage: paysession tax"},
		{[]string{"discount", "-amount", "100"}, s, 0, `"discountAmount": 100`, ""},
		{[]string{"discount", "-rate", "10%"}, s, 0, `"discountAmount": 120`, ""},
		{[]string{"discount"}, s, 2, "", "give exactly one of -amount and -rate"},
		{[]string{"discount", "-amount", "1", "-rate", "1%"}, s, 2, "", "give exactly one"},
		{[]string{"discount", "-amount", "x"}, s, 1, "", `-amount: "x" is not an integer number of minor units`},
		{[]string{"discount", "-rate", "NaN"}, s, 1, "", "-rate:"},
		{[]string{"discount", "-rate", "1%", "-round", "x"}, s, 2, "", "-round:"},
		{[]string{"discount", "-amount", "1201"}, s, 1, "", "$.order.lineItems: the discount of 1201 exceeds the order's net amount of 1200"},
		{[]string{"discount", "-amount", "1"}, `{"currencyCode":"usd"}`, 1, "", "$.currencyCode:"},
		{[]string{"exchange", "-to", "JPY", "-rate", "151.237"}, s, 0, `"amount": 1815`, ""},
		{[]string{"exchange", "-rate", "151.237"}, s, 2, "", "-to: required"},
		{[]string{"exchange", "-to", "JPY"}, s, 2, "", "-rate: required"},
		{[]string{"exchange", "-to", "jpy", "-rate", "1"}, s, 1, "", `-to: "jpy": malformed currency code`},
		{[]string{"exchange", "-to", "JPY", "-rate", "1", "-round", "x"}, s, 2, "", "-round:"},
		{[]string{"exchange", "-to", "JPY", "-rate", "x"}, s, 1, "", "-rate:"},
		{[]string{"exchange", "-to", "JPY", "-rate", "1", "-markup", "-2"}, s, 1, "", "-markup: \"-2%\": rate must not be negative"},
		{[]string{"exchange", "-to", "JPY", "-rate", "999999999999999999", "-markup", "50"}, s, 1, "", "-markup: the rate with the markup has too many digits"},
		{[]string{"exchange", "-to", "JPY", "-rate", "0"}, s, 1, "", "$: an exchange rate must be > 0"},
		{[]string{"exchange", "-to", "JPY", "-rate", "1"}, `{"currencyCode":"usd"}`, 1, "", "$.currencyCode:"},
		{[]string{"convert", "-to", "JPY", "-rate", "151.237", "1999", "USD"}, "", 0, `"minor": 3023`, ""},
		{[]string{"convert", "-to", "JPY", "-rate", "151.237", "1999"}, "", 2, "", "want 2 arguments"},
		{[]string{"convert", "-rate", "1", "1", "USD"}, "", 2, "", "-to: required"},
		{[]string{"convert", "-to", "JPY", "1", "USD"}, "", 2, "", "-rate: required"},
		{[]string{"convert", "-to", "JPY", "-rate", "1", "-round", "x", "1", "USD"}, "", 2, "", "-round:"},
		{[]string{"convert", "-to", "JPY", "-rate", "1", "x", "USD"}, "", 1, "", "MINOR:"},
		{[]string{"convert", "-to", "JPY", "-rate", "1", "1", "XAU"}, "", 1, "", "CODE: a currency without minor unit"},
		{[]string{"convert", "-to", "XAU", "-rate", "1", "1", "USD"}, "", 1, "", `-to: "XAU": a currency without minor unit`},
		{[]string{"convert", "-to", "JPY", "-rate", "x", "1", "USD"}, "", 1, "", "-rate:"},
		{[]string{"convert", "-to", "JPY", "-rate", "1", "-markup", "x", "1", "USD"}, "", 1, "", "-markup:"},
		{[]string{"convert", "-to", "JPY", "-rate", "0.5", "-round", "exact", "1", "JPY"}, "", 1, "", "MINOR: the converted amount needs rounding"},
		{[]string{"convert", "-to", "KWD", "-rate", "2", "9223372036854775807", "JPY"}, "", 1, "", "MINOR: result out of range"},
	} {
		var stdout, stderr bytes.Buffer
		exit := run(tc.args, strings.NewReader(tc.stdin), &stdout, &stderr)
		if exit != tc.exit || !strings.Contains(stdout.String(), tc.stdout) || !strings.Contains(stderr.String(), tc.stderr) {
			t.Errorf("paysession %q: exit %d\nstdout: %s\nstderr: %s", tc.args, exit, stdout.String(), stderr.String())
		}
		if exit != 0 && stdout.Len() > 0 {
			t.Errorf("paysession %q: exit %d with output %s", tc.args, exit, stdout.String())
		}
	}
}
