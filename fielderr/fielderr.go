// Package fielderr is the one error style of the module: every problem with
// an input — a JSON body that does not decode, a session a provider would
// refuse, an amount that leaves int64, a rate or token that does not parse —
// is an Error with a Path, a stable Code and a short Message, and a call
// that finds problems returns all of them at once as a List.
//
// The rules:
//   - Path is a JSONPath-style location ("$.order.lineItems[2].amount",
//     "$.metadata.productId", "$['key with spaces']"); "$" is the document
//     itself, or the whole value when there is no document.
//   - Code is one of a closed, stable set of strings (the Code constants
//     here, and the further codes package validation declares). Their text
//     never changes, so a program may switch on them.
//   - Message is for people: at most 200 bytes, and it repeats at most 64
//     bytes of any value it quotes and never a personal value (an e-mail
//     address, a name, a phone number). Programs should not parse it.
//   - A List holds at most MaxErrors problems; a longer one is cut there and
//     closed by one CodeTooManyErrors problem at "$" whose message says how
//     many more there were (Bounded does this).
//   - errors.Is(err, code) reports whether any problem of err has that code,
//     and errors.As(err, &e) with e a *Error finds the first problem, because
//     a List unwraps into its problems and each problem unwraps into its
//     code.
//
// Sentinel errors (errors.New values) are kept for programming errors, such
// as a slice of the wrong length; they are never used for bad input.
package fielderr

import (
	"strings"

	"github.com/paysession/paysession/internal/limits"
)

// MaxErrors bounds the problems a List returned by this module holds:
// decoding, validation and pricing stop listing at 1 000 and close the list
// with a CodeTooManyErrors problem saying how many more there were.
const MaxErrors = limits.MaxErrors

// Code is the stable, machine-readable code of a problem: what went wrong,
// independent of where. It is an error itself, so a caller can ask
// errors.Is(err, fielderr.CodeUnknownField) of any error this module
// returns, however many problems it lists.
type Code string

// Error returns the code itself.
func (c Code) Error() string { return string(c) }

// Codes for problems found while decoding or building a value. They are part
// of the module's stable contract: their text never changes.
const (
	// CodeSyntax: the input is not well-formed JSON.
	CodeSyntax Code = "syntax"
	// CodeUnknownField: a field the schema does not define (a misspelt
	// "discountedAmount" would otherwise silently change the amount).
	CodeUnknownField Code = "unknown_field"
	// CodeType: a value of the wrong JSON type, such as 7.5, "700" or 1e3
	// where an integer amount is expected.
	CodeType Code = "type"
	// CodeDuplicateKey: the same key twice in one JSON object.
	CodeDuplicateKey Code = "duplicate_key"
	// CodeRange: an integer outside int64, or a number that is not valid.
	CodeRange Code = "range"
	// CodeEmpty: an empty string where the schema requires at least one
	// character. (In the Go model the empty string means "absent", so an
	// explicit "" on the wire is reported rather than silently dropped.)
	CodeEmpty Code = "empty"
	// CodeTooLarge: the input exceeds a documented bound (size, depth, count).
	CodeTooLarge Code = "too_large"
	// CodeNotPatchable: a PATCH tries to change a field that cannot be
	// patched (paymentMethod.options).
	CodeNotPatchable Code = "not_patchable"
	// CodeOverflow: an amount computation leaves int64.
	CodeOverflow Code = "overflow"
	// CodeTooManyErrors closes a list cut at MaxErrors problems, at path
	// "$"; its message says how many more problems there were ("39000 more
	// problems not listed").
	CodeTooManyErrors Code = limits.TooManyErrorsCode
)

// Error is one problem at one place of an input. Path is a JSONPath-style
// location ("$.order.lineItems[2].amount", "$.metadata.productId"); "$" is
// the document itself.
//
// errors.Is(e, code) reports whether e has that Code.
type Error struct {
	Path    string
	Code    Code
	Message string
}

// Error formats the problem as "PATH: message".
func (e *Error) Error() string { return e.Path + ": " + e.Message }

// Is reports whether target is this error's code.
func (e *Error) Is(target error) bool {
	c, ok := target.(Code)
	return ok && c == e.Code
}

// Unwrap returns the error's code, so errors.Is also works through wrappers
// that only unwrap.
func (e *Error) Unwrap() error { return e.Code }

// List is every problem found at once, in a deterministic order. A non-empty
// List is the error returned by decoders, validators and pricing; it
// supports errors.Is with a Code and errors.As with *Error through
// Unwrap() []error. It is a fresh value: callers may keep and change it.
type List []Error

// Error formats the list as "PATH: message" lines.
func (l List) Error() string {
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

// Unwrap returns the problems as errors (each an *Error).
func (l List) Unwrap() []error {
	errs := make([]error, len(l))
	for i := range l {
		errs[i] = &l[i]
	}
	return errs
}

// Err returns l as an error, or nil when l is empty. Use it so that an empty
// list never turns into a non-nil error interface.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Bounded returns l, or, when it holds more than MaxErrors problems, its
// first MaxErrors followed by one CodeTooManyErrors problem at "$" saying
// how many more there were: the bound of every list this module returns. It
// may reuse l's memory.
func (l List) Bounded() List {
	if len(l) <= MaxErrors {
		return l
	}
	n := len(l) - MaxErrors
	l = l[:MaxErrors:MaxErrors]
	return append(l, Error{Path: "$", Code: CodeTooManyErrors, Message: limits.TooManyErrorsMessage(n)})
}
