package validation

import (
	"unicode"
	"unicode/utf8"
)

// Limits of an e-mail address, in bytes (RFC 5321 §4.5.3.1: a path is at most
// 256 octets including the angle brackets, a local part at most 64, a domain
// label at most 63).
const (
	maxEmailLen  = 254
	maxLocalLen  = 64
	maxDomainLen = 253
	maxLabelLen  = 63
)

// isEmail reports whether s is a syntactically valid e-mail address, by the
// grammar documented in the package comment (dot-atom local part, domain
// name of at least two labels, UTF-8 allowed as in RFC 6531). It does not
// allocate and runs in time linear in len(s).
func isEmail(s string) bool {
	if len(s) == 0 || len(s) > maxEmailLen || !utf8.ValidString(s) {
		return false
	}
	at := -1
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '@' {
			at = i
			break
		}
	}
	if at <= 0 || at > maxLocalLen {
		return false
	}
	return isLocalPart(s[:at]) && isDomain(s[at+1:])
}

// isAtext reports whether r may appear in an atom of the local part:
// RFC 5322 atext, or any printable non-ASCII code point (RFC 6531 UTF8-non-ascii).
func isAtext(r rune) bool {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9':
			return true
		}
		switch r {
		case '!', '#', '$', '%', '&', '\'', '*', '+', '-', '/', '=', '?', '^', '_', '`', '{', '|', '}', '~':
			return true
		}
		return false
	}
	return unicode.IsPrint(r) && !unicode.IsSpace(r)
}

// isLocalPart reports whether s is a dot-atom: atoms of atext separated by
// single dots, with no dot first or last.
func isLocalPart(s string) bool {
	prevDot := true // a dot may not come first
	for _, r := range s {
		if r == '.' {
			if prevDot {
				return false
			}
			prevDot = true
			continue
		}
		if !isAtext(r) {
			return false
		}
		prevDot = false
	}
	return !prevDot
}

// isDomain reports whether s is a domain name of at least two labels, each 1
// to 63 bytes of letters, digits, hyphens (not first or last) or non-ASCII
// letters and digits (internationalized labels), whose last label is not
// all digits.
func isDomain(s string) bool {
	if len(s) == 0 || len(s) > maxDomainLen {
		return false
	}
	labels := 0
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '.' {
			continue
		}
		label := s[start:i]
		if !isLabel(label) {
			return false
		}
		labels++
		if i == len(s) && allDigits(label) {
			return false
		}
		start = i + 1
	}
	return labels >= 2
}

func isLabel(s string) bool {
	if len(s) == 0 || len(s) > maxLabelLen || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9', r == '-':
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)):
		default:
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
