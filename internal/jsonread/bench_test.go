package jsonread

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// benchDoc is a session-like document of about 5 KB.
func benchDoc() []byte {
	var items []string
	for i := range 10 {
		items = append(items, `{"itemId":"sku-`+strconv.Itoa(i)+`","description":"A very nice thing, size \"M\"","amount":1999,"quantity":2,"discountAmount":100,"productData":{"weight":0.5}}`)
	}
	return []byte(`{"orderId":"ORD-2024-0001","currencyCode":"GBP","metadata":{"productId":1001,"merchantId":"a13bsd62s"},` +
		`"order":{"lineItems":[` + strings.Join(items, ",") + `],"fees":[{"type":"SURCHARGE","amount":100}]}}`)
}

// BenchmarkSkip validates a document with Skip; its baseline is
// encoding/json's Valid on the same input.
func BenchmarkSkip(b *testing.B) {
	doc := benchDoc()
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		r := New(doc, Limits{MaxDepth: 32})
		r.Skip()
		r.Finish()
		if r.Stopped() {
			b.Fatal(r.Errors())
		}
	}
}

func BenchmarkSkipBaseline(b *testing.B) {
	doc := benchDoc()
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if !json.Valid(doc) {
			b.Fatal("invalid")
		}
	}
}

// BenchmarkAny builds a generic tree; its baseline is encoding/json's
// Unmarshal into any.
func BenchmarkAny(b *testing.B) {
	doc := benchDoc()
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		r := New(doc, Limits{MaxDepth: 32})
		Any[any](r, anyBuilder{})
		r.Finish()
		if r.Stopped() {
			b.Fatal(r.Errors())
		}
	}
}

func BenchmarkAnyBaseline(b *testing.B) {
	doc := benchDoc()
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		var v any
		if err := json.Unmarshal(doc, &v); err != nil {
			b.Fatal(err)
		}
	}
}

// anyBuilder builds what encoding/json builds (numbers as json.Number).
type anyBuilder struct{}

func (anyBuilder) Null() any             { return nil }
func (anyBuilder) Bool(b bool) any       { return b }
func (anyBuilder) Number(lit string) any { return json.Number(lit) }
func (anyBuilder) String(s string) any   { return s }
func (anyBuilder) Array(e []any) any     { return e }
func (anyBuilder) Object(k []string, v []any) any {
	m := make(map[string]any, len(k))
	for i := range k {
		m[k[i]] = v[i]
	}
	return m
}
