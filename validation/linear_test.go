package validation

import (
	"runtime"
	"strings"
	"testing"

	"github.com/paysession/paysession/internal/bigdoc"
	"github.com/paysession/paysession/komoju"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/warnings"
)

// shapes are issue 10's hostile inputs, of size n: each doubles (or nearly)
// when n doubles.
var shapes = map[string]struct {
	komoju bool
	n      int // the smaller size tested; 2n is the larger
	doc    func(n int) []byte
}{
	"rule problems": {n: 2500, doc: func(n int) []byte {
		return linesDoc(n, `{"amount":-1,"taxAmount":-1,"discountAmount":-1,"quantity":0}`)
	}},
	"negative discounts": {n: 5000, doc: func(n int) []byte { return linesDoc(n, `{"amount":-1,"discountAmount":1}`) }},
	"type errors":        {n: 5000, doc: func(n int) []byte { return linesDoc(n, `{"amount":"1","quantity":"2"}`) }},
	"wide type errors": {n: 5000, doc: func(n int) []byte {
		return linesDoc(n, `{"itemId":1,"name":1,"amount":"1","quantity":"1","discountAmount":"1","taxAmount":"1",`+
			`"productData":{"sku":1,"brand":1,"color":1,"weight":"x","pageUrl":1}}`)
	}},
	"komoju keys cut alike": {komoju: true, n: 500, doc: func(n int) []byte {
		return komojuLines(2*n, func(int) string { return `{"amount":"1"}` }, cutKeys(n))
	}},
	"unknown keys": {n: 5, doc: func(n int) []byte {
		return linesDoc(n, "{"+bigdoc.Keys(999, ":0")+"}")
	}},
	"metadata keys": {n: 500, doc: func(n int) []byte {
		return []byte(`{"metadata":{` + bigdoc.Keys(n, ":1.5") + `}}`)
	}},
	"long nested keys": {n: 2000, doc: func(n int) []byte { return nestedDoc("metadata", n) }},
	"nested arrays": {n: 20000, doc: func(n int) []byte {
		return []byte(`{"metadata":{"x":[` + joinN(n/1000, "["+joinN(999, "[]")+"]") + `]}}`)
	}},
	"komoju unknown keys": {komoju: true, n: 5, doc: func(n int) []byte {
		return []byte(`{"amount":1,"currency":"JPY","line_items":[` + joinN(n, "{"+bigdoc.Keys(999, ":0")+"}") + `]}`)
	}},
	"komoju rule problems": {komoju: true, n: 2500, doc: func(n int) []byte {
		return []byte(`{"amount":1,"currency":"JPY","line_items":[` + joinN(n, `{"amount":-1,"quantity":0,"image":"x"}`) + `]}`)
	}},
	"komoju long nested keys": {komoju: true, n: 2000, doc: func(n int) []byte { return nestedDoc("payment_data", n) }},
	"komoju nested arrays": {komoju: true, n: 20000, doc: func(n int) []byte {
		return []byte(`{"payment_data":{"x":[` + joinN(n/1000, "["+joinN(999, "[]")+"]") + `]}}`)
	}},
}

// nestedDoc nests 28 objects under field, each keyed by a key of keyLen
// bytes, above an object of keyLen/8 keys each given twice (at most 500):
// every duplicate's path repeats every key, so that a path repeating keys in
// full would cost keyLen² bytes.
func nestedDoc(field string, keyLen int) []byte {
	var b strings.Builder
	b.WriteString(`{"` + field + `":`)
	for i := range session.MaxDepth - 4 {
		b.WriteString(`{"` + strings.Repeat(string(rune('a'+i%26)), keyLen) + `":`)
	}
	b.WriteString("{" + bigdoc.DuplicatePairs(min(keyLen/8, session.MaxObjectMembers/2)) + "}")
	b.WriteString(strings.Repeat("}", session.MaxDepth-4+1))
	return []byte(b.String())
}

// cost is what one call allocates: the number of allocations and bytes.
func cost(f func()) (mallocs, bytes uint64) {
	var m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m1)
	f()
	runtime.ReadMemStats(&m2)
	return m2.Mallocs - m1.Mallocs, m2.TotalAlloc - m1.TotalAlloc
}

// stages returns every stage of the module run on doc: decoding (best
// effort, so that the later stages see every field that decoded), decoding
// and validating, validating the decoded session, pricing it, and its
// warnings (every payment method enabled, tax on), each as a function.
func stages(isKomoju bool, doc []byte) map[string]func() {
	if isKomoju {
		k, _ := komoju.DecodeBestEffort(doc)
		return map[string]func(){
			"decode":   func() { komoju.DecodeBestEffort(doc) },
			"json":     func() { KomojuJSON(doc) },
			"validate": func() { Komoju(k) },
		}
	}
	s, _ := session.DecodeRequestBestEffort(doc)
	opts := warnings.Options{EnabledMethods: []string{"APPLE_PAY", "GOOGLE_PAY", "PAYPAL", "KLARNA"}, TaxCalculation: true}
	return map[string]func(){
		"decode":   func() { session.DecodeRequestBestEffort(doc) },
		"json":     func() { PrimerJSON(doc) },
		"validate": func() { Primer(s) },
		"pricing":  func() { pricing.Calculate(s) },
		"warnings": func() { warnings.Check(s, opts) },
	}
}

// Doubling the input at most doubles (give or take: 2.5×) the work of every
// stage, counted as allocations, bytes allocated and the collector's
// operations rather than time, so that the test does not depend on the load
// of the machine. A product term (a rescan of every line per problem, every
// problem compared with every decoding problem, a path repeating every key
// in full per problem) would give 4× and fail.
func TestLinearInTheInput(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("large inputs (skipped with -short and -race)")
	}
	for name, sh := range shapes {
		small, large := sh.doc(sh.n), sh.doc(2*sh.n)
		ss, ls := stages(sh.komoju, small), stages(sh.komoju, large)
		for stage, f := range ss {
			m1, b1 := cost(f)
			m2, b2 := cost(ls[stage])
			if float64(m2) > 2.5*float64(m1)+100 || float64(b2) > 2.5*float64(b1)+64<<10 {
				t.Errorf("%s, %s: %d → %d bytes of input cost %d → %d allocations, %d → %d bytes",
					name, stage, len(small), len(large), m1, m2, b1, b2)
			}
		}
		o1, o2 := collectorOps(sh.komoju, small), collectorOps(sh.komoju, large)
		if float64(o2) > 2.5*float64(o1)+100 {
			t.Errorf("%s: collector operations %d → %d", name, o1, o2)
		}
	}
}

// collectorOps runs PrimerJSON's (or KomojuJSON's) steps and returns the
// collector's operation count.
func collectorOps(isKomoju bool, doc []byte) int {
	var c collector
	if isKomoju {
		k, err := komoju.DecodeBestEffort(doc)
		c.merge(err)
		c.cover()
		checkKomoju(&c, k)
	} else {
		s, err := session.DecodeRequestBestEffort(doc)
		c.merge(err)
		c.cover()
		checkPrimer(&c, s)
	}
	c.err()
	return c.ops
}

// Decoding and validating a hostile document allocates at most 8 bytes per
// input byte plus a constant (the largest lists the limits allow: 10 000
// line items in their slice, as it grows and cut to size; 1 000 problems
// with their paths).
func TestDecodeValidateMemoryBounded(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("large inputs (skipped with -short and -race)")
	}
	for name, sh := range shapes {
		n := 2 * sh.n
		if name == "rule problems" || name == "negative discounts" || name == "type errors" {
			n = session.MaxLineItems
		}
		doc := sh.doc(n)
		f := func() { PrimerJSON(doc) }
		if sh.komoju {
			f = func() { KomojuJSON(doc) }
		}
		_, b := cost(f)
		if bound := uint64(8*len(doc)) + 16<<20; b > bound {
			t.Errorf("%s: %d bytes of input cost %d bytes, more than %d", name, len(doc), b, bound)
		}
	}
}
