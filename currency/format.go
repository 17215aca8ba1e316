package currency

import (
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Display is the form of the currency in a formatted amount.
type Display uint8

// The forms of the currency in a formatted amount.
const (
	// DisplaySymbol is the locale's symbol ("$", "US$", "€"), else the ISO
	// code. It is the default, as in ICU (currencyDisplay "symbol").
	DisplaySymbol Display = iota
	// DisplayNarrow is the locale's narrow symbol ("$" for USD in en-CA,
	// where the symbol is "US$"), else the symbol (ICU "narrowSymbol").
	DisplayNarrow
	// DisplayCode is the ISO code ("USD 7.00"; ICU "code").
	DisplayCode
)

var displayNames = [...]string{DisplaySymbol: "symbol", DisplayNarrow: "narrow", DisplayCode: "code"}

// String returns "symbol", "narrow" or "code" (the names ParseDisplay reads).
func (d Display) String() string {
	if int(d) < len(displayNames) {
		return displayNames[d]
	}
	return "Display(" + strconv.Itoa(int(d)) + ")"
}

// ParseDisplay reads "symbol", "narrow" or "code"; anything else is an error
// wrapping ErrDisplay.
func ParseDisplay(s string) (Display, error) {
	for i, n := range displayNames {
		if s == n {
			return Display(i), nil
		}
	}
	return 0, &DisplayError{Input: s}
}

// FormatOption changes how Format writes an amount; the zero FormatOption
// changes nothing. Build one with WithDisplay or Accounting.
type FormatOption struct {
	display    Display
	setDisplay bool
	accounting bool
}

// WithDisplay selects the form of the currency (default DisplaySymbol).
// An unknown Display is DisplaySymbol.
func WithDisplay(d Display) FormatOption { return FormatOption{display: d, setDisplay: true} }

// Accounting selects CLDR's accounting pattern: in many locales a negative
// amount is written in parentheses ("($7.00)" in en-US); elsewhere it is the
// standard pattern.
func Accounting() FormatOption { return FormatOption{accounting: true} }

type formatConfig struct {
	display    Display
	accounting bool
}

func configOf(opts []FormatOption) formatConfig {
	var c formatConfig
	for _, o := range opts {
		if o.setDisplay {
			c.display = o.display
		}
		if o.accounting {
			c.accounting = true
		}
	}
	if int(c.display) >= len(displayNames) {
		c.display = DisplaySymbol
	}
	return c
}

// Types of the generated display tables (display_gen.go).
type (
	numberingSystem struct {
		name   string
		digits string // the ten digits, each width bytes of UTF-8
		width  uint8
		nd     bool // the digits are Unicode decimal digits (Nd)
	}
	numberSymbols struct {
		decimal, group, minus, plus string
	}
	affixPattern struct {
		posPrefix, posSuffix, negPrefix, negSuffix string // '\x01' currency, '\x02' minus
		primary, secondary                         uint8  // grouping sizes; 0: none
	}
	localeNS struct {
		ns  uint8
		sym uint16
		pat [2]uint16 // standard, accounting; 65535: none (the locale's latn ones)
	}
	currencyDisplay struct {
		symbol, narrow, decimal, group string
		pattern                        int16 // currency-specific pattern; -2 the locale's standard; -1 none
		// edges has a bit set where CLDR's currencySpacing separates the
		// text from a digit ([[:^S:]&[:^Z:]]): bit 0 the symbol's start,
		// 1 its end, 2 the narrow symbol's start, 3 its end.
		edges uint8
	}
	regionCurrency struct {
		region string
		key    uint16
	}
	cldrLocale struct {
		id               string
		parent           uint16
		ns               [4]uint8 // default, native, traditional, finance
		minGroup         uint8
		nsStart, nsEnd   uint16
		curStart, curEnd uint16
	}
	cashIncrement struct {
		key uint16
		inc int64
	}
)

const (
	curMark   = '\x01'
	minusMark = '\x02'
	nbsp      = "\u00a0"
)

// locale is a resolved tag: a CLDR locale, a numbering system and the
// currency of the tag's region (or its -u-cu- keyword).
type locale struct {
	loc uint16    // index in cldrLocales
	ns  uint8     // index in numberingSystems
	sym uint16    // index in symbolSets
	pat [2]uint16 // standard and accounting patterns, indexes in currencyPatterns
	// defInfo is 1 + the index in currencyDisplays of the currency format
	// info of the tag's own currency (its region's, or -u-cu-); 0: none.
	defInfo uint16
}

func findLocale(id string) (int, bool) {
	i := sort.Search(len(cldrLocales), func(i int) bool { return cldrLocales[i].id >= id })
	return i, i < len(cldrLocales) && cldrLocales[i].id == id
}

func root() uint16 {
	i, _ := findLocale("und")
	return uint16(i)
}

func findNS(name string) (uint8, bool) {
	for i := range numberingSystems {
		if numberingSystems[i].name == name {
			return uint8(i), true
		}
	}
	return 0, false
}

func likelyScript(key string) string {
	i := sort.Search(len(likelyScripts), func(i int) bool { return likelyScripts[i][0] >= key })
	if i < len(likelyScripts) && likelyScripts[i][0] == key {
		return likelyScripts[i][1]
	}
	return ""
}

// parentID is CLDR's parent of a locale ID without data: its parentLocales
// entry, root for a language with a script that is not its likely one, else
// the ID without its last subtag.
func parentID(id string) string {
	i := sort.Search(len(extraParents), func(i int) bool { return extraParents[i][0] >= id })
	if i < len(extraParents) && extraParents[i][0] == id {
		return extraParents[i][1]
	}
	if lang, script, ok := strings.Cut(id, "-"); ok && len(script) == 4 && likelyScript(lang) != script {
		return "und"
	}
	if i := strings.LastIndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return "und"
}

// maxLocaleLen bounds the locale tags Format reads.
const maxLocaleLen = 128

// fastLocales maps the IDs of CLDR's locales and default-content locales
// and those ICU carries, exactly as written ("en-US", "de-DE", "ar-EG",
// "zh-TW"), to what resolveLocale makes
// of them, so that the common tags are not parsed on every call. It is built
// once, on first use, by resolveSlow itself.
var fastLocales = sync.OnceValue(func() map[string]locale {
	m := make(map[string]locale, len(cldrLocales)+len(defaultContentTags)+len(icuLocaleIDs))
	add := func(id string) {
		if l, err := resolveSlow(id); err == nil {
			m[id] = l
		}
	}
	for i := range cldrLocales {
		add(cldrLocales[i].id)
	}
	for _, id := range defaultContentTags {
		add(id)
	}
	for _, id := range icuLocaleIDs {
		add(id)
	}
	return m
})

// resolveLocale turns a BCP 47 tag into a CLDR locale and numbering system.
func resolveLocale(tag string) (locale, error) {
	if l, ok := fastLocales()[tag]; ok {
		return l, nil
	}
	return resolveSlow(tag)
}

// Symbol returns the currency symbol of c in locale in the form of the
// options' Display (by default the symbol: "$" for USD in en-US, "US$" in
// en-GB, "￥" for JPY in ja-JP), as Format writes it: the CLDR symbol of the
// locale or its nearest parent, else the ISO code (for a currency newer than
// the CLDR release too). The zero Code is ErrInvalidCode; locale is read as
// by Format.
func Symbol(c Code, locale string, opts ...FormatOption) (string, error) {
	if !c.IsValid() {
		return "", &AmountError{Code: c, Err: ErrInvalidCode}
	}
	l, err := resolveLocale(locale)
	if err != nil {
		return "", err
	}
	sym, _, _ := currencyText(c, currencyEntry(c.key(), l.loc), configOf(opts).display)
	return sym, nil
}

// currencyEntry returns the display data of the currency with key k in
// locale loc or its nearest parent, or nil.
func currencyEntry(k uint16, loc uint16) *currencyDisplay {
	if i := currencyIndex(k, loc); i >= 0 {
		return &currencyDisplays[i]
	}
	return nil
}

// currencyIndex is currencyEntry's index in currencyDisplays, or -1.
func currencyIndex(k uint16, loc uint16) int {
	for l := loc; ; {
		cl := &cldrLocales[l]
		keys := currencyDisplayKeys[cl.curStart:cl.curEnd]
		lo, hi := 0, len(keys)
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if keys[m] < k {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo < len(keys) && keys[lo] == k {
			return int(cl.curStart) + lo
		}
		if cl.parent == l {
			return -1
		}
		l = cl.parent
	}
}

// currencyText returns the currency's text for display d from its entry e
// (nil: none): the symbol, the narrow symbol or the code, falling back to
// the symbol and then the code; and the currencySpacing classes of its
// start and end (an ISO code is letters at both).
func currencyText(c Code, e *currencyDisplay, d Display) (text string, spacedStart, spacedEnd bool) {
	switch {
	case e == nil || d == DisplayCode:
	case d == DisplayNarrow && e.narrow != "":
		return e.narrow, e.edges&4 != 0, e.edges&8 != 0
	case e.symbol != "":
		return e.symbol, e.edges&1 != 0, e.edges&2 != 0
	}
	return c.String(), true, true
}

// Format writes minor units of c as a person using locale expects to read
// them, as CLDR (the release named by CLDRVersion) describes it and ICU
// renders it: 700 USD in "en-US" is "$7.00", 100 JPY in "ja-JP" is "￥100",
// 700 EUR in "de-DE" is "7,00 €" (with a no-break space), 123456 EUR in
// "es-ES" is "1234,56 €" (minimum grouping digits), 12345 EGP in "ar-EG" is
// "\u200f١٢٣٫٤٥ ج.م.\u200f" (the locale's digits and bidi marks), -500 SEK
// in "sv-SE" is "−5,00 kr" (U+2212).
//
// The number always has the ISO number of decimals of c (1234 IQD is
// "IQD 1.234" in en-US), never CLDR's; every int64 is exact.
//
// locale is a BCP 47 tag ("en-US", "de-CH", "zh-Hant-TW", "ar-EG-u-nu-latn"),
// canonicalised ("iw" is "he", "mo" is "ro"), shortened as Intl does to a
// locale ICU carries ("az-Arab-IQ" is az) and matched to the nearest CLDR
// locale with data, falling back along CLDR's parent chain to root ("und",
// and a language ICU has no data for, is root; so is "xx-YY"). A tag that
// is not well formed as Intl reads tags ("en_US", "en--US", "as-t-00") or
// is longer than 128 bytes is ErrLocale. The zero Code is ErrInvalidCode,
// an N.A. currency ErrNoMinorUnit.
//
// opts select the form of the currency (WithDisplay) and the accounting
// pattern (Accounting). For a tag written as one of CLDR's locale or
// default-content IDs or of the IDs ICU carries ("en-US", "de-DE",
// "ar-EG", "zh-Hant-TW", "zh-TW"), Format
// allocates only the string it returns and AppendFormat nothing; any other
// tag (with -u- keywords, other letter case, ...) is parsed by
// golang.org/x/text on each call, which allocates.
func Format(minor int64, c Code, locale string, opts ...FormatOption) (string, error) {
	var buf [128]byte
	b, err := AppendFormat(buf[:0], minor, c, locale, opts...)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// AppendFormat appends Format's text to dst and returns the extended
// buffer; with room in dst, and a tag written as one of CLDR's locale or
// default-content IDs or of the IDs ICU carries, it allocates nothing. On error dst is returned
// unchanged.
func AppendFormat(dst []byte, minor int64, c Code, locale string, opts ...FormatOption) ([]byte, error) {
	d := c.digits()
	if d < 0 {
		return dst, codeErr(itoa(minor), c)
	}
	l, err := resolveLocale(locale)
	if err != nil {
		return dst, err
	}
	return appendFormat(dst, minor, c, d, l, configOf(opts)), nil
}

func appendFormat(dst []byte, minor int64, c Code, d int, l locale, cfg formatConfig) []byte {
	cl := &cldrLocales[l.loc]
	syms := &symbolSets[l.sym]
	e := currencyEntry(c.key(), l.loc)
	sym, spacedStart, spacedEnd := currencyText(c, e, cfg.display)
	decimal, group := syms.decimal, syms.group
	pi := 0
	if cfg.accounting {
		pi = 1
	}
	pat := &currencyPatterns[l.pat[pi]]
	// ICU's currency format info: a currency-specific pattern and
	// separators, of the currency formatted, else of the locale's own.
	info := e
	if info == nil || info.pattern == -1 {
		info = nil
		if l.defInfo != 0 {
			info = &currencyDisplays[l.defInfo-1]
		}
	}
	if info != nil {
		decimal, group = info.decimal, info.group
		if info.pattern >= 0 {
			pat = &currencyPatterns[info.pattern]
		} else {
			pat = &currencyPatterns[l.pat[0]]
		}
	}
	neg := minor < 0
	prefix, suffix := pat.posPrefix, pat.posSuffix
	if neg {
		prefix, suffix = pat.negPrefix, pat.negSuffix
	}
	// The digits of |minor|, at least d+1 of them.
	var raw [24]byte
	ds := strconv.AppendUint(raw[:0], magnitude(minor), 10)
	if len(ds) <= d {
		n := d + 1 - len(ds)
		copy(raw[n:], ds)
		for i := 0; i < n; i++ {
			raw[i] = '0'
		}
		ds = raw[:d+1]
	}
	intDigits := len(ds) - d

	nsys := &numberingSystems[l.ns]
	// currencySpacing applies next to decimal digits ([:digit:]) only.
	spacedStart = spacedStart && nsys.nd
	spacedEnd = spacedEnd && nsys.nd
	dst = appendAffix(dst, prefix, sym, syms.minus, true, spacedEnd)
	g1, g2 := int(pat.primary), int(pat.secondary)
	if g1 > 0 && intDigits >= g1+int(cl.minGroup) {
		// n digits come before the primary group, in groups of g2 (the
		// first one possibly shorter).
		n := intDigits - g1
		first := n % g2
		if first == 0 {
			first = g2
		}
		dst = nsys.appendDigits(dst, ds[:first])
		for i := first; i < n; i += g2 {
			dst = append(dst, group...)
			dst = nsys.appendDigits(dst, ds[i:i+g2])
		}
		dst = append(dst, group...)
		dst = nsys.appendDigits(dst, ds[n:intDigits])
	} else {
		dst = nsys.appendDigits(dst, ds[:intDigits])
	}
	if d > 0 {
		dst = append(dst, decimal...)
		dst = nsys.appendDigits(dst, ds[intDigits:])
	}
	return appendAffix(dst, suffix, sym, syms.minus, false, spacedStart)
}

// appendDigits appends the ASCII digits ds in the numbering system.
func (n *numberingSystem) appendDigits(dst, ds []byte) []byte {
	if n.width == 1 && n.digits == "0123456789" {
		return append(dst, ds...)
	}
	d := n.digits
	switch n.width {
	case 2:
		for _, c := range ds {
			j := int(c-'0') * 2
			dst = append(dst, d[j], d[j+1])
		}
	case 3:
		for _, c := range ds {
			j := int(c-'0') * 3
			dst = append(dst, d[j], d[j+1], d[j+2])
		}
	default:
		w := int(n.width)
		for _, c := range ds {
			j := int(c-'0') * w
			dst = append(dst, d[j:j+w]...)
		}
	}
	return dst
}

// appendAffix writes an affix, the currency and minus sign in place of their
// marks. CLDR's currencySpacing: a currency right next to the number whose
// character there is neither a symbol nor a separator is kept apart from the
// digits by a no-break space; spaced says whether the currency's edge toward
// the number (its end in a prefix, its start in a suffix) is such a
// character.
func appendAffix(dst []byte, affix, sym, minus string, isPrefix, spaced bool) []byte {
	for i := 0; i < len(affix); i++ {
		switch affix[i] {
		case curMark:
			if spaced && !isPrefix && i == 0 {
				dst = append(dst, nbsp...)
			}
			dst = append(dst, sym...)
			if spaced && isPrefix && i == len(affix)-1 {
				dst = append(dst, nbsp...)
			}
		case minusMark:
			dst = append(dst, minus...)
		default:
			dst = append(dst, affix[i])
		}
	}
	return dst
}

// key returns the table key of a valid code.
func (c Code) key() uint16 { return currencyKeys[c.idx-1] }

func itoa(v int64) string { return strconv.FormatInt(v, 10) }
