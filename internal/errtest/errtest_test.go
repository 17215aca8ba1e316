package errtest

import (
	"errors"
	"strings"
	"testing"

	"github.com/paysession/paysession/fielderr"
)

func TestWellFormed(t *testing.T) {
	ok := fielderr.List{{Path: "$.a", Code: fielderr.CodeType, Message: "m"}}
	if msg := WellFormed(nil); msg != "" {
		t.Errorf("nil: %s", msg)
	}
	if msg := WellFormed(ok); msg != "" {
		t.Errorf("good list: %s", msg)
	}
	long := make(fielderr.List, fielderr.MaxErrors+1)
	for i := range long {
		long[i] = fielderr.Error{Path: "$", Code: fielderr.CodeType, Message: "m"}
	}
	long[fielderr.MaxErrors].Code = fielderr.CodeTooManyErrors
	if msg := WellFormed(long); msg != "" {
		t.Errorf("list at the bound: %s", msg)
	}
	for name, err := range map[string]error{
		"not a list":      errors.New("x"),
		"empty list":      fielderr.List{},
		"path":            fielderr.List{{Path: "a", Code: fielderr.CodeType, Message: "m"}},
		"unknown code":    fielderr.List{{Path: "$", Code: "nope", Message: "m"}},
		"no message":      fielderr.List{{Path: "$", Code: fielderr.CodeType}},
		"long message":    fielderr.List{{Path: "$", Code: fielderr.CodeType, Message: strings.Repeat("m", 201)}},
		"bad UTF-8":       fielderr.List{{Path: "$\xff", Code: fielderr.CodeType, Message: "m"}},
		"early too many":  fielderr.List{{Path: "$", Code: fielderr.CodeTooManyErrors, Message: "m"}},
		"too many errors": append(long, fielderr.Error{Path: "$", Code: fielderr.CodeType, Message: "m"}),
	} {
		if WellFormed(err) == "" {
			t.Errorf("%s: accepted", name)
		}
	}
}
