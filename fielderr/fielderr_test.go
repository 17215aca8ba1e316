package fielderr_test

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/paysession/paysession/fielderr"
)

func TestError(t *testing.T) {
	e := &fielderr.Error{Path: "$.order.lineItems[2].amount", Code: fielderr.CodeType, Message: "expected an integer"}
	if got := e.Error(); got != "$.order.lineItems[2].amount: expected an integer" {
		t.Errorf("Error() = %q", got)
	}
	if !errors.Is(e, fielderr.CodeType) || errors.Is(e, fielderr.CodeRange) {
		t.Error("Is does not match the code")
	}
	if errors.Unwrap(e) != fielderr.CodeType {
		t.Errorf("Unwrap = %v", errors.Unwrap(e))
	}
}

func TestList(t *testing.T) {
	l := fielderr.List{
		{Path: "$.a", Code: fielderr.CodeType, Message: "m1"},
		{Path: "$.b", Code: fielderr.CodeEmpty, Message: "m2"},
	}
	var err error = fmt.Errorf("wrapped: %w", l)
	if !errors.Is(err, fielderr.CodeEmpty) || !errors.Is(err, fielderr.CodeType) || errors.Is(err, fielderr.CodeRange) {
		t.Error("errors.Is does not reach every problem of a wrapped list")
	}
	var fe *fielderr.Error
	if !errors.As(err, &fe) || fe.Path != "$.a" {
		t.Errorf("errors.As = %v, want the first problem", fe)
	}
	var got fielderr.List
	if !errors.As(err, &got) || len(got) != 2 {
		t.Errorf("errors.As(List) = %v", got)
	}
	if s := l.Error(); s != "$.a: m1\n$.b: m2" {
		t.Errorf("Error() = %q", s)
	}
	if fielderr.List(nil).Err() != nil || (fielderr.List{}).Err() != nil {
		t.Error("an empty list is a non-nil error")
	}
	if l.Err() == nil {
		t.Error("a non-empty list's Err is nil")
	}
}

// TestBounded: a list is cut at MaxErrors problems and closed by one
// CodeTooManyErrors at "$" that counts the rest; a list at the bound is kept.
func TestBounded(t *testing.T) {
	for _, n := range []int{0, 1, fielderr.MaxErrors - 1, fielderr.MaxErrors, fielderr.MaxErrors + 1, 3*fielderr.MaxErrors + 7} {
		l := make(fielderr.List, n)
		for i := range l {
			l[i] = fielderr.Error{Path: "$[" + strconv.Itoa(i) + "]", Code: fielderr.CodeType, Message: "m"}
		}
		b := l.Bounded()
		if n <= fielderr.MaxErrors {
			if len(b) != n {
				t.Errorf("n=%d: Bounded has %d problems", n, len(b))
			}
			continue
		}
		if len(b) != fielderr.MaxErrors+1 {
			t.Fatalf("n=%d: Bounded has %d problems, want %d", n, len(b), fielderr.MaxErrors+1)
		}
		if b[fielderr.MaxErrors-1].Path != "$["+strconv.Itoa(fielderr.MaxErrors-1)+"]" {
			t.Errorf("n=%d: the kept problems are not the first ones", n)
		}
		last := b[fielderr.MaxErrors]
		want := strconv.Itoa(n - fielderr.MaxErrors)
		if last.Path != "$" || last.Code != fielderr.CodeTooManyErrors || !strings.HasPrefix(last.Message, want+" ") {
			t.Errorf("n=%d: closing problem %+v, want %s more at $", n, last, want)
		}
	}
}

func ExampleList() {
	var err error = fielderr.List{
		{Path: "$.order.lineItems[0].amount", Code: fielderr.CodeType, Message: "expected an integer, got 7.5"},
		{Path: "$.currencyCode", Code: fielderr.CodeEmpty, Message: "must not be empty"},
	}
	var l fielderr.List
	if errors.As(err, &l) {
		for _, e := range l {
			fmt.Println(e.Path, e.Code)
		}
	}
	fmt.Println(errors.Is(err, fielderr.CodeType))
	// Output:
	// $.order.lineItems[0].amount type
	// $.currencyCode empty
	// true
}
