package currency

import "strings"

// wellFormed reports whether tag is a structurally valid BCP 47 language
// tag as Intl reads one (ECMA-402's IsStructurallyValidLanguageTag: the
// unicode_locale_id syntax of Unicode's locale identifiers, without its
// backward-compatible forms), and if not, why. Letters are read in any
// case; subtags are separated by '-'.
//
//	tag       = language ["-" script] ["-" region] *("-" variant)
//	            *extension ["-" privateuse]
//	language  = 2*3ALPHA / 5*8ALPHA
//	script    = 4ALPHA
//	region    = 2ALPHA / 3DIGIT
//	variant   = 5*8alphanum / DIGIT 3alphanum      (none twice)
//	extension = "-u-" (1*keyword / 1*attribute *keyword)
//	          / "-t-" (tlang *tfield / 1*tfield)
//	          / "-" singleton 1*("-" 2*8alphanum)  (no singleton twice)
//	keyword   = alphanum ALPHA *("-" 3*8alphanum)
//	attribute = 3*8alphanum
//	tlang     = language ["-" script] ["-" region] *("-" variant)
//	tfield    = ALPHA DIGIT 1*("-" 3*8alphanum)
//	privateuse = "x" 1*("-" 1*8alphanum)
//
// So "as-t-00-0a" (no tlang, and "00" is not a tfield key), "en-t-a0" (a
// tfield without value), "en-a-0" (one character after a singleton),
// "en-US-u-nu-" and "x-private" are all malformed, as ICU has them. A
// well-formed tag's parts are stored in *parts, as written.
func wellFormed(tag string, parts *tagParts) (string, bool) {
	*parts = tagParts{}
	p := subtagReader{s: tag}
	lang, ok := p.next()
	if !ok || !isLanguage(lang) {
		return "language is not 2-3 or 5-8 letters", false
	}
	parts.lang = lang
	if reason, ok := p.rest(parts); !ok {
		return reason, false
	}
	var seen [36]bool // extension singletons
	for {
		s, ok := p.next()
		if !ok {
			if p.err {
				return "empty subtag", false
			}
			return "", true
		}
		if len(s) != 1 {
			return "a subtag out of place", false
		}
		c := lower(s[0])
		if c == 'x' {
			n := 0
			for {
				v, ok := p.next()
				if !ok {
					if p.err {
						return "empty subtag", false
					}
					break
				}
				if len(v) > 8 || !isAlnum(v) {
					return "bad private-use subtag", false
				}
				n++
			}
			if n == 0 {
				return "empty private-use section", false
			}
			return "", true
		}
		i := singletonIndex(c)
		if i < 0 {
			return "a subtag out of place", false
		}
		if seen[i] {
			return "an extension appears twice", false
		}
		seen[i] = true
		var reason string
		switch c {
		case 'u':
			reason, ok = p.unicodeExtension(parts)
		case 't':
			reason, ok = p.transformedExtension()
		default:
			reason, ok = p.otherExtension()
		}
		if !ok {
			return reason, false
		}
	}
}

// tagParts are the parts of a well-formed tag that Format reads, as
// written (in any case).
type tagParts struct {
	lang, script, region string
	variants             string // "-"-separated
	// nu and cu are the types of the first -u-nu- and -u-cu- keywords
	// (Intl ignores a repeated key), "" where there is none.
	nu, cu string
	// hasNU and hasCU: the key appears (the first counts, even without
	// type).
	hasNU, hasCU bool
}

// subtagReader reads the '-'-separated subtags of a tag.
type subtagReader struct {
	s    string
	i    int
	back bool   // next returns last again
	last string // the subtag read last
	err  bool   // an empty subtag was found
}

// next returns the next subtag; false at the end or at an empty subtag
// (err).
func (p *subtagReader) next() (string, bool) {
	if p.back {
		p.back = false
		return p.last, true
	}
	if p.i > len(p.s) || p.err {
		return "", false
	}
	j := p.i
	for j < len(p.s) && p.s[j] != '-' {
		j++
	}
	s := p.s[p.i:j]
	p.i = j + 1
	if s == "" {
		p.err = true
		return "", false
	}
	p.last = s
	return s, true
}

// unread makes next return the last subtag again.
func (p *subtagReader) unread() { p.back = true }

// extSubtag returns the next subtag of the extension being read; false at
// the end, at an empty subtag (err) or at the next singleton (left unread).
func (p *subtagReader) extSubtag() (string, bool) {
	s, ok := p.next()
	if ok && len(s) == 1 {
		p.unread()
		return "", false
	}
	return s, ok
}

// done ends an extension that had n subtags: an empty subtag, or none at
// all (the reason empty), is malformed.
func (p *subtagReader) done(n int, empty string) (string, bool) {
	switch {
	case p.err:
		return "empty subtag", false
	case n == 0:
		return empty, false
	}
	return "", true
}

// rest reads the script, region and variants after a language, stopping
// before the first singleton (left unread), and stores them in *parts; with
// parts nil, those of a tlang, which a tfield may follow.
func (p *subtagReader) rest(parts *tagParts) (string, bool) {
	t := parts == nil
	if t {
		parts = new(tagParts)
	}
	s, ok := p.next()
	if ok && isScript(s) {
		parts.script = s
		s, ok = p.next()
	}
	if ok && isRegion(s) {
		parts.region = s
		s, ok = p.next()
	}
	start := -1 // of the first variant
	for ok && isVariant(s) {
		at := p.i - 1 - len(s)
		if start < 0 {
			start = at
		} else if hasVariant(p.s[start:at], s) {
			return "a variant appears twice", false
		}
		parts.variants = p.s[start : at+len(s)]
		s, ok = p.next()
	}
	if !ok {
		if p.err {
			return "empty subtag", false
		}
		return "", true
	}
	if len(s) != 1 && !(t && isTKey(s)) {
		return "a subtag out of place", false
	}
	p.unread()
	return "", true
}

// hasVariant reports whether the '-'-separated list head has subtag v.
func hasVariant(head, v string) bool {
	for head != "" {
		j := 0
		for j < len(head) && head[j] != '-' {
			j++
		}
		if strings.EqualFold(head[:j], v) {
			return true
		}
		if j == len(head) {
			break
		}
		head = head[j+1:]
	}
	return false
}

// unicodeExtension reads the subtags after "-u", storing the first nu and
// cu types in *parts.
func (p *subtagReader) unicodeExtension(parts *tagParts) (string, bool) {
	n := 0
	var key *string // where the current key's type goes, if wanted
	typeStart := -1
	for {
		s, ok := p.extSubtag()
		if !ok {
			break
		}
		at := p.i - 1 - len(s)
		switch {
		case isKey(s):
			key, typeStart = nil, -1
			switch {
			case strings.EqualFold(s, "nu") && !parts.hasNU:
				key, parts.hasNU = &parts.nu, true
			case strings.EqualFold(s, "cu") && !parts.hasCU:
				key, parts.hasCU = &parts.cu, true
			}
		case len(s) >= 3 && len(s) <= 8 && isAlnum(s):
			// An attribute before the first key, else a type.
			if key != nil {
				if typeStart < 0 {
					typeStart = at
				}
				*key = p.s[typeStart : at+len(s)]
			}
		default:
			return "a -u- subtag is malformed", false
		}
		n++
	}
	return p.done(n, "empty -u- extension")
}

// transformedExtension reads the subtags after "-t".
func (p *subtagReader) transformedExtension() (string, bool) {
	s, ok := p.next()
	if !ok {
		if p.err {
			return "empty subtag", false
		}
		return "empty -t- extension", false
	}
	if isLanguage(s) {
		if reason, ok := p.rest(nil); !ok {
			return reason, false
		}
	} else if isTKey(s) {
		p.unread()
	} else {
		return "a -t- subtag is malformed", false
	}
	for {
		s, ok := p.extSubtag()
		if !ok {
			break
		}
		if !isTKey(s) {
			return "a -t- subtag is malformed", false
		}
		values := 0
		for {
			v, ok := p.next()
			if !ok {
				break
			}
			if len(v) < 3 || len(v) > 8 || !isAlnum(v) {
				p.unread()
				break
			}
			values++
		}
		if values == 0 {
			return "a -t- field has no value", false
		}
	}
	return p.done(1, "")
}

// otherExtension reads the subtags after a singleton other than t, u and x.
func (p *subtagReader) otherExtension() (string, bool) {
	n := 0
	for {
		s, ok := p.extSubtag()
		if !ok {
			break
		}
		if len(s) > 8 || !isAlnum(s) {
			return "bad extension subtag", false
		}
		n++
	}
	return p.done(n, "empty extension")
}

func isLanguage(s string) bool {
	return (len(s) >= 2 && len(s) <= 3 || len(s) >= 5 && len(s) <= 8) && isAlpha(s)
}

func isScript(s string) bool { return len(s) == 4 && isAlpha(s) }

func isRegion(s string) bool {
	return len(s) == 2 && isAlpha(s) || len(s) == 3 && isDigits(s)
}

func isVariant(s string) bool {
	return len(s) >= 5 && len(s) <= 8 && isAlnum(s) || len(s) == 4 && isDigit(s[0]) && isAlnum(s)
}

// isKey: a -u- key, a letter or digit then a letter.
func isKey(s string) bool { return len(s) == 2 && isAlnum(s) && isLetter(s[1]) }

// isTKey: a -t- field key, a letter then a digit.
func isTKey(s string) bool { return len(s) == 2 && isLetter(s[0]) && isDigit(s[1]) }

func isLetter(c byte) bool { c |= 0x20; return 'a' <= c && c <= 'z' }

func isAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// singletonIndex is the index of extension singleton c (a digit or a
// lower-case letter) in [0, 36), or -1.
func singletonIndex(c byte) int {
	switch {
	case isDigit(c):
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return 10 + int(c-'a')
	}
	return -1
}
