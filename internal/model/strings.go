package model

import (
	"strconv"

	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/internal/limits"
)

func itoa(i int) string { return strconv.Itoa(i) }

// quote quotes a value for a message: at most 64 bytes of it, cut at a
// UTF-8 boundary.
func quote(s string) string { return limits.Quote(s) }

// memberPath returns the path step for an object member: ".key", or
// "['key']" for a key that is not an identifier (see package jsonread).
func memberPath(key string) string {
	return string(jsonread.AppendKey(nil, []byte(key)))
}
