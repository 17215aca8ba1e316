package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestFormatHelp: -h names every flag and says that a negative amount needs
// "--"; without it, -700 is an unknown flag (exit 2) and the usage says so.
func TestFormatHelp(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"format", "-h"}, nil, &stdout, &stderr); code != exitOK || stdout.Len() != 0 {
		t.Fatalf("format -h = %d, stdout %q", code, stdout.String())
	}
	for _, want := range []string{"-locale", "-display", "-accounting", `needs "--"`, "-- -700 EUR", "Flags come before MINOR CODE"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("format -h lacks %q:\n%s", want, stderr.String())
		}
	}
	stderr.Reset()
	if code := run([]string{"format", "-700", "EUR"}, nil, &stdout, &stderr); code != exitUsage || !strings.Contains(stderr.String(), `needs "--"`) {
		t.Errorf("format -700 EUR = %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"format", "-locale", "de-DE", "--", "-700", "EUR"}, nil, &stdout, &stderr); code != exitOK || !strings.Contains(stdout.String(), "-7,00\u00a0€") {
		t.Errorf("format -- -700 EUR = %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"format", "700"}, nil, &stdout, &stderr); code != exitUsage || !strings.Contains(stderr.String(), "want 2 arguments") {
		t.Errorf("format 700 = %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"format", "x", "USD"}, nil, &stdout, &stderr); code != exitInvalid {
		t.Errorf("format x USD = %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"format", "1", "XAU"}, nil, &stdout, &stderr); code != exitInvalid || !strings.HasPrefix(stderr.String(), "CODE: ") {
		t.Errorf("format 1 XAU = %d, stderr %q", code, stderr.String())
	}
}
