package validation

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/session"
)

func joinN(n int, item string) string { return strings.TrimSuffix(strings.Repeat(item+",", n), ",") }

func linesDoc(n int, item string) []byte {
	return []byte(`{"currencyCode":"GBP","order":{"lineItems":[` + joinN(n, item) + `]}}`)
}

// wantCapped checks that l lists exactly MaxErrors problems in order, then
// one too_many_errors saying omitted more, and that every message and path
// is within its bound.
func wantCapped(t *testing.T, what string, l fielderr.List, omitted int) {
	t.Helper()
	if len(l) != fielderr.MaxErrors+1 {
		t.Fatalf("%s: %d problems, want %d", what, len(l), fielderr.MaxErrors+1)
	}
	last := l[fielderr.MaxErrors]
	if last.Path != "$" || last.Code != fielderr.CodeTooManyErrors || last.Message != strconv.Itoa(omitted)+" more problems not listed" {
		t.Errorf("%s: last problem %+v, want %d omitted", what, last, omitted)
	}
	for i, e := range l[:fielderr.MaxErrors] {
		if e.Code == fielderr.CodeTooManyErrors {
			t.Errorf("%s: too_many_errors at %d", what, i)
		}
		if i > 0 && comparePaths(l[i-1].Path, e.Path) > 0 {
			t.Errorf("%s: not sorted at %d: %s, %s", what, i, l[i-1].Path, e.Path)
		}
		if len(e.Message) > session.MaxMessageBytes || !utf8.ValidString(e.Message) {
			t.Errorf("%s: message %q", what, e.Message)
		}
	}
}

// Every validation call lists at most MaxErrors problems: rule problems
// (4 per line: 40 000), decoding problems, and both together.
func TestValidationBoundsProblems(t *testing.T) {
	rules := linesDoc(session.MaxLineItems, `{"amount":-1,"taxAmount":-1,"discountAmount":-1,"quantity":0}`)
	_, err := PrimerJSON(rules)
	wantCapped(t, "PrimerJSON rules", asList(err), 4*session.MaxLineItems-fielderr.MaxErrors)
	// The first ones by path: line 0's four, then line 1's, …
	if l := asList(err); l[0].Path != "$.order.lineItems[0].amount" || l[4].Path != "$.order.lineItems[1].amount" {
		t.Errorf("first problems %v %v", l[0], l[4])
	}
	// The session itself, without JSON (PrimerJSON gives the zero Session
	// with its error; the best-effort decoding is the session validated).
	s, _ := session.DecodeRequestBestEffort(rules)
	wantCapped(t, "Primer", asList(Primer(s)), 4*session.MaxLineItems-fielderr.MaxErrors)

	// Decoding problems only (an unknown field per line).
	_, err = PrimerJSON(linesDoc(3000, `{"amount":1,"x":1}`))
	wantCapped(t, "PrimerJSON decoding", asList(err), 2000)

	// Negative amounts with a discount: one problem per line.
	_, err = PrimerJSON(linesDoc(session.MaxLineItems, `{"amount":-1,"discountAmount":1}`))
	wantCapped(t, "PrimerJSON discounts", asList(err), session.MaxLineItems-fielderr.MaxErrors)

	// At the bound exactly: no too_many_errors.
	_, err = PrimerJSON(linesDoc(fielderr.MaxErrors, `{"amount":1,"x":1}`))
	if l := asList(err); len(l) != fielderr.MaxErrors || l[len(l)-1].Code == fielderr.CodeTooManyErrors {
		t.Errorf("at the bound: %d problems", len(l))
	}

	// KOMOJU: decoding and rules.
	_, err = KomojuJSON([]byte(`{"amount":1,"currency":"JPY","line_items":[` + joinN(2500, `{"amount":-1,"quantity":0,"image":"x"}`) + `]}`))
	wantCapped(t, "KomojuJSON rules", asList(err), 3*2500-fielderr.MaxErrors)
	_, err = KomojuJSON([]byte(`{"amount":1,"currency":"JPY","line_items":[` + joinN(2500, `{"amount":1,"u":1}`) + `]}`))
	wantCapped(t, "KomojuJSON decoding", asList(err), 2500-fielderr.MaxErrors)
}

// A decoding problem covers the rule problems at and under its path (one
// mistake, one problem), found with one set look-up per path step, not by
// comparing every rule problem with every decoding problem.
func TestCoveredProblemsDropped(t *testing.T) {
	// 900 line items whose amount does not decode (type errors) would each
	// also be "required": only the type errors are listed.
	_, err := PrimerJSON(linesDoc(900, `{"amount":"1"}`))
	l := asList(err)
	if len(l) != 900 {
		t.Fatalf("%d problems, want 900", len(l))
	}
	for _, e := range l {
		if e.Code != fielderr.CodeType {
			t.Fatalf("%+v", e)
		}
	}
	var c collector
	c.add("$.a", fielderr.CodeType, "x")
	c.add("$.b[1]", fielderr.CodeType, "x")
	c.cover()
	for path, want := range map[string]bool{"$.a": true, "$.a.b": true, "$.a[0]": true, "$.ab": false, "$.b[1].c": true, "$.b[10]": false, "$": false, "$.b": false} {
		if got := c.isCovered(path); got != want {
			t.Errorf("isCovered(%s) = %v", path, got)
		}
	}
}
