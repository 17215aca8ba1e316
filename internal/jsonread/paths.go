package jsonread

import (
	"strconv"

	"github.com/paysession/paysession/internal/limits"
)

// The JSONPaths of problems: built only when a problem is reported.

// Path returns the JSONPath of the value being read.
func (r *Reader) Path() string {
	b := make([]byte, 0, 32)
	return string(r.AppendPath(b))
}

// AppendPath appends the JSONPath of the value being read to dst.
func (r *Reader) AppendPath(dst []byte) []byte {
	dst = append(dst, '$')
	for _, s := range r.path {
		if s.off >= 0 {
			dst = AppendKey(dst, r.keyBytes(s))
		} else {
			dst = append(dst, '[')
			dst = strconv.AppendInt(dst, int64(s.n), 10)
			dst = append(dst, ']')
		}
	}
	return dst
}

// AppendKey appends one path step for an object key: ".key" when the key is
// an identifier, "['key']" otherwise (see the package documentation). A key
// longer than limits.MaxKeyBytes is cut to that many bytes at a UTF-8
// boundary and marked with limits.Ellipsis (".aaaa…", "['a b…']"), so that
// no path repeats a long key in full.
func AppendKey(dst []byte, key []byte) []byte {
	short, cut := limits.CutBytes(key, limits.MaxKeyBytes)
	if isIdent(short) { // the part shown decides: a path costs O(MaxKeyBytes) per key
		dst = append(dst, '.')
		dst = append(dst, short...)
		if cut {
			dst = append(dst, limits.Ellipsis...)
		}
		return dst
	}
	dst = append(dst, '[', '\'')
	for _, c := range short {
		switch {
		case c == '\'' || c == '\\':
			dst = append(dst, '\\', c)
		case c < 0x20:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		default:
			dst = append(dst, c)
		}
	}
	if cut {
		dst = append(dst, limits.Ellipsis...)
	}
	return append(dst, '\'', ']')
}

const hex = "0123456789abcdef"

func isIdent(k []byte) bool {
	if len(k) == 0 {
		return false
	}
	for i, c := range k {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c == '$':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}
