// Package errtest checks the error contract of the module's decoders for
// their tests: an error is nil or a non-empty fielderr.List; every problem
// has a path starting with "$", a known code and a message; errors.Is finds
// each code; and the list keeps the output bounds (at most MaxErrors
// problems and then one CodeTooManyErrors, the last; messages of at most
// 200 bytes; valid UTF-8). It is for tests only: no package of the library
// imports it outside its _test.go files.
package errtest

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/limits"
)

// DecodingCodes are the codes a decoder may report.
var DecodingCodes = map[fielderr.Code]bool{
	fielderr.CodeSyntax: true, fielderr.CodeUnknownField: true, fielderr.CodeType: true,
	fielderr.CodeDuplicateKey: true, fielderr.CodeRange: true, fielderr.CodeEmpty: true,
	fielderr.CodeTooLarge: true, fielderr.CodeNotPatchable: true, fielderr.CodeTooManyErrors: true,
}

// WellFormed returns what is wrong with a decoder's error ("" if nothing).
func WellFormed(err error) string {
	if err == nil {
		return ""
	}
	var l fielderr.List
	if !errors.As(err, &l) || len(l) == 0 {
		return fmt.Sprintf("not a non-empty fielderr.List: %#v", err)
	}
	if msg := Bounded(l); msg != "" {
		return msg
	}
	for _, e := range l {
		if !strings.HasPrefix(e.Path, "$") || !DecodingCodes[e.Code] || e.Message == "" {
			return fmt.Sprintf("bad error %+v", e)
		}
		if !errors.Is(err, e.Code) {
			return fmt.Sprintf("errors.Is(err, %s) false", e.Code)
		}
	}
	return ""
}

// Bounded returns what breaks the output bounds in l ("" if nothing).
func Bounded(l fielderr.List) string {
	if len(l) > fielderr.MaxErrors+1 {
		return fmt.Sprintf("%d problems", len(l))
	}
	for i, e := range l {
		if len(e.Message) > limits.MaxMessageBytes || !utf8.ValidString(e.Message) || !utf8.ValidString(e.Path) {
			return fmt.Sprintf("message or path out of bounds: %+v", e)
		}
		if (e.Code == fielderr.CodeTooManyErrors) != (i == fielderr.MaxErrors) {
			return fmt.Sprintf("too_many_errors at %d of %d: %+v", i, len(l), e)
		}
	}
	return ""
}
