package main

import (
	"encoding/json"
	"runtime"
	"strings"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/bigdoc"
	"github.com/paysession/paysession/session"
)

func joinN(n int, item string) string { return strings.TrimSuffix(strings.Repeat(item+",", n), ",") }

// hostileDocs are issue 10's rows, each with the command lines that read it:
// what used to cost seconds, gigabytes or a million lines of output.
func hostileDocs() []struct {
	name string
	args [][]string
	doc  string
} {
	inner := "[" + joinN(999, "[]") + "]"
	mid := "[" + joinN(999, inner) + "]"
	nested := func(field string, keyLen int) string {
		var b strings.Builder
		b.WriteString(`{"` + field + `":`)
		for i := range session.MaxDepth - 4 {
			b.WriteString(`{"` + strings.Repeat(string(rune('a'+i%26)), keyLen) + `":`)
		}
		b.WriteString("{")
		b.WriteString(bigdoc.DuplicatePairs(500)) // 500 duplicate-key problems, each at a long path
		b.WriteString("}" + strings.Repeat("}", session.MaxDepth-4+1))
		return b.String()
	}
	var keys999 strings.Builder
	for i := range 999 {
		if i > 0 {
			keys999.WriteByte(',')
		}
		keys999.WriteString(`"k` + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + `":0`)
	}
	komoju := [][]string{{"validate", "-api", "komoju"}}
	primer := [][]string{{"validate"}, {"quote"}, {"validate", "-enable", strings.Repeat("KLARNA,", 20000) + "APPLE_PAY", "-tax"}}
	return []struct {
		name string
		args [][]string
		doc  string
	}{
		{"komoju nested empty arrays", komoju, `{"amount":1,"currency":"JPY","payment_data":{"x":[` + mid + "," + mid + "," + mid + `]}}`},
		{"komoju 999 unknown keys per line", komoju, `{"amount":1,"currency":"JPY","line_items":[` + joinN(1000, "{"+keys999.String()+"}") + `]}`},
		{"komoju long nested keys", komoju, nested("payment_data", 20000)},
		{"primer long nested keys", primer, nested("metadata", 30000)},
		{"primer negative discounts", primer, `{"currencyCode":"GBP","order":{"lineItems":[` + joinN(session.MaxLineItems, `{"amount":-1,"discountAmount":1}`) + `]}}`},
		{"primer many errors then deep nesting", primer, `{"order":{"lineItems":[` + joinN(1100, `{"amount":"x"}`) + `,{"x":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}]}}`},
		{"primer 40 000 rule problems", primer, `{"currencyCode":"GBP","order":{"lineItems":[` + joinN(session.MaxLineItems, `{"amount":-1,"taxAmount":-1,"discountAmount":-1,"quantity":0}`) + `]}}`},
		{"primer bad e-mail", primer, `{"customer":{"emailAddress":"john.secret.doe@@example.com"}}`},
		{"komoju bad e-mail", komoju, `{"amount":1,"currency":"JPY","email":"john.secret.doe@@example.com"}`},
	}
}

// Each row of issue 10, through the command line: exit 1, at most 1 000
// problems and one too_many_errors on stdout and on stderr, no line longer
// than a path of 32 clipped keys and a 200-byte message, no e-mail address
// echoed, and memory within 8 bytes per input byte plus a constant.
func TestHostileInputsCommandLine(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("large inputs (skipped with -short and -race)")
	}
	for _, h := range hostileDocs() {
		for _, args := range h.args {
			var m1, m2 runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&m1)
			code, out, errs := runCmd(append(args, "-"), h.doc)
			runtime.ReadMemStats(&m2)
			what := h.name + ": " + args[0]
			if len(args) > 1 {
				what += " " + args[1]
			}
			if code != exitInvalid && !(args[0] == "quote" && strings.Contains(h.name, "e-mail")) { // quote prices, it does not validate
				t.Errorf("%s: exit %d", what, code)
			}
			lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
			if len(lines) > fielderr.MaxErrors+1 {
				t.Errorf("%s: %d lines on stderr", what, len(lines))
			}
			for _, l := range lines {
				if len(l) > session.MaxDepth*(session.MaxPathKeyBytes+8)+session.MaxMessageBytes {
					t.Errorf("%s: stderr line of %d bytes", what, len(l))
				}
			}
			if strings.Contains(errs+out, "john.secret.doe") {
				t.Errorf("%s: e-mail address echoed", what)
			}
			if strings.Contains(errs, "nesting deeper") && strings.Contains(h.name, "then deep") && len(lines) != 1 {
				t.Errorf("%s: %s", what, errs)
			}
			if args[0] == "validate" {
				var v struct {
					Errors []struct{ Path, Code, Message string }
				}
				if err := json.Unmarshal([]byte(out), &v); err != nil {
					t.Fatalf("%s: %v", what, err)
				}
				if len(v.Errors) == 0 || len(v.Errors) > fielderr.MaxErrors+1 {
					t.Errorf("%s: %d errors", what, len(v.Errors))
				}
			}
			if alloc, bound := m2.TotalAlloc-m1.TotalAlloc, uint64(8*len(h.doc))+32<<20; alloc > bound {
				t.Errorf("%s: %d bytes of input cost %d bytes, more than %d", what, len(h.doc), alloc, bound)
			}
		}
	}
}

// A huge argument echoed in a message is cut: no stderr line is longer than
// its path and 200 bytes.
func TestLongArgumentClipped(t *testing.T) {
	long := strings.Repeat("é", 10000)
	for _, args := range [][]string{{"validate", "-api", long}, {"format", "--", long, "USD"}, {"minor", "--", long, "USD"}} {
		code, _, errs := runCmd(args, "")
		if code == exitOK {
			t.Errorf("%v: exit 0", args[:2])
		}
		for _, l := range strings.Split(strings.TrimSuffix(errs, "\n"), "\n") {
			if strings.HasPrefix(l, "usage:") || strings.HasPrefix(l, "  ") {
				continue
			}
			if len(l) > 20+session.MaxMessageBytes {
				t.Errorf("%v: stderr line of %d bytes", args[:2], len(l))
			}
		}
	}
}
