package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Reading CLDR currency patterns into the affixes and grouping sizes the
// formatter uses.

// affixPattern is a CLDR currency pattern split for the formatter: the
// affixes of the positive and negative forms, in which '\x01' stands for the
// currency and '\x02' for the minus sign, and the grouping sizes.
type affixPattern struct {
	posPrefix, posSuffix, negPrefix, negSuffix string
	primary, secondary                         int
}

// parsePattern splits an ICU/CLDR decimal pattern ("¤#,##0.00;(¤#,##0.00)").
// A pattern without a negative part gets ICU's: the minus sign before the
// positive prefix.
func parsePattern(src string) (affixPattern, error) {
	var p affixPattern
	parts := splitOutsideQuotes(src)
	if len(parts) > 2 {
		return p, fmt.Errorf("pattern %q: more than two parts", src)
	}
	pre, num, suf, err := affixes(parts[0])
	if err != nil {
		return p, fmt.Errorf("pattern %q: %v", src, err)
	}
	if strings.Count(pre+suf, "\x01") != 1 || strings.Contains(pre+suf, "\x02") {
		return p, fmt.Errorf("pattern %q: want one ¤ and no minus in the positive part", src)
	}
	p.posPrefix, p.posSuffix = pre, suf
	intPart, _, _ := strings.Cut(num, ".")
	if g := strings.Split(intPart, ","); len(g) > 1 {
		p.primary = len(g[len(g)-1])
		p.secondary = p.primary
		if len(g) > 2 {
			p.secondary = len(g[len(g)-2])
		}
	}
	if len(parts) == 2 {
		pre, _, suf, err := affixes(parts[1])
		if err != nil {
			return p, fmt.Errorf("pattern %q: %v", src, err)
		}
		p.negPrefix, p.negSuffix = pre, suf
	} else {
		p.negPrefix, p.negSuffix = "\x02"+p.posPrefix, p.posSuffix
	}
	if strings.Count(p.negPrefix+p.negSuffix, "\x01") != 1 {
		return p, fmt.Errorf("pattern %q: want one ¤ in the negative part", src)
	}
	return p, nil
}

func splitOutsideQuotes(s string) []string {
	var parts []string
	quoted := false
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'':
			quoted = !quoted
		case ';':
			if !quoted {
				parts = append(parts, s[start:i])
				start = i + 1
			}
		}
	}
	return append(parts, s[start:])
}

// affixes returns the prefix, number part and suffix of one subpattern, with
// quotes removed and ¤ and - replaced by their markers.
func affixes(s string) (prefix, number, suffix string, err error) {
	var b [3]strings.Builder
	part := 0
	quoted := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == '\'' {
			if strings.HasPrefix(s[i:], "'") { // '' is a quote
				b[part].WriteRune('\'')
				i++
				continue
			}
			quoted = !quoted
			continue
		}
		isNum := !quoted && strings.ContainsRune("#0123456789,.", r)
		switch {
		case isNum && part == 0:
			part = 1
		case !isNum && part == 1:
			part = 2
		case isNum && part == 2:
			return "", "", "", fmt.Errorf("two number parts")
		}
		switch {
		case quoted || part == 1:
			b[part].WriteRune(r)
		case r == '¤':
			if strings.HasPrefix(s[i:], "¤") {
				return "", "", "", fmt.Errorf("¤¤ is not supported")
			}
			b[part].WriteByte('\x01')
		case r == '-':
			b[part].WriteByte('\x02')
		case strings.ContainsRune("%‰+E@*", r):
			return "", "", "", fmt.Errorf("%q is not supported in a currency pattern", r)
		default:
			b[part].WriteRune(r)
		}
	}
	if quoted || part == 0 {
		return "", "", "", fmt.Errorf("unbalanced quote or no number")
	}
	return b[0].String(), b[1].String(), b[2].String(), nil
}
