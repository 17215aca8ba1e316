package validation

import (
	"strings"
	"testing"

	"github.com/paysession/paysession/internal/bigdoc"
	"github.com/paysession/paysession/komoju"
	"github.com/paysession/paysession/session"
)

// atLimits are documents at the decoders' limits: MaxLineItems line items
// (valid, or each with four problems), MaxMetadataKeys metadata keys, and
// close to MaxInputBytes of input.
func atLimits() map[string]struct {
	komoju bool
	doc    []byte
} {
	desc := strings.Repeat("d", 1000)
	meta := bigdoc.Keys(session.MaxMetadataKeys, `:"v"`)
	return map[string]struct {
		komoju bool
		doc    []byte
	}{
		"Primer/10000lines":        {doc: linesDoc(session.MaxLineItems, `{"itemId":"i","amount":100,"quantity":2,"discountAmount":10,"taxAmount":5}`)},
		"Primer/10000lineProblems": {doc: linesDoc(session.MaxLineItems, `{"amount":-1,"taxAmount":-1,"discountAmount":-1,"quantity":0}`)},
		"Primer/1000metadataKeys":  {doc: []byte(`{"currencyCode":"GBP","metadata":{` + meta + `}}`)},
		"Primer/10MiB":             {doc: linesDoc(session.MaxLineItems, `{"amount":100,"description":"`+desc+`"}`)},
		"Komoju/10000lines": {komoju: true, doc: []byte(`{"amount":1,"currency":"JPY","line_items":[` +
			joinN(session.MaxLineItems, `{"amount":100,"quantity":2,"description":"Mug"}`) + `]}`)},
		"Komoju/1000metadataKeys": {komoju: true, doc: []byte(`{"amount":1,"currency":"JPY","metadata":{` + meta + `}}`)},
		"Komoju/10MiB": {komoju: true, doc: []byte(`{"amount":1,"currency":"JPY","line_items":[` +
			joinN(session.MaxLineItems, `{"amount":100,"description":"`+desc+`"}`) + `]}`)},
	}
}

// BenchmarkAtLimits runs every stage (decode, decode+validate, validate,
// pricing, warnings) on documents at the limits:
//
//	go test ./validation -run XXX -bench AtLimits -benchtime 200ms -count 3
func BenchmarkAtLimits(b *testing.B) {
	for name, d := range atLimits() {
		if len(d.doc) > session.MaxInputBytes {
			b.Fatalf("%s: %d bytes, over the limit", name, len(d.doc))
		}
		for stage, f := range stages(d.komoju, d.doc) {
			b.Run(name+"/"+stage, func(b *testing.B) {
				b.SetBytes(int64(len(d.doc)))
				b.ReportAllocs()
				for b.Loop() {
					f()
				}
			})
		}
	}
}

// The documents at the limits are within them: each decodes without a
// limit error.
func TestAtLimitsWithinLimits(t *testing.T) {
	for name, d := range atLimits() {
		var err error
		if d.komoju {
			_, err = komoju.Decode(d.doc)
		} else {
			_, err = session.DecodeRequest(d.doc)
		}
		if err != nil {
			t.Errorf("%s: %.200v", name, err)
		}
	}
}
