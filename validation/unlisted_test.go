package validation

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/fielderr"
)

// tooMany returns the message of the CodeTooManyErrors problem of err, or "".
func tooMany(t *testing.T, err error) (string, int) {
	t.Helper()
	l, ok := err.(fielderr.List)
	if !ok {
		t.Fatalf("error %T %v, want an ErrorList", err, err)
	}
	for _, e := range l {
		if e.Code == fielderr.CodeTooManyErrors {
			return e.Message, len(l)
		}
	}
	return "", len(l)
}

// primerLines returns a Primer request with n line items, each the JSON
// object item.
func primerLines(n int, item func(i int) string) []byte {
	var b bytes.Buffer
	b.WriteString(`{"currencyCode":"EUR","order":{"lineItems":[`)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(item(i))
	}
	b.WriteString(`]}}`)
	return b.Bytes()
}

// cutKeys returns a KOMOJU metadata member with n keys of 70 bytes that
// share their first 64.
func cutKeys(n int) string {
	var b strings.Builder
	b.WriteString(`,"metadata":{`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"` + strings.Repeat("m", 64) + strconv.Itoa(100000+i) + `":"v"`)
	}
	b.WriteString("}")
	return b.String()
}

// komojuLines is primerLines for KOMOJU, with more members after the line
// items.
func komojuLines(n int, item func(i int) string, more ...string) []byte {
	var b bytes.Buffer
	b.WriteString(`{"mode":"payment","currency":"JPY","amount":1,"return_url":"https://example.com/r","line_items":[`)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(item(i))
	}
	b.WriteString(`]` + strings.Join(more, "") + `}`)
	return b.Bytes()
}

// TestUnlistedCountExact pins the count of problems not listed when the
// decoder passes its cap: a rule problem at the path of a decoding problem
// the decoder only counted (a line item's amount it could not read, which
// the rules then find missing) is the same mistake and is not counted again.
// Each expected total is counted here by hand from the shape of the input,
// never by the code under test.
func TestUnlistedCountExact(t *testing.T) {
	cases := []struct {
		name   string
		data   []byte
		komoju bool
		total  int // problems in all, each mistake once
	}{
		// One type problem per line (the rule "a line item must have an
		// amount" repeats it).
		{"primer string amounts", primerLines(10000, func(int) string { return `{"amount":"1"}` }), false, 10000},
		// Odd lines: a type problem (amount repeated by the rule, covered);
		// even lines: a negative amount, a rule problem only.
		{"primer mixed", primerLines(10000, func(i int) string {
			if i%2 == 1 {
				return `{"amount":"1"}`
			}
			return `{"amount":-1}`
		}), false, 10000},
		// Every line: a type problem at amount (covered rule repeat) and an
		// unknown field; every third line also a negative discountAmount
		// (a rule problem the decoder does not see).
		{"primer decode and rule", primerLines(6000, func(i int) string {
			if i%3 == 0 {
				return `{"amount":"1","x":1,"discountAmount":-1}`
			}
			return `{"amount":"1","x":1}`
		}), false, 6000*2 + 2000},
		{"komoju string amounts", komojuLines(10000, func(int) string { return `{"amount":"1","description":"d","quantity":1}` }), true, 10000},
		{"komoju mixed", komojuLines(10000, func(i int) string {
			if i%2 == 1 {
				return `{"amount":"1","description":"d","quantity":1}`
			}
			return `{"amount":-1,"description":"d","quantity":1}`
		}), true, 10000},
		// KOMOJU's top-level amount and currency after 10 000 line items:
		// two type problems the decoder only counts, which the rules
		// repeat as "required".
		{"komoju required after the cap", []byte(`{"mode":"payment","return_url":"https://example.com/r","line_items":[` +
			joinN(10000, `{"amount":"1"}`) + `],"amount":"1","currency":1}`), true, 10002},
		// Two unknown keys per line, cut to the same 64 bytes in a path:
		// one problem, listed or not.
		{"primer keys cut alike", primerLines(3000, func(int) string {
			k := strings.Repeat("k", 70)
			return `{"amount":1,"` + k + `x":1,"` + k + `y":1}`
		}), false, 3000},
		// A fee's amount of the wrong type past the cap: the rule "a fee
		// must have an amount" repeats it. A productData that is not an
		// object: one problem, no rule under it.
		{"primer fees after the cap", []byte(`{"currencyCode":"EUR","order":{"lineItems":[` + joinN(2000, `{"amount":"1"}`) +
			`,{"amount":1,"productData":1}],"fees":[{"type":"SURCHARGE","amount":"1"}]}}`), false, 2002},
		// 9 500 negative line amounts, and 1 000 metadata keys too long
		// for KOMOJU that a path cuts to the same 64 bytes: one problem at
		// that path, though the rules find it 1 000 times.
		{"komoju metadata keys cut alike", komojuLines(9500, func(int) string { return `{"amount":-1}` }, cutKeys(1000)), true, 9501},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			if tc.komoju {
				_, err = KomojuJSON(tc.data)
			} else {
				_, err = PrimerJSON(tc.data)
			}
			msg, n := tooMany(t, err)
			want := strconv.Itoa(tc.total-(n-1)) + " more problems not listed"
			if msg != want {
				t.Errorf("got %q, want %q", msg, want)
			}
		})
	}
}

// linePatterns are line items whose problems belong to the line alone: the
// problems of a document of such lines are the sum of each line's, which a
// document of one line tells in full (it is far below the cap).
var linePatterns = []string{
	`{"amount":1}`,
	`{"amount":"1"}`,
	`{"amount":-1}`,
	`{"amount":"1","x":1}`,
	`{"amount":1,"discountAmount":-1}`,
	`{"amount":1,"productData":1}`,
	`{"amount":1,"productData":{"sku":1,"weight":"x"}}`,
	`{"amount":"1","quantity":"x","taxAmount":-1}`,
	`{"amount":1,"name":""}`,
	`{"amount":1,"amount":"x"}`,
	`{"amount":1,"` + strings.Repeat("k", 70) + `1":1,"` + strings.Repeat("k", 70) + `2":1}`,
	`5`,
	`{}`,
}

var komojuPatterns = []string{
	`{"amount":1}`,
	`{"amount":"1"}`,
	`{"amount":-1,"quantity":0}`,
	`{"amount":"1","x":1,"image":"nope"}`,
	`{"amount":1,"amount":"x"}`,
	`5`,
}

// For documents of thousands of lines drawn from the patterns, the problems
// listed and the count of those not listed add up to the sum of the lines'
// problems, each line's counted on a document of that line alone.
func TestUnlistedCountAddsUp(t *testing.T) {
	perLine := func(komoju bool, p string) int {
		var err error
		if komoju {
			_, err = KomojuJSON(komojuLines(1, func(int) string { return p }))
		} else {
			_, err = PrimerJSON(primerLines(1, func(int) string { return p }))
		}
		l := asList(err)
		for _, e := range l {
			if e.Code == fielderr.CodeTooManyErrors {
				t.Fatalf("%s: %v", p, l)
			}
		}
		return len(l)
	}
	for _, isKomoju := range []bool{false, true} {
		pats := linePatterns
		if isKomoju {
			pats = komojuPatterns
		}
		counts := make([]int, len(pats))
		for i, p := range pats {
			counts[i] = perLine(isKomoju, p)
		}
		properties := gopter.NewProperties(gopter.DefaultTestParameters())
		properties.Property("listed + not listed = the lines' problems", prop.ForAll(func(picks []int) string {
			total := 0
			item := func(i int) string { return pats[picks[i]%len(pats)] }
			for i := range picks {
				total += counts[picks[i]%len(pats)]
			}
			var err error
			if isKomoju {
				_, err = KomojuJSON(komojuLines(len(picks), item))
			} else {
				_, err = PrimerJSON(primerLines(len(picks), item))
			}
			l := asList(err)
			got := len(l)
			if n := len(l); n > 0 && l[n-1].Code == fielderr.CodeTooManyErrors {
				c, ok := strings.CutSuffix(l[n-1].Message, " more problems not listed")
				v, e := strconv.Atoi(c)
				if !ok || e != nil {
					return l[n-1].Message
				}
				got += v - 1
			}
			if got != total {
				return fmt.Sprintf("%d lines: %d problems, want %d", len(picks), got, total)
			}
			return ""
		}, gen.SliceOfN(1500, gen.IntRange(0, 1<<20)).FlatMap(func(v any) gopter.Gen {
			s := v.([]int)
			return gen.IntRange(200, 1500).Map(func(n int) []int { return s[:n] })
		}, reflect.TypeOf([]int{}))))
		properties.TestingRun(t)
	}
}
