package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

// Edge cases of the command-line contract that the per-command
// tests do not reach: help, usage errors of every subcommand, unreadable
// input, a failing stdout, and the validate flags for the warnings.

// failWriter fails every write, as a closed pipe does.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func runCmd(args []string, stdin string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestHelp(t *testing.T) {
	// Help goes to stderr: stdout carries only JSON results.
	for _, arg := range []string{"help", "-h", "-help", "--help"} {
		code, out, errs := runCmd([]string{arg}, "")
		if code != exitOK || !strings.Contains(errs, "usage: paysession <command>") || out != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", arg, code, out, errs)
		}
	}
	// -h of a subcommand prints its usage on stderr and succeeds, as Go's
	// flag package does.
	for _, cmd := range []string{"currency", "minor", "major", "format", "quote", "validate", "patch"} {
		code, out, errs := runCmd([]string{cmd, "-h"}, "")
		if code != exitOK || out != "" || !strings.Contains(errs, "usage: paysession "+cmd) {
			t.Errorf("%s -h: exit %d, stdout %q, stderr %q", cmd, code, out, errs)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	cases := []struct {
		args []string
		code int
		err  string // exact stderr line, or a substring after "~"
	}{
		{[]string{"major", "5"}, exitUsage, "~paysession major: want 2 arguments, got 1"},
		{[]string{"format", "5", "USD", "x"}, exitUsage, "~paysession format: want 2 arguments, got 3"},
		{[]string{"format", "-bogus", "5", "USD"}, exitUsage, "~flag provided but not defined: -bogus"},
		{[]string{"quote", "a.json", "b.json"}, exitUsage, "~paysession quote: want at most 1 argument, got 2"},
		{[]string{"validate", "a.json", "b.json"}, exitUsage, "~paysession validate: want at most 1 argument, got 2"},
		{[]string{"validate", "-api", "stripe"}, exitUsage, "~-api: \"stripe\" is not an API: want primer or komoju"},
		{[]string{"format", "5.5", "USD"}, exitInvalid, "MINOR: \"5.5\" is not an integer number of minor units\n"},
		{[]string{"format", "5", "usd"}, exitInvalid, "CODE: \"usd\": malformed currency code\n"},
		{[]string{"major", "5", "XAU"}, exitInvalid, "CODE: amount \"5\" XAU: currency has no minor unit (ISO 4217 N.A.)\n"},
		{[]string{"format", "5", "XAU"}, exitInvalid, "~CODE: "},
	}
	for _, c := range cases {
		code, out, errs := runCmd(c.args, "")
		ok := errs == c.err
		if want, sub := strings.CutPrefix(c.err, "~"); sub {
			ok = strings.Contains(errs, want)
		}
		if code != c.code || out != "" || !ok {
			t.Errorf("%v: exit %d (want %d), stdout %q, stderr %q (want %q)", c.args, code, c.code, out, errs, c.err)
		}
	}
}

// TestUnreadableInput: input that cannot be read is a usage error (exit 2)
// reported against the argument's name, for every command that reads one.
func TestUnreadableInput(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.json")
	good := filepath.Join(t.TempDir(), "s.json")
	if err := os.WriteFile(good, []byte(`{"currencyCode":"GBP"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		arg  string
	}{
		{[]string{"quote", missing}, "FILE"},
		{[]string{"validate", missing}, "FILE"},
		{[]string{"patch", missing, good}, "SESSION"},
		{[]string{"patch", good, missing}, "PATCH"},
	}
	for _, c := range cases {
		code, out, errs := runCmd(c.args, "")
		if code != exitUsage || out != "" || !strings.HasPrefix(errs, c.arg+": ") || !strings.Contains(errs, "missing.json") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", c.args, code, out, errs)
		}
	}
	// A read error on standard input.
	for _, args := range [][]string{{"quote"}, {"validate", "-"}, {"patch", "-", good}} {
		var out, errb bytes.Buffer
		code := run(args, iotest.ErrReader(errors.New("input/output error")), &out, &errb)
		if code != exitUsage || out.Len() != 0 || !strings.HasSuffix(errb.String(), ": input/output error\n") {
			t.Errorf("%v with a failing stdin: exit %d, stdout %q, stderr %q", args, code, out.String(), errb.String())
		}
	}
}

// TestFailingStdout: when the result cannot be written the command fails
// with status 1 and says so on stderr, instead of reporting success.
func TestFailingStdout(t *testing.T) {
	sess := filepath.Join(t.TempDir(), "s.json")
	patch := filepath.Join(t.TempDir(), "p.json")
	if err := os.WriteFile(sess, []byte(`{"currencyCode":"GBP","order":{"lineItems":[{"amount":5}]}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(patch, []byte(`{"orderId":"o"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"currency", "USD"}, {"minor", "1", "USD"}, {"major", "1", "USD"}, {"format", "1", "USD"},
		{"quote", sess}, {"validate", sess}, {"patch", sess, patch},
	} {
		var errb bytes.Buffer
		code := run(args, strings.NewReader(""), failWriter{}, &errb)
		if code != exitInvalid {
			t.Errorf("%v to a failing stdout: exit %d, stderr %q", args, code, errb.String())
		}
	}
}

func TestValidateEnableAndTax(t *testing.T) {
	in := `{"orderId":"o-1","currencyCode":"GBP","order":{"lineItems":[{"amount":500}]}}`
	code, out, errs := runCmd([]string{"validate", "-enable", "KLARNA,APPLE_PAY", "-tax"}, in)
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	// The warnings: one warning per missing field of each enabled method, and
	// TAXJAR for the missing shipping address.
	for _, w := range []string{
		`"type": "APPLE_PAY"`, `"path": "$.order.countryCode"`,
		`"type": "KLARNA"`, `"path": "$.customer.emailAddress"`, `"path": "$.customer.billingAddress.countryCode"`,
		`"type": "TAXJAR"`, `"path": "$.customer.shippingAddress.countryCode"`, `"path": "$.customer.shippingAddress.postalCode"`,
	} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %s:\n%s", w, out)
		}
	}
	if strings.Contains(out, `"type": "GOOGLE_PAY"`) || strings.Contains(out, `"type": "PAYPAL"`) {
		t.Errorf("warnings for methods that are not enabled:\n%s", out)
	}
}

func TestErrorLinesOfOtherErrors(t *testing.T) {
	if got := errorLines(errors.New("boom")); len(got) != 1 || got[0] != (errorLine{"$", "boom"}) {
		t.Errorf("errorLines(plain error) = %v", got)
	}
	if got := errorLines(nil); got != nil {
		t.Errorf("errorLines(nil) = %v", got)
	}
}

func TestObjectEncodeError(t *testing.T) {
	_, err := object{{"ok", 1}, {"bad", make(chan int)}}.MarshalJSON()
	if err == nil || !strings.HasPrefix(err.Error(), "bad: ") {
		t.Errorf("MarshalJSON of a channel: %v, want an error naming the key", err)
	}
	var b bytes.Buffer
	if err := writeJSON(&b, object{{"f", func() {}}}); err == nil || b.Len() != 0 {
		t.Errorf("writeJSON of a func: %v, wrote %q", err, b.String())
	}
	var errb bytes.Buffer
	if code := output(&b, &errb, object{{"c", make(chan int)}}); code != exitInvalid || !strings.HasPrefix(errb.String(), "$: ") {
		t.Errorf("output of a channel: exit %d, stderr %q", code, errb.String())
	}
}
