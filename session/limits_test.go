package session

import (
	"errors"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/bigdoc"
)

// decoders are the module's entry points for JSON documents, each returning
// only its error, so that one test runs every limit through all of them.
var decoders = map[string]func([]byte) error{
	"request":  func(b []byte) error { _, err := DecodeRequest(b); return err },
	"response": func(b []byte) error { _, err := DecodeResponse(b); return err },
	"patch":    func(b []byte) error { _, err := DecodePatch(b); return err },
}

func joinN(n int, item string) string { return strings.TrimSuffix(strings.Repeat(item+",", n), ",") }

// Every decoder lists at most fielderr.MaxErrors problems, then one too_many_errors
// saying how many more there were; messages stay within MaxMessageBytes and
// paths repeat at most MaxPathKeyBytes of a key, cut at a rune boundary.
func TestDecodersBoundOutput(t *testing.T) {
	long := strings.Repeat("é", 200) // 400 bytes, 2-byte runes
	for api, dec := range decoders {
		for _, n := range []int{fielderr.MaxErrors, fielderr.MaxErrors + 1, 3 * fielderr.MaxErrors} {
			var in string
			if api == "komoju" {
				in = `{"line_items":[` + joinN(n, `{"`+long+`":1}`) + `]}`
			} else {
				in = `{"order":{"lineItems":[` + joinN(n, `{"`+long+`":1}`) + `]}}`
			}
			err := dec([]byte(in))
			var l fielderr.List
			if !errors.As(err, &l) {
				t.Fatalf("%s: %v", api, err)
			}
			listed := min(n, fielderr.MaxErrors)
			want := listed
			if n > fielderr.MaxErrors {
				want++
			}
			if len(l) != want {
				t.Fatalf("%s n=%d: %d problems, want %d", api, n, len(l), want)
			}
			if n > fielderr.MaxErrors {
				last := l[len(l)-1]
				if last.Path != "$" || last.Code != fielderr.CodeTooManyErrors || last.Message != strconv.Itoa(n-fielderr.MaxErrors)+" more problems not listed" {
					t.Errorf("%s n=%d: last %+v", api, n, last)
				}
			}
			for _, e := range l[:listed] {
				checkBounded(t, api, e)
				if e.Code != fielderr.CodeUnknownField {
					t.Fatalf("%s: %+v", api, e)
				}
			}
		}
	}
}

func checkBounded(t *testing.T, what string, e fielderr.Error) {
	t.Helper()
	if len(e.Message) > MaxMessageBytes || !utf8.ValidString(e.Message) {
		t.Errorf("%s: message of %d bytes (valid UTF-8: %v): %q", what, len(e.Message), utf8.ValidString(e.Message), e.Message)
	}
	if !utf8.ValidString(e.Path) {
		t.Errorf("%s: path not valid UTF-8: %q", what, e.Path)
	}
	for _, step := range strings.FieldsFunc(e.Path, func(r rune) bool { return r == '.' || r == '[' }) {
		if len(strings.TrimSuffix(strings.TrimSuffix(step, "']"), "…")) > MaxPathKeyBytes+2 {
			t.Errorf("%s: path step of %d bytes in %q", what, len(step), e.Path)
		}
	}
}

// A long key in a path: its first 64 bytes, never half a character, then
// "…"; in a message, at most 64 bytes of it.
func TestPathKeyClipped(t *testing.T) {
	key := strings.Repeat("x", 63) + "éé"
	_, err := DecodeRequest([]byte(`{"metadata":{"` + key + `":{"a":1,"a":2}}}`))
	var l fielderr.List
	if !errors.As(err, &l) || len(l) != 1 {
		t.Fatal(err)
	}
	// The part shown decides the form: 63 x are an identifier.
	if want := "$.metadata." + strings.Repeat("x", 63) + "….a"; l[0].Path != want {
		t.Errorf("path %q, want %q", l[0].Path, want)
	}
	_, err = DecodeRequest([]byte(`{"metadata":{"a b` + strings.Repeat("é", 100) + `":{"a":1,"a":2}}}`))
	if !errors.As(err, &l) || len(l) != 1 {
		t.Fatal(err)
	}
	if want := "$.metadata['a b" + strings.Repeat("é", 30) + "…'].a"; l[0].Path != want {
		t.Errorf("path %q, want %q", l[0].Path, want)
	}
}

// hostile are the shapes of issue 10, at the limits, for each API: what used
// to cost seconds and gigabytes.
func hostile() map[string]string {
	inner := "[" + joinN(MaxArrayLen-1, "[]") + "]"
	mid := "[" + joinN(MaxArrayLen-1, inner) + "]"
	nested := func(n, keyLen int, leaf string) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(`{"` + strings.Repeat(string(rune('a'+i%26)), keyLen) + `":`)
		}
		b.WriteString(leaf)
		b.WriteString(strings.Repeat("}", n))
		return b.String()
	}
	unknown999 := "{" + bigdoc.Keys(MaxObjectMembers-1, `:"v"`) + "}"
	dups := "{" + bigdoc.DuplicatePairs(MaxObjectMembers/2) + "}"
	return map[string]string{
		"primer long nested keys":     `{"metadata":` + nested(MaxDepth-4, 30000, dups) + `}`,
		"primer 999 unknown keys":     `{"order":{"lineItems":[` + joinN(1000, unknown999) + `]}}`,
		"primer nested empty arrays":  `{"metadata":{"x":[` + mid + "," + mid + `]}}`,
		"primer negative discounts":   `{"currencyCode":"GBP","order":{"lineItems":[` + joinN(MaxLineItems, `{"amount":-1,"discountAmount":1}`) + `]}}`,
		"primer rule problems":        `{"currencyCode":"GBP","order":{"lineItems":[` + joinN(MaxLineItems, `{"amount":-1,"taxAmount":-1,"discountAmount":-1,"quantity":0}`) + `]}}`,
		"primer long string":          `{"orderId":"` + strings.Repeat("é", MaxInputBytes/2-20) + `"}`,
		"primer empty items and fees": `{"order":{"lineItems":[` + joinN(MaxLineItems, `{}`) + `],"fees":[` + joinN(MaxFees, `{}`) + `]}}`,
	}
}

// Every hostile shape costs memory in proportion to its size: at most 8
// bytes allocated per input byte, plus a constant (the largest lists the
// limits allow: MaxLineItems line items of 272 bytes, while their slice grows
// and when it is cut to its exact length), and at most fielderr.MaxErrors+1 problems.
func TestHostileMemoryBounded(t *testing.T) {
	for name, in := range hostile() {
		dec := decoders["request"]
		data := []byte(in)
		var m1, m2 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m1)
		err := dec(data)
		runtime.ReadMemStats(&m2)
		alloc := m2.TotalAlloc - m1.TotalAlloc
		if bound := uint64(8*len(data)) + 16<<20; alloc > bound {
			t.Errorf("%s: %d input bytes cost %d bytes, more than %d", name, len(data), alloc, bound)
		}
		var l fielderr.List
		errors.As(err, &l)
		if len(l) > fielderr.MaxErrors+1 {
			t.Errorf("%s: %d problems", name, len(l))
		}
		for _, e := range l {
			checkBounded(t, name, e)
		}
	}
}

// Building a session in Go lists at most fielderr.MaxErrors problems too.
func TestNewBoundsProblems(t *testing.T) {
	items := make([]LineItem, 3*fielderr.MaxErrors)
	for i := range items {
		items[i].ProductData.Weight = "heavy"
	}
	_, err := New(Params{Order: Order{LineItems: items}})
	var l fielderr.List
	if !errors.As(err, &l) || len(l) != fielderr.MaxErrors+1 || l[fielderr.MaxErrors].Code != fielderr.CodeTooManyErrors || l[fielderr.MaxErrors].Message != "2000 more problems not listed" {
		t.Fatalf("New: %d problems", len(l))
	}
	var b PatchBuilder
	b.SetLineItems(items)
	_, err = b.Build()
	if !errors.As(err, &l) || len(l) != fielderr.MaxErrors+1 || l[fielderr.MaxErrors].Code != fielderr.CodeTooManyErrors {
		t.Fatalf("Build: %d problems", len(l))
	}
}
