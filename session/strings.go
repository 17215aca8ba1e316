package session

import (
	"strconv"

	"github.com/paysession/paysession/internal/jsonread"
)

func itoa(i int) string { return strconv.Itoa(i) }

func quote(s string) string {
	if len(s) > 64 {
		s = s[:64] + "…"
	}
	return strconv.Quote(s)
}

// memberPath returns the path step for an object member: ".key", or
// "['key']" for a key that is not an identifier (see package jsonread).
func memberPath(key string) string {
	return string(jsonread.AppendKey(nil, []byte(key)))
}
