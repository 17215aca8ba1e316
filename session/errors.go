package session

import (
	"strings"

	"github.com/paysession/paysession/internal/limits"
)

// ErrorCode is the stable, machine-readable code of a problem found in a
// session: what went wrong, independent of where. It is an error itself, so a
// caller can ask errors.Is(err, session.CodeUnknownField) of any error this
// module returns, however many problems it lists.
//
// The validation package declares further codes of the same type.
type ErrorCode string

// Error returns the code itself.
func (c ErrorCode) Error() string { return string(c) }

// Codes for problems found while decoding or building a session. They are
// part of the module's stable contract: their text never changes.
const (
	// CodeSyntax: the input is not well-formed JSON.
	CodeSyntax ErrorCode = "syntax"
	// CodeUnknownField: a field the schema does not define (a misspelt
	// "discountedAmount" would otherwise silently change the amount).
	CodeUnknownField ErrorCode = "unknown_field"
	// CodeType: a value of the wrong JSON type, such as 7.5, "700" or 1e3
	// where an integer amount is expected.
	CodeType ErrorCode = "type"
	// CodeDuplicateKey: the same key twice in one JSON object.
	CodeDuplicateKey ErrorCode = "duplicate_key"
	// CodeRange: an integer outside int64, or a number that is not valid.
	CodeRange ErrorCode = "range"
	// CodeEmpty: an empty string where the schema requires at least one
	// character. (In the Go model the empty string means "absent", so an
	// explicit "" on the wire is reported rather than silently dropped.)
	CodeEmpty ErrorCode = "empty"
	// CodeTooLarge: the input exceeds a documented bound (size, depth, count).
	CodeTooLarge ErrorCode = "too_large"
	// CodeNotPatchable: a PATCH tries to change a field that cannot be
	// patched (paymentMethod.options).
	CodeNotPatchable ErrorCode = "not_patchable"
	// CodeOverflow: an amount computation leaves int64.
	CodeOverflow ErrorCode = "overflow"
	// CodeTooManyErrors closes a list cut at MaxErrors problems, at path
	// "$"; its message says how many more problems there were ("39000 more
	// problems not listed").
	CodeTooManyErrors ErrorCode = limits.TooManyErrorsCode
)

// FieldError is one problem at one place of a session. Path is a
// JSONPath-style location as Primer reports it ("$.order.lineItems[2].amount",
// "$.metadata.productId"); "$" is the document itself.
//
// errors.Is(e, code) reports whether e has that ErrorCode.
type FieldError struct {
	Path    string
	Code    ErrorCode
	Message string
}

// Error formats the problem as "PATH: message".
func (e *FieldError) Error() string { return e.Path + ": " + e.Message }

// Is reports whether target is this error's code.
func (e *FieldError) Is(target error) bool {
	c, ok := target.(ErrorCode)
	return ok && c == e.Code
}

// Unwrap returns the error's code, so errors.Is also works through wrappers
// that only unwrap.
func (e *FieldError) Unwrap() error { return e.Code }

// ErrorList is every problem found at once, in a deterministic order. A
// non-empty ErrorList is the error returned by decoders and validators; it
// supports errors.Is with an ErrorCode and errors.As with *FieldError through
// Unwrap() []error. It is a fresh value: callers may keep and change it.
type ErrorList []FieldError

// Error formats the list as "PATH: message" lines.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l[i].Path)
		b.WriteString(": ")
		b.WriteString(l[i].Message)
	}
	return b.String()
}

// Unwrap returns the problems as errors (each a *FieldError).
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i := range l {
		errs[i] = &l[i]
	}
	return errs
}

// Err returns l as an error, or nil when l is empty. Use it so that an empty
// list never turns into a non-nil error interface.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// bounded returns l, or its first MaxErrors problems followed by one
// CodeTooManyErrors problem at "$" saying how many more there were: the
// bound of every list this package returns.
func (l ErrorList) bounded() ErrorList {
	if len(l) <= limits.MaxErrors {
		return l
	}
	n := len(l) - limits.MaxErrors
	l = l[:limits.MaxErrors:limits.MaxErrors]
	return append(l, FieldError{Path: "$", Code: CodeTooManyErrors, Message: limits.TooManyErrorsMessage(n)})
}
