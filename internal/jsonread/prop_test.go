package jsonread

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
)

// TestReaderLaws states the reader's laws on generated documents.
func TestReaderLaws(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())

	// Any reads every well-formed document, escapes decoded, numbers kept as
	// written, members in document order.
	properties.Property("Any reads the document", prop.ForAll(func(d doc) bool {
		for _, r := range []*Reader{New([]byte(d.wire), Limits{}), NewShared([]byte(d.wire), Limits{})} {
			v, ok := Any[string](r, tree{})
			r.Finish()
			if !ok || v != d.canonical || len(r.Errors()) != 0 {
				t.Logf("%s: got %s %+v, want %s", d.wire, v, r.Errors(), d.canonical)
				return false
			}
		}
		return true
	}, genDoc()))

	// The reader agrees with encoding/json that the document is valid.
	properties.Property("generated documents are valid JSON", prop.ForAll(func(d doc) bool {
		return json.Valid([]byte(d.wire))
	}, genDoc()))

	// Skip consumes exactly one value.
	properties.Property("Skip consumes the value", prop.ForAll(func(a, b doc) bool {
		in := "[" + a.wire + "," + b.wire + "]"
		r := New([]byte(in), Limits{})
		n := 0
		r.Array(0, func(i int) {
			start := r.Offset()
			r.Skip()
			want := []doc{a, b}[i].wire
			if in[start:r.Offset()] != want {
				t.Logf("skipped %q, want %q", in[start:r.Offset()], want)
				n = -100
			}
			n++
		})
		r.Finish()
		return n == 2 && len(r.Errors()) == 0
	}, genDoc(), genDoc()))

	// Int reads every int64 exactly, as Go writes it, and one past either end
	// is a range error.
	properties.Property("Int reads int64 exactly", prop.ForAll(func(n int64) bool {
		r := New([]byte(" "+strconv.FormatInt(n, 10)+" "), Limits{})
		v, ok := r.Int()
		r.Finish()
		return ok && v == n && len(r.Errors()) == 0
	}, genInt()))
	properties.Property("Int refuses one past int64", prop.ForAll(func(n int64) bool {
		lit := "9223372036854775808"
		if n < 0 {
			lit = "-9223372036854775809"
		}
		r := New([]byte(lit), Limits{})
		_, ok := r.Int()
		errs := r.Errors()
		return !ok && len(errs) == 1 && errs[0].Code == CodeRange
	}, genInt()))

	// A truncated document is never accepted: every proper prefix of a
	// container is a syntax error, never a panic or a value.
	properties.Property("truncated documents are syntax errors", prop.ForAll(func(d doc) bool {
		in := "[" + d.wire + "]"
		for i := 0; i < len(in); i++ {
			r := New([]byte(in[:i]), Limits{})
			Any[string](r, tree{})
			r.Finish()
			errs := r.Errors()
			if len(errs) != 1 || errs[0].Code != CodeSyntax {
				t.Logf("%q: %+v", in[:i], errs)
				return false
			}
		}
		return true
	}, genDoc()))

	properties.TestingRun(t)
}
