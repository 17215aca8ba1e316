package session

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

// Issue 10's repro: with the error list nearly full, a nesting error deep in
// the line items used to be recorded, then undone by the pre-pass that
// counted the items, leaving a bogus "nesting deeper than 32" in place of the
// first real problem. Line items are now read once.
func TestDecodeManyErrorsThenDeepNesting(t *testing.T) {
	var b strings.Builder
	b.WriteString("{")
	for i := range MaxErrors - 1 {
		b.WriteString(`"u` + strconv.Itoa(i) + `":1,`)
	}
	b.WriteString(`"order":{"lineItems":[{"bogus":1},{"x":` + strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1) + `}]}}`)
	_, err := DecodeRequest([]byte(b.String()))
	var l ErrorList
	if !errors.As(err, &l) || len(l) != MaxErrors+1 {
		t.Fatalf("got %d errors (%v), want %d", len(l), err, MaxErrors+1)
	}
	if l[0].Path != "$.u0" || l[0].Code != CodeUnknownField {
		t.Errorf("first error %+v, want unknown_field at $.u0", l[0])
	}
	if l[MaxErrors-1].Path != "$.order.lineItems[0].bogus" || l[MaxErrors].Code != CodeTooLarge {
		t.Errorf("last errors %+v %+v", l[MaxErrors-1], l[MaxErrors])
	}
	for _, e := range l {
		if strings.Contains(e.Message, "nesting") {
			t.Errorf("bogus error %+v", e)
		}
	}
}

// Lists of every length around the in-array size and beyond keep every
// element, in order, whatever follows them in the input.
func TestDecodeListLengths(t *testing.T) {
	for _, n := range []int{0, 1, smallList - 1, smallList, smallList + 1, 3 * smallList, 200} {
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
