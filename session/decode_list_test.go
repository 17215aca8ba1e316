package session

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/model"
)

// Issue 10's repro: with the error list nearly full, a nesting error deep in
// the line items used to be recorded, then undone by the pre-pass that
// counted the items, leaving a bogus "nesting deeper than 32" in place of the
// first real problem. Line items are now read once, and past fielderr.MaxErrors the
// decoder reads on, counting: a later syntax error or exceeded limit is then
// the one error reported (as for any document), at its own place; without
// one, the list is the first fielderr.MaxErrors problems and one too_many_errors.
func TestDecodeManyErrorsThenDeepNesting(t *testing.T) {
	prefix := func(n int) string {
		return `{"order":{"lineItems":[` + strings.Repeat(`{"u":1},`, n)
	}
	deep := func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
	for _, n := range []int{fielderr.MaxErrors - 1, fielderr.MaxErrors + 5} {
		// Too deep: the limit, at the path of the value too deep.
		in := prefix(n) + `{"bogus":1},{"x":` + deep(MaxDepth+1) + `}]}}`
		_, err := DecodeRequest([]byte(in))
		var l fielderr.List
		if !errors.As(err, &l) || len(l) != 1 || l[0].Code != fielderr.CodeTooLarge || l[0].Path != "$.order.lineItems["+strconv.Itoa(n+1)+"].x" {
			t.Errorf("n=%d, too deep: got %d errors, first %+v", n, len(l), l[0])
		}
		// A syntax error deep inside (within the depth limit): that error.
		in = prefix(n) + `{"bogus":1},{"x":[[[[1,}]]]]}]}}`
		_, err = DecodeRequest([]byte(in))
		if !errors.As(err, &l) || len(l) != 1 || l[0].Code != fielderr.CodeSyntax || l[0].Path != "$" ||
			!strings.Contains(l[0].Message, "byte offset "+strconv.Itoa(strings.Index(in, "1,}")+2)) {
			t.Errorf("n=%d, syntax: got %d errors, first %+v", n, len(l), l[0])
		}
		// Nothing fatal: the first fielderr.MaxErrors, then how many more.
		in = prefix(n) + `{"bogus":1},{"x":` + deep(MaxDepth-4) + `}]}}`
		_, err = DecodeRequest([]byte(in))
		if !errors.As(err, &l) || len(l) != fielderr.MaxErrors+1 {
			t.Fatalf("n=%d: got %d errors, want %d", n, len(l), fielderr.MaxErrors+1)
		}
		if l[0].Path != "$.order.lineItems[0].u" || l[0].Code != fielderr.CodeUnknownField {
			t.Errorf("n=%d: first error %+v, want unknown_field at $.order.lineItems[0].u", n, l[0])
		}
		omitted := n + 2 - fielderr.MaxErrors // n unknowns, bogus, x
		if l[fielderr.MaxErrors].Code != fielderr.CodeTooManyErrors || l[fielderr.MaxErrors].Message != strconv.Itoa(omitted)+" more problems not listed" {
			t.Errorf("n=%d: last error %+v", n, l[fielderr.MaxErrors])
		}
		for _, e := range l {
			if strings.Contains(e.Message, "nesting") {
				t.Errorf("bogus error %+v", e)
			}
		}
	}
}

// Lists of every length around the in-array size and beyond keep every
// element, in order, whatever follows them in the input.
func TestDecodeListLengths(t *testing.T) {
	for _, n := range []int{0, 1, model.SmallList - 1, model.SmallList, model.SmallList + 1, 3 * model.SmallList, 200} {
		for _, tail := range []string{"", `,"metadata":{"k":"` + strings.Repeat("x", 5000) + `"}`} {
			var items, fees []string
			for i := range n {
				items = append(items, `{"amount":`+strconv.Itoa(i)+`}`)
				fees = append(fees, `{"type":"F`+strconv.Itoa(i)+`"}`)
			}
			in := `{"order":{"lineItems":[` + strings.Join(items, ",") + `],"fees":[` + strings.Join(fees, ",") + `]}` + tail + `}`
			s, err := DecodeRequest([]byte(in))
			if err != nil {
				t.Fatal(err)
			}
			if s.NumLineItems() != n || s.NumFees() != n {
				t.Fatalf("n=%d: %d line items, %d fees", n, s.NumLineItems(), s.NumFees())
			}
			for i := range n {
				if a, _ := s.LineItem(i).Amount.Get(); a != int64(i) || s.Fee(i).Type != "F"+strconv.Itoa(i) {
					t.Fatalf("n=%d: element %d is %+v %+v", n, i, s.LineItem(i), s.Fee(i))
				}
			}
		}
	}
}
