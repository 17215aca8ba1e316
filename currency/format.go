package currency

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	xcurrency "golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// affixes is a CLDR currency pattern reduced to the text before and after the
// number, for positive and negative amounts. '¤' stands for the currency
// symbol, '-' for the minus sign.
type affixes struct {
	posPrefix, posSuffix, negPrefix, negSuffix string
}

// localeFormat names the patterns of one CLDR locale: std is the standard
// currency pattern, alpha the one CLDR prescribes when the symbol is
// alphabetic next to the number ("standard-alphaNextToNumber").
type localeFormat struct {
	locale     string
	std, alpha uint16
}

const nbsp = "\u00a0"

// findPattern returns the patterns of the CLDR locale id, or false.
func findPattern(id string) (localeFormat, bool) {
	i := sort.Search(len(localeFormats), func(i int) bool { return localeFormats[i].locale >= id })
	if i < len(localeFormats) && localeFormats[i].locale == id {
		return localeFormats[i], true
	}
	return localeFormat{}, false
}

// resolveLocale parses a BCP 47 tag and finds its CLDR pattern by removing
// subtags from the end ("en-US" → "en", "zh-Hant-TW" → "zh-Hant" → "zh").
func resolveLocale(locale string) (language.Tag, localeFormat, error) {
	tag, err := language.Parse(locale)
	if err != nil || tag == language.Und {
		return language.Und, localeFormat{}, &LocaleError{Input: locale}
	}
	id := tag.String()
	for {
		if lf, ok := findPattern(id); ok {
			return tag, lf, nil
		}
		i := strings.LastIndexByte(id, '-')
		if i < 0 {
			return language.Und, localeFormat{}, &LocaleError{Input: locale}
		}
		id = id[:i]
	}
}

// Symbol returns the currency symbol of c in locale ("$" for USD in en-US,
// "US$" in en-GB, "￥" for JPY in ja-JP), taken from golang.org/x/text's CLDR
// data; where that data has no symbol for c (XCG, ZWG, VES, ...), the ISO
// code.
func Symbol(c Code, locale string) (string, error) {
	if !c.IsValid() {
		return "", &AmountError{Code: c, Err: ErrInvalidCode}
	}
	tag, _, err := resolveLocale(locale)
	if err != nil {
		return "", err
	}
	return symbol(c, tag), nil
}

func symbol(c Code, tag language.Tag) string {
	u, err := xcurrency.ParseISO(c.String())
	if err != nil || u.String() != c.String() {
		return c.String()
	}
	s := message.NewPrinter(tag).Sprint(xcurrency.Symbol(u))
	if s == "" {
		return c.String()
	}
	return s
}

// Format writes minor units of c as a person using locale expects to read
// them: 700 USD in "en-US" is "$7.00", 100 JPY in "ja-JP" is "￥100", 700 EUR
// in "de-DE" is "7,00 €" (with a no-break space), 4999 GBP in "en-GB" is
// "£49.99".
//
// The number always has the ISO number of decimals of c (1234 IQD is
// "IQD 1.234" in en-US), never CLDR's. Digits, grouping and the decimal
// separator come from golang.org/x/text for the locale; the symbol from
// Symbol; its position and spacing from CLDR's standard currency pattern of
// the locale (see doc.go), with the "alphaNextToNumber" pattern, or else a
// no-break space, between a symbol that ends in a letter and the digits, as
// CLDR prescribes. A negative amount takes the locale's negative pattern, by
// default a '-' in front ("-$7.00", "-7,00 €").
//
// locale is a BCP 47 tag ("en-US", "de-CH", "ja"); a tag that is malformed
// or whose language CLDR has no currency pattern for is ErrLocale. The zero
// Code is ErrInvalidCode, an N.A. currency ErrNoMinorUnit.
func Format(minor int64, c Code, locale string) (string, error) {
	d := c.digits()
	if d < 0 {
		return "", codeErr(itoa(minor), c)
	}
	tag, lf, err := resolveLocale(locale)
	if err != nil {
		return "", err
	}
	num := formatNumber(tag, magnitude(minor), d)
	sym := symbol(c, tag)

	pat := currencyPatterns[lf.std]
	if alphaNextToNumber(pat, sym, minor < 0) {
		pat = currencyPatterns[lf.alpha]
	}
	prefix, suffix := pat.posPrefix, pat.posSuffix
	if minor < 0 {
		prefix, suffix = pat.negPrefix, pat.negSuffix
	}
	prefix = expand(prefix, sym)
	suffix = expand(suffix, sym)
	// CLDR currencySpacing: a symbol touching the digits whose touching
	// character is not a symbol or separator gets a no-break space.
	if strings.HasSuffix(prefix, sym) && touchesAsLetter(sym, false) {
		prefix += nbsp
	}
	if strings.HasPrefix(suffix, sym) && touchesAsLetter(sym, true) {
		suffix = nbsp + suffix
	}
	return prefix + num + suffix, nil
}

// alphaNextToNumber reports whether the pattern puts the symbol right next
// to the number and the symbol's character there is not a symbol (S*) or
// separator (Z*): CLDR then uses the alphaNextToNumber pattern.
func alphaNextToNumber(p affixes, sym string, neg bool) bool {
	prefix, suffix := p.posPrefix, p.posSuffix
	if neg {
		prefix, suffix = p.negPrefix, p.negSuffix
	}
	if strings.HasSuffix(prefix, "¤") {
		return touchesAsLetter(sym, false)
	}
	if strings.HasPrefix(suffix, "¤") {
		return touchesAsLetter(sym, true)
	}
	return false
}

// touchesAsLetter reports whether the first (atStart) or last rune of sym
// is neither a symbol nor a separator.
func touchesAsLetter(sym string, atStart bool) bool {
	var r rune
	if atStart {
		r, _ = utf8.DecodeRuneInString(sym)
	} else {
		r, _ = utf8.DecodeLastRuneInString(sym)
	}
	return !unicode.IsSymbol(r) && !unicode.In(r, unicode.Z)
}

func expand(affix, sym string) string {
	return strings.Replace(affix, "¤", sym, 1)
}

// formatNumber writes mag·10^-d with the locale's digits, grouping and
// separators and exactly d decimals. x/text formats the integer part with d
// zero decimals (an integer, so no float is involved); the zeros are then
// replaced by the fraction's digits in the locale's digit set.
func formatNumber(tag language.Tag, mag uint64, d int) string {
	p := pow10[d]
	intPart, frac := mag/p, mag%p
	s := message.NewPrinter(tag).Sprint(number.Decimal(intPart, number.Scale(d)))
	if d == 0 {
		return s
	}
	zero, size := utf8.DecodeLastRuneInString(s)
	var fd [4]rune
	for i := d - 1; i >= 0; i-- {
		fd[i] = zero + rune(frac%10)
		frac /= 10
	}
	var b strings.Builder
	b.WriteString(s[:len(s)-d*size])
	for _, r := range fd[:d] {
		b.WriteRune(r)
	}
	return b.String()
}

func itoa(v int64) string { return strconv.FormatInt(v, 10) }
