package currency

import (
	"sort"
	"strings"

	"golang.org/x/text/language"
)

// resolveSlow parses tag with golang.org/x/text/language (which also
// canonicalises it: "iw" is "he", "sh" is "sr-Latn", with CLDR's newer
// language aliases: "mo" is "ro", "cmn" "zh"; "no"
// stays "no", which in CLDR 48 is the locale nb and nn inherit from) and
// finds its CLDR locale: the language, the script (the one written, else the
// likely script of the language in its region where that differs from the
// language's own: "zh-TW" is zh-Hant-TW, "sr-ME" sr-Latn-ME), the region and
// the variants, first shortened as Intl does to an ID ICU carries
// (icuLookup), then along CLDR's parent chain until a locale with data is
// found; "und" and anything else without data end at root. The numbering
// system is the -u-nu- one when CLDR has its digits ("native",
// "traditional" and "finance" name the locale's own), else the locale's
// default.
func resolveSlow(tag string) (locale, error) {
	switch {
	case tag == "":
		return locale{}, &LocaleError{Input: tag, Reason: "empty tag"}
	case len(tag) > maxLocaleLen:
		return locale{}, &LocaleError{Input: tag, Reason: "longer than 128 bytes"}
	case strings.IndexByte(tag, '_') >= 0:
		return locale{}, &LocaleError{Input: tag, Reason: "'_' is not a BCP 47 separator (write en-US, not en_US)"}
	}
	var tp tagParts
	if reason, ok := wellFormed(tag, &tp); !ok {
		return locale{}, &LocaleError{Input: tag, Reason: "tag is not well-formed: " + reason}
	}
	lang, sc, reg, variants := icuLookup(canonicalParts(tag, &tp))
	loc := root()
	localRegion := false // the tag's region is that of a CLDR locale
	if lang != "und" {
		id := lang
		if sc == "" && reg != "" {
			// Only where CLDR has data in that script (zh-Hant, sr-Latn):
			// ky-TR (likely ky-Latn-TR) stays Kyrgyz, as ICU has it.
			if s := likelyScript(lang + "-" + reg); s != "" && s != likelyScript(lang) {
				if _, ok := findLocale(lang + "-" + s); ok {
					sc = s
				}
			}
		}
		if sc != "" {
			id += "-" + sc
		}
		if reg != "" {
			id += "-" + reg
			_, localRegion = findLocale(id)
			localRegion = localRegion || isDefaultContent(id)
		}
		for _, v := range variants {
			id += "-" + v
		}
		for {
			if i, ok := findLocale(id); ok {
				loc = uint16(i)
				break
			}
			id = parentID(id)
		}
	}
	res := locale{loc: loc, ns: cldrLocales[loc].ns[0]}
	// Intl (and so the browsers) accepts only numbering system names, not
	// ICU's "native", "traditional" or "finance".
	if n, ok := findNS(strings.ToLower(tp.nu)); ok {
		res.ns = n
	}
	// The numbering system's symbols and patterns: the locale's own (CLDR's
	// data is resolved along the parent chain), else root's, else the
	// locale's latn ones, as ICU looks them up.
	own, latn := nsData(loc, res.ns), nsData(loc, 0)
	if own == nil {
		own = nsData(root(), res.ns)
	}
	if own == nil {
		own = latn
	}
	res.sym, res.pat = own.sym, own.pat
	if res.pat[0] == 65535 {
		res.pat = latn.pat
	}
	var defCur uint16 // key+1
	if cu := strings.ToUpper(tp.cu); len(cu) == 3 && isUpper(cu[0]) && isUpper(cu[1]) && isUpper(cu[2]) {
		defCur = key(cu[0], cu[1], cu[2]) + 1
	} else if localRegion {
		defCur = regionCurrencyKey(reg)
	}
	if defCur != 0 {
		if i := currencyIndex(defCur-1, loc); i >= 0 && currencyDisplays[i].pattern != -1 {
			res.defInfo = uint16(i) + 1
		}
	}
	return res, nil
}

// parseTag parses tag with golang.org/x/text/language after replacing its
// language by CLDR's alias where x/text's (older) data has none or another
// one ("cmn" is zh, "mo" ro, "cnr" sr-ME: a script or region of the alias
// applies where the tag has none), as Intl canonicalises it.
func parseTag(tag string) (language.Tag, error) {
	head, rest, dash := strings.Cut(tag, "-")
	alias := ""
	if len(head) == 2 || len(head) == 3 {
		alias = findLanguageAlias(strings.ToLower(head))
	}
	if alias == "" {
		return language.Parse(tag)
	}
	lang, extra, _ := strings.Cut(alias, "-")
	if dash {
		lang += "-" + rest // "tw-" stays malformed
	}
	t, err := language.Parse(lang)
	if err != nil || extra == "" {
		return t, err
	}
	// extra is a script, a region or both ("Latn-RS").
	_, sc, reg := t.Raw()
	for _, p := range strings.Split(extra, "-") {
		if len(p) == 4 && sc.String() == "Zzzz" {
			if s, e := language.ParseScript(p); e == nil {
				t, err = language.Compose(t, s)
			}
		} else if len(p) != 4 && reg.String() == "ZZ" {
			if r, e := language.ParseRegion(p); e == nil {
				t, err = language.Compose(t, r)
			}
		}
	}
	return t, err
}

// findLanguageAlias returns CLDR's replacement of language lang, or "".
func findLanguageAlias(lang string) string {
	i := sort.Search(len(languageAliases), func(i int) bool { return languageAliases[i][0] >= lang })
	if i < len(languageAliases) && languageAliases[i][0] == lang {
		return languageAliases[i][1]
	}
	return ""
}

// canonicalParts returns the language, script, region and variants of
// well-formed tag as golang.org/x/text/language canonicalises them ("iw" is
// he, "sh" sr-Latn, "cmn" zh). Where x/text refuses the tag (a subtag its
// data does not know, which Intl accepts: "en-Abcd-IN", "en-POSIX",
// "abcde"; a repeated -u- key), they are the longest head of language,
// script and region that x/text reads, canonicalised, followed by the rest
// as written: Intl's lookup then shortens them as it does ("en-Abcd-IN" is
// en, an unknown language root).
func canonicalParts(tag string, tp *tagParts) []string {
	if t, err := parseTag(tag); err == nil {
		return tagPartsOf(t)
	}
	raw := make([]string, 0, 4)
	raw = append(raw, strings.ToLower(tp.lang))
	if tp.script != "" {
		raw = append(raw, strings.ToUpper(tp.script[:1])+strings.ToLower(tp.script[1:]))
	}
	if tp.region != "" {
		raw = append(raw, strings.ToUpper(tp.region))
	}
	head := len(raw)
	if tp.variants != "" {
		raw = append(raw, strings.Split(strings.ToLower(tp.variants), "-")...)
	}
	for n := head; n > 0; n-- {
		if t, err := parseTag(strings.Join(raw[:n], "-")); err == nil {
			return append(tagPartsOf(t), raw[n:]...)
		}
	}
	return raw
}

// tagPartsOf returns the language, script, region and variants of t.
func tagPartsOf(t language.Tag) []string {
	base, sc, reg := t.Raw()
	parts := make([]string, 0, 4)
	parts = append(parts, base.String())
	if sc.String() != "Zzzz" {
		parts = append(parts, sc.String())
	}
	if reg.String() != "ZZ" {
		parts = append(parts, reg.String())
	}
	for _, v := range t.Variants() {
		parts = append(parts, v.String())
	}
	return parts
}

// icuLookup shortens parts (a tag's language, script, region and variants,
// as canonicalParts returns them) from its end, as Intl's locale
// negotiation does, until they name an ID ICU has data for (icuLocaleIDs:
// "az-Arab-IQ" is "az", "en-Shaw" is "en", "de-ES" is "de", "zh-TW" stays),
// and returns them. A tag whose language ICU has no data for is "und":
// root.
func icuLookup(parts []string) (lang, script, region string, variants []string) {
	for n := len(parts); n > 0; n-- {
		if !isICULocale(strings.Join(parts[:n], "-")) {
			continue
		}
		lang, parts = parts[0], parts[1:n]
		if len(parts) > 0 && len(parts[0]) == 4 && !isDigit(parts[0][0]) {
			script, parts = parts[0], parts[1:]
		}
		if len(parts) > 0 && (len(parts[0]) == 2 || len(parts[0]) == 3 && isDigit(parts[0][0])) {
			region, parts = parts[0], parts[1:]
		}
		return lang, script, region, parts
	}
	return "und", "", "", nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isICULocale reports whether ICU has data for locale ID id.
func isICULocale(id string) bool {
	i := sort.SearchStrings(icuLocaleIDs[:], id)
	return i < len(icuLocaleIDs) && icuLocaleIDs[i] == id
}

// isDefaultContent reports whether id is one of CLDR's default-content
// locale IDs (en-US, tr-TR).
func isDefaultContent(id string) bool {
	i := sort.SearchStrings(defaultContentTags[:], id)
	return i < len(defaultContentTags) && defaultContentTags[i] == id
}

// regionCurrencyKey returns key+1 of region's current currency, or 0.
func regionCurrencyKey(region string) uint16 {
	lo, hi := 0, len(regionCurrencies)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if regionCurrencies[m].region < region {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(regionCurrencies) && regionCurrencies[lo].region == region {
		return regionCurrencies[lo].key + 1
	}
	return 0
}

// nsData returns locale loc's data for numbering system ns, or nil.
func nsData(loc uint16, ns uint8) *localeNS {
	cl := &cldrLocales[loc]
	for i := cl.nsStart; i < cl.nsEnd; i++ {
		if localeNumbers[i].ns == ns {
			return &localeNumbers[i]
		}
	}
	return nil
}
