package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string // exact, unless prefixed with "~" (substring)
	}{
		{"currency JPY", []string{"currency", "JPY"}, 0,
			"{\n  \"code\": \"JPY\",\n  \"numeric\": \"392\",\n  \"name\": \"Yen\",\n  \"minorUnits\": 0,\n  \"fund\": false\n}\n", ""},
		{"currency N.A.", []string{"currency", "XAU"}, 0,
			"{\n  \"code\": \"XAU\",\n  \"numeric\": \"959\",\n  \"name\": \"Gold\",\n  \"minorUnits\": null,\n  \"fund\": false\n}\n", ""},
		{"currency fund", []string{"currency", "CLF"}, 0,
			"{\n  \"code\": \"CLF\",\n  \"numeric\": \"990\",\n  \"name\": \"Unidad de Fomento\",\n  \"minorUnits\": 4,\n  \"fund\": true\n}\n", ""},
		{"currency withdrawn", []string{"currency", "HRK"}, 1, "",
			"CODE: \"HRK\": withdrawn currency code (withdrawal date 2023-01)\n"},
		{"currency withdrawn BGN", []string{"currency", "BGN"}, 1, "",
			"CODE: \"BGN\": withdrawn currency code (withdrawal date 2026-01)\n"},
		{"currency unknown", []string{"currency", "ABC"}, 1, "", "CODE: \"ABC\": unknown currency code\n"},
		{"currency lower case", []string{"currency", "usd"}, 1, "", "CODE: \"usd\": malformed currency code\n"},
		{"currency no arg", []string{"currency"}, 2, "", "~want 1 arguments, got 0"},
		{"currency two args", []string{"currency", "USD", "EUR"}, 2, "", "~usage: paysession currency CODE"},

		{"minor", []string{"minor", "49.99", "GBP"}, 0, "{\n  \"minor\": 4999\n}\n", ""},
		{"minor half-even", []string{"minor", "-round", "half-even", "0.125", "USD"}, 0, "{\n  \"minor\": 12\n}\n", ""},
		{"minor half-up", []string{"minor", "-round", "half-up", "0.125", "USD"}, 0, "{\n  \"minor\": 13\n}\n", ""},
		{"minor inexact", []string{"minor", "0.125", "USD"}, 1, "",
			"AMOUNT: amount \"0.125\" USD: amount needs rounding\n"},
		{"minor negative after --", []string{"minor", "--", "-0.5", "USD"}, 0, "{\n  \"minor\": -50\n}\n", ""},
		{"minor negative without --", []string{"minor", "-0.5", "USD"}, 2, "", "~flag provided but not defined: -0.5"},
		{"minor syntax", []string{"minor", "1e3", "USD"}, 1, "", "AMOUNT: amount \"1e3\" USD: invalid decimal syntax\n"},
		{"minor overflow", []string{"minor", "99999999999999999999", "USD"}, 1, "", "AMOUNT: amount \"99999999999999999999\" USD: amount out of range\n"},
		{"minor N.A.", []string{"minor", "1", "XAU"}, 1, "", "CODE: amount \"1\" XAU: currency has no minor unit (ISO 4217 N.A.)\n"},
		{"minor bad code", []string{"minor", "1", "HRK"}, 1, "", "~CODE: \"HRK\": withdrawn"},
		{"minor bad mode", []string{"minor", "-round", "nearest", "1", "USD"}, 2, "", "~-round: \"nearest\": unknown rounding mode"},
		{"minor flags after args", []string{"minor", "0.125", "USD", "-round", "up"}, 2, "", "~want 2 arguments, got 4"},

		{"major", []string{"major", "4999", "GBP"}, 0, "{\n  \"major\": \"49.99\"\n}\n", ""},
		{"major KWD", []string{"major", "1234", "KWD"}, 0, "{\n  \"major\": \"1.234\"\n}\n", ""},
		{"major negative", []string{"major", "--", "-5", "USD"}, 0, "{\n  \"major\": \"-0.05\"\n}\n", ""},
		{"major JPY", []string{"major", "100", "JPY"}, 0, "{\n  \"major\": \"100\"\n}\n", ""},
		{"major not integer", []string{"major", "49.99", "GBP"}, 1, "", "MINOR: \"49.99\" is not an integer number of minor units\n"},
		{"major plus", []string{"major", "+5", "GBP"}, 1, "", "MINOR: \"+5\" is not an integer number of minor units\n"},
		{"major range", []string{"major", "9223372036854775808", "GBP"}, 1, "", "MINOR: \"9223372036854775808\" is out of range (int64)\n"},

		{"format default locale", []string{"format", "700", "USD"}, 0, "{\n  \"text\": \"$7.00\"\n}\n", ""},
		{"format de-DE", []string{"format", "-locale", "de-DE", "700", "EUR"}, 0, "{\n  \"text\": \"7,00\u00a0€\"\n}\n", ""},
		{"format en-GB", []string{"format", "-locale", "en-GB", "4999", "GBP"}, 0, "{\n  \"text\": \"£49.99\"\n}\n", ""},
		{"format ja-JP", []string{"format", "-locale", "ja-JP", "100", "JPY"}, 0, "{\n  \"text\": \"￥100\"\n}\n", ""},
		{"format bad locale", []string{"format", "-locale", "as-t-00", "700", "USD"}, 2, "", "-locale: locale \"as-t-00\": invalid locale: tag is not well-formed: a -t- subtag is malformed\n"},
		{"format unknown language", []string{"format", "-locale", "zz", "700", "USD"}, 0, "{\n  \"text\": \"US$\u00a07.00\"\n}\n", ""},
		{"format en_US", []string{"format", "-locale", "en_US", "700", "USD"}, 2, "", "-locale: locale \"en_US\": invalid locale: '_' is not a BCP 47 separator (write en-US, not en_US)\n"},
		{"format und is root", []string{"format", "-locale", "und", "700", "EUR"}, 0, "{\n  \"text\": \"€\u00a07.00\"\n}\n", ""},
		{"format narrow", []string{"format", "-locale", "en-CA", "-display", "narrow", "700", "USD"}, 0, "{\n  \"text\": \"$7.00\"\n}\n", ""},
		{"format symbol en-CA", []string{"format", "-locale", "en-CA", "700", "USD"}, 0, "{\n  \"text\": \"US$7.00\"\n}\n", ""},
		{"format code", []string{"format", "-display", "code", "700", "USD"}, 0, "{\n  \"text\": \"USD\u00a07.00\"\n}\n", ""},
		{"format accounting", []string{"format", "-accounting", "--", "-500", "USD"}, 0, "{\n  \"text\": \"($5.00)\"\n}\n", ""},
		{"format bad display", []string{"format", "-display", "long", "700", "USD"}, 2, "", "-display: \"long\": unknown currency display (want symbol, narrow or code)\n"},
		{"format flag after arguments", []string{"format", "700", "USD", "-display", "code"}, 2, "", "-display: flags come before MINOR CODE (paysession format [-locale TAG] [-display symbol|narrow|code] [-accounting] MINOR CODE)\n"},

		{"no args", nil, 2, "", "~usage: paysession <command>"},
		{"unknown command", []string{"frobnicate"}, 2, "", "~paysession: unknown command \"frobnicate\""},
		// quote, validate and patch belong to other files (stubs at first);
		// here only the dispatch is checked: without arguments they are a
		// usage error, whatever their messages say.
		{"quote dispatch", []string{"quote", "-no-such-flag"}, 2, "", "~"},
		{"validate dispatch", []string{"validate", "-no-such-flag"}, 2, "", "~"},
		{"patch dispatch", []string{"patch"}, 2, "", "~"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, strings.NewReader(""), &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, stderr.String())
			}
			if stdout.String() != tt.stdout {
				t.Errorf("stdout %q, want %q", stdout.String(), tt.stdout)
			}
			if want, ok := strings.CutPrefix(tt.stderr, "~"); ok {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("stderr %q does not contain %q", stderr.String(), want)
				}
			} else if stderr.String() != tt.stderr {
				t.Errorf("stderr %q, want %q", stderr.String(), tt.stderr)
			}
		})
	}
}

func TestObjectKeepsOrder(t *testing.T) {
	var b bytes.Buffer
	err := writeJSON(&b, object{{"z", 1}, {"a", object{{"y", "<&>"}, {"b", nil}}}, {"list", []any{object{{"k", true}}}}})
	if err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"z\": 1,\n  \"a\": {\n    \"y\": \"<&>\",\n    \"b\": null\n  },\n  \"list\": [\n    {\n      \"k\": true\n    }\n  ]\n}\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	writeErrors(&b, errorLine{"$.amount", "must be an integer"}, errorLine{"CODE", "bad"})
	if got := b.String(); got != "$.amount: must be an integer\nCODE: bad\n" {
		t.Errorf("writeErrors wrote %q", got)
	}
}
