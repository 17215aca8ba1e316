// Package limits is the one place of the bounds against hostile input that
// every entry point of the module shares: the Primer request, response and
// PATCH decoders, the KOMOJU decoder, validation, pricing, warnings and the
// command line. A bound changed here changes for all of them at once.
//
// The bounds are of two kinds. What goes in: the size of the document, its
// nesting, the lengths of its lists and objects, and the values of its
// free-form parts. What comes out: at most MaxErrors problems are listed,
// then one problem with the code TooManyErrorsCode says how many more there
// were; a message is at most MaxMessageBytes long, any value it echoes at
// most MaxEchoBytes; a path echoes at most MaxKeyBytes of any one object key.
// Every cut is made at a UTF-8 boundary, never inside a character.
package limits

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Bounds on the input.
const (
	// MaxInputBytes is the largest document accepted: 10 MiB.
	MaxInputBytes = 10 << 20
	// MaxDepth is the deepest nesting of objects and arrays.
	MaxDepth = 32
	// MaxLineItems bounds a session's line items.
	MaxLineItems = 10000
	// MaxFees bounds a session's fees.
	MaxFees = 1000
	// MaxMetadataKeys bounds the keys of metadata.
	MaxMetadataKeys = 1000
	// MaxPaymentMethodOptions bounds the payment method types configured
	// and the card networks of one type.
	MaxPaymentMethodOptions = 100
	// MaxArrayLen bounds every other array.
	MaxArrayLen = 1000
	// MaxObjectMembers bounds every other object.
	MaxObjectMembers = 1000
	// MaxFreeFormValues bounds the JSON values, counted over the whole
	// document at every depth, of the free-form parts (metadata,
	// extraMerchantData, payment_data, warnings).
	MaxFreeFormValues = 100000
)

// Bounds on the output.
const (
	// MaxErrors is the most problems any call lists.
	MaxErrors = 1000
	// MaxMessageBytes is the longest message of a problem or warning.
	MaxMessageBytes = 200
	// MaxEchoBytes is the most of an input value a message repeats.
	MaxEchoBytes = 64
	// MaxKeyBytes is the most of one object key a path repeats.
	MaxKeyBytes = 64
	// TooManyErrorsCode is the code of the problem that closes a list cut
	// at MaxErrors.
	TooManyErrorsCode = "too_many_errors"
)

// Ellipsis marks a value, key or message that was cut.
const Ellipsis = "…"

// Cut returns the longest prefix of s of at most max bytes that ends at a
// UTF-8 boundary, and whether anything was cut.
func Cut(s string, max int) (string, bool) {
	if len(s) <= max {
		return s, false
	}
	i := max
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i], true
}

// CutBytes is Cut for a byte slice.
func CutBytes(b []byte, max int) ([]byte, bool) {
	if len(b) <= max {
		return b, false
	}
	i := max
	for i > 0 && !utf8.RuneStart(b[i]) {
		i--
	}
	return b[:i], true
}

// Quote returns s in Go quotes for a message, cut to MaxEchoBytes at a UTF-8
// boundary and followed by Ellipsis when cut.
func Quote(s string) string {
	c, cut := Cut(s, MaxEchoBytes)
	if cut {
		return strconv.Quote(c) + Ellipsis
	}
	return strconv.Quote(c)
}

// Message returns msg cut to at most MaxMessageBytes at a UTF-8 boundary,
// ending in Ellipsis when cut.
func Message(msg string) string {
	if len(msg) <= MaxMessageBytes {
		return msg
	}
	c, _ := Cut(msg, MaxMessageBytes-len(Ellipsis))
	return c + Ellipsis
}

// TooManyErrorsMessage is the message of the problem that closes a list cut
// at MaxErrors, omitted problems having been left out.
func TooManyErrorsMessage(omitted int) string {
	return strconv.Itoa(omitted) + " more problems not listed"
}

// OmittedCount reads back the number of TooManyErrorsMessage, so that a list
// merged into another adds its omitted problems to the other's count.
func OmittedCount(msg string) (int, bool) {
	i := strings.IndexByte(msg, ' ')
	if i <= 0 {
		return 0, false
	}
	n, err := strconv.Atoi(msg[:i])
	if err != nil || n < 0 || msg != TooManyErrorsMessage(n) {
		return 0, false
	}
	return n, true
}
