package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/format"
	"golang.org/x/text/language"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cldrData is data/cldr-numbers.json, as ../cldrextract writes it.
type cldrData struct {
	Source          string                       `json:"source"`
	CurrencySpacing map[string]map[string]string `json:"currencySpacing"`
	NumberingSystem map[string]string            `json:"numberingSystems"`
	ParentLocales   map[string]string            `json:"parentLocales"`
	LikelyScripts   map[string]string            `json:"likelyScripts"`
	DefaultContent  []string                     `json:"defaultContent"`
	LanguageAliases map[string]string            `json:"languageAliases"`
	// ICULocales are the IDs of data/icu-locales.txt.
	ICULocales     []string                     `json:"-"`
	Fractions      map[string]map[string]string `json:"fractions"`
	RegionCurrency map[string]string            `json:"regionCurrencies"`
	Locales        []cldrLocale                 `json:"locales"`
}

type cldrLocale struct {
	ID         string                       `json:"id"`
	DefaultNS  string                       `json:"defaultNumberingSystem"`
	OtherNS    map[string]string            `json:"otherNumberingSystems"`
	MinGroup   string                       `json:"minimumGroupingDigits"`
	Symbols    map[string]map[string]string `json:"symbols"`
	Formats    map[string]map[string]string `json:"currencyFormats"`
	Currencies map[string]map[string]string `json:"currencies"`
}

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

// writeDisplay generates the CLDR display tables (display_gen.go) from
// data/cldr-numbers.json and the ISO codes (for the cash fractions).
func writeDisplay(path string, out string, iso []current) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var d cldrData
	if err := json.Unmarshal(raw, &d); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if err := addRootNumbers(&d, filepath.Join(filepath.Dir(path), "cldr-root-numbers.json")); err != nil {
		return err
	}
	icu, err := readICULocales(filepath.Join(filepath.Dir(path), "icu-locales.txt"))
	if err != nil {
		return err
	}
	if err := keepICULocales(&d, icu); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	src, err := genDisplay(&d, iso)
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return os.WriteFile(out, src, 0o644)
}

// readICULocales reads data/icu-locales.txt (written by icu-locales.js with
// Node's Intl): the locale IDs ICU has data for, one a line, sorted.
func readICULocales(path string) ([]string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var ids []string
	for n, line := range strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		if line == "" || line == "und" || strings.ContainsAny(line, " \t_") || (len(ids) > 0 && ids[len(ids)-1] >= line) {
			return nil, fmt.Errorf("%s:%d: %q: want one locale ID a line, sorted, without und", path, n+1, line)
		}
		ids = append(ids, line)
	}
	return ids, nil
}

// keepICULocales drops the CLDR locales and default-content IDs that ICU
// does not carry (a tag naming one is shortened to one it carries, as Intl
// does) and records ICU's IDs in d.ICULocales. Every kept locale's CLDR
// parent must be kept too, since a locale's data holds only what differs
// from its parent's.
func keepICULocales(d *cldrData, icu []string) error {
	in := map[string]bool{"und": true}
	for _, id := range icu {
		in[id] = true
	}
	have := map[string]bool{}
	for _, l := range d.Locales {
		have[l.ID] = true
	}
	var kept []cldrLocale
	for _, l := range d.Locales {
		if !in[l.ID] {
			continue
		}
		if l.ID != "und" {
			p := d.parentOf(l.ID)
			for !have[p] {
				p = d.parentOf(p)
			}
			if !in[p] {
				return fmt.Errorf("locale %s is in ICU's list but its parent %s is not", l.ID, p)
			}
		}
		kept = append(kept, l)
	}
	d.Locales = kept
	var dc []string
	for _, id := range d.DefaultContent {
		if in[id] {
			dc = append(dc, id)
		}
	}
	d.DefaultContent = dc
	d.ICULocales = icu
	return nil
}

// parentOf is CLDR's parent of a locale ID: its parentLocales entry, root
// for a script that is not the language's likely one, else the ID without
// its last subtag.
func (d *cldrData) parentOf(id string) string {
	if p, ok := d.ParentLocales[id]; ok {
		return p
	}
	if lang, script, ok := strings.Cut(id, "-"); ok && len(script) == 4 && d.LikelyScripts[lang] != script {
		return "und"
	}
	if i := strings.LastIndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return "und"
}

// addRootNumbers adds data/cldr-root-numbers.json, root's numbering systems
// other than latn, to the root locale: a locale without data of its own for
// a numbering system takes root's, as ICU does, before latn's.
func addRootNumbers(d *cldrData, path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var extra struct {
		Symbols map[string]map[string]string `json:"symbols"`
		Formats map[string]map[string]string `json:"currencyFormats"`
	}
	if err := json.Unmarshal(raw, &extra); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	for i := range d.Locales {
		if l := &d.Locales[i]; l.ID == "und" {
			for ns, s := range extra.Symbols {
				l.Symbols[ns] = s
			}
			for ns, f := range extra.Formats {
				l.Formats[ns] = f
			}
		}
	}
	return nil
}

func genDisplay(d *cldrData, iso []current) ([]byte, error) {
	// currencySpacing: the formatter implements CLDR root's rule and no other.
	want := map[string]string{"currencyMatch": "[[:^S:]&[:^Z:]]", "surroundingMatch": "[:digit:]", "insertBetween": "\u00a0"}
	for _, side := range []string{"beforeCurrency", "afterCurrency"} {
		for k, v := range want {
			if d.CurrencySpacing[side][k] != v {
				return nil, fmt.Errorf("currencySpacing %s.%s = %q; the formatter implements %q", side, k, d.CurrencySpacing[side][k], v)
			}
		}
	}
	// Numbering systems: latn first (index 0), then by name.
	var nsNames []string
	for k := range d.NumberingSystem {
		if k != "latn" {
			nsNames = append(nsNames, k)
		}
	}
	sort.Strings(nsNames)
	nsNames = append([]string{"latn"}, nsNames...)
	if len(nsNames) > 255 {
		return nil, fmt.Errorf("%d numbering systems: widen the index", len(nsNames))
	}
	nsIndex := map[string]int{}
	for i, n := range nsNames {
		nsIndex[n] = i
		if utf8.RuneCountInString(d.NumberingSystem[n]) != 10 {
			return nil, fmt.Errorf("numbering system %s: %q is not ten digits", n, d.NumberingSystem[n])
		}
	}

	sort.Slice(d.Locales, func(i, j int) bool { return d.Locales[i].ID < d.Locales[j].ID })
	locIndex := map[string]int{}
	for i, l := range d.Locales {
		locIndex[l.ID] = i
	}
	root, ok := locIndex["und"]
	if !ok {
		return nil, fmt.Errorf("no root locale")
	}
	parentOf := d.parentOf

	type symKey struct{ decimal, group, minus, plus string }
	var syms []symKey
	symIdx := map[symKey]int{}
	var pats []affixPattern
	patIdx := map[string]int{}
	var patSrc []string
	intern := func(s string) (int, error) {
		if i, ok := patIdx[s]; ok {
			return i, nil
		}
		p, err := parsePattern(s)
		if err != nil {
			return 0, err
		}
		patIdx[s] = len(pats)
		pats = append(pats, p)
		patSrc = append(patSrc, s)
		return len(pats) - 1, nil
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by \"go run ./internal/gen\"; DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "package currency\n\n")
	fmt.Fprintf(&b, "// CLDRVersion is the CLDR release the display tables were generated from\n// (%s).\n", d.Source)
	ver := ""
	if i := strings.Index(d.Source, "cldr-numbers-full@"); i >= 0 {
		ver = strings.Fields(d.Source[i+len("cldr-numbers-full@"):])[0]
	}
	if ver == "" {
		return nil, fmt.Errorf("source %q names no cldr-numbers-full version", d.Source)
	}
	fmt.Fprintf(&b, "const CLDRVersion = %q\n\n", ver)

	fmt.Fprintf(&b, "// numberingSystems are CLDR's numeric numbering systems, latn first: the\n// name and the ten digits.\n")
	fmt.Fprintf(&b, "var numberingSystems = [...]numberingSystem{\n")
	for _, n := range nsNames {
		digits := d.NumberingSystem[n]
		w := len(digits) / 10
		for _, r := range digits {
			if utf8.RuneLen(r) != w {
				return nil, fmt.Errorf("numbering system %s: digits of different lengths", n)
			}
		}
		r, _ := utf8.DecodeRuneInString(digits)
		fmt.Fprintf(&b, "\t{%q, %q, %d, %t},\n", n, digits, w, unicode.Is(unicode.Nd, r))
	}
	fmt.Fprintf(&b, "}\n\n")

	var locLines, nsLines, curLines []string
	var curKeys []uint16
	type curEntry struct {
		key                            uint16
		symbol, narrow, decimal, group string
		pattern                        int
	}
	// spaced reports whether CLDR's currencySpacing puts a space between
	// s and a digit at s's start (or end): [[:^S:]&[:^Z:]].
	spaced := func(s string, atStart bool) bool {
		r, _ := utf8.DecodeLastRuneInString(s)
		if atStart {
			r, _ = utf8.DecodeRuneInString(s)
		}
		return s != "" && !unicode.IsSymbol(r) && !unicode.In(r, unicode.Z)
	}
	edges := func(symbol, narrow string) int {
		e := 0
		for i, b := range []bool{spaced(symbol, true), spaced(symbol, false), spaced(narrow, true), spaced(narrow, false)} {
			if b {
				e |= 1 << i
			}
		}
		return e
	}
	for i, l := range d.Locales {
		par := root
		if l.ID != "und" {
			p := parentOf(l.ID)
			for {
				if j, ok := locIndex[p]; ok {
					par = j
					break
				}
				p = parentOf(p)
			}
		}
		def, ok := nsIndex[l.DefaultNS]
		if !ok {
			return nil, fmt.Errorf("%s: default numbering system %q has no digits", l.ID, l.DefaultNS)
		}
		other := func(k string) int {
			if n, ok := nsIndex[l.OtherNS[k]]; ok {
				return n
			}
			return def
		}
		mg, err := strconv.Atoi(l.MinGroup)
		if err != nil || mg < 1 || mg > 4 {
			return nil, fmt.Errorf("%s: minimumGroupingDigits %q", l.ID, l.MinGroup)
		}
		nsStart := len(nsLines)
		var names []string
		for n := range l.Symbols {
			names = append(names, n)
		}
		sort.Slice(names, func(i, j int) bool { return nsIndex[names[i]] < nsIndex[names[j]] })
		for _, n := range names {
			ni, ok := nsIndex[n]
			if !ok {
				continue // an algorithmic system: not supported
			}
			s := l.Symbols[n]
			if _, ok := l.Formats[n]; !ok && l.ID != "und" {
				return nil, fmt.Errorf("%s: symbols but no patterns for %s", l.ID, n)
			}
			k := symKey{s["decimal"], s["group"], s["minusSign"], s["plusSign"]}
			if v := s["currencyDecimal"]; v != "" {
				k.decimal = v
			}
			if v := s["currencyGroup"]; v != "" {
				k.group = v
			}
			si, ok := symIdx[k]
			if !ok {
				si = len(syms)
				symIdx[k] = si
				syms = append(syms, k)
			}
			f := l.Formats[n]
			// ICU 78 does not use the alphaNextToNumber patterns: its
			// currencySpacing gives the same text. Root's arabext has no
			// patterns (65535): the locale's latn ones apply.
			idx := [2]int{65535, 65535}
			for j, name := range []string{"standard", "accounting"} {
				if f == nil {
					continue
				}
				if idx[j], err = intern(f[name]); err != nil {
					return nil, fmt.Errorf("%s: %s: %v", l.ID, n, err)
				}
			}
			nsLines = append(nsLines, fmt.Sprintf("{%d, %d, [2]uint16{%d, %d}}, // %s %s", ni, si, idx[0], idx[1], l.ID, n))
		}
		curStart := len(curLines)
		var cur []curEntry
		for code, c := range l.Currencies {
			if !codeRE.MatchString(code) {
				return nil, fmt.Errorf("%s: currency %q", l.ID, code)
			}
			e := curEntry{key(code), c["symbol"], c["narrow"], c["decimal"], c["group"], -1}
			if c["pattern"] != "" {
				if e.pattern, err = intern(c["pattern"]); err != nil {
					return nil, fmt.Errorf("%s: %s: %v", l.ID, code, err)
				}
			} else if e.decimal != "" || e.group != "" {
				// ICU's currency format info without a pattern of its own
				// carries the locale's standard pattern.
				e.pattern = -2
			}
			cur = append(cur, e)
		}
		sort.Slice(cur, func(i, j int) bool { return cur[i].key < cur[j].key })
		for _, c := range cur {
			curLines = append(curLines, fmt.Sprintf("{%q, %q, %q, %q, %d, %d}, // %d", c.symbol, c.narrow, c.decimal, c.group, c.pattern, edges(c.symbol, c.narrow), c.key))
			curKeys = append(curKeys, c.key)
		}
		if len(curLines) > 1<<20 || len(nsLines) > 1<<16 {
			return nil, fmt.Errorf("tables too large for their indexes")
		}
		locLines = append(locLines, fmt.Sprintf("{%q, %d, [4]uint8{%d, %d, %d, %d}, %d, %d, %d, %d, %d},",
			l.ID, par, def, other("native"), other("traditional"), other("finance"), mg, nsStart, len(nsLines), curStart, len(curLines)))
		_ = i
	}
	fmt.Fprintf(&b, "// symbolSets are the distinct decimal and group separators (the\n// currency-specific ones where CLDR has them) and signs.\n")
	fmt.Fprintf(&b, "var symbolSets = [...]numberSymbols{\n")
	for _, s := range syms {
		fmt.Fprintf(&b, "\t{decimal: %q, group: %q, minus: %q, plus: %q},\n", s.decimal, s.group, s.minus, s.plus)
	}
	fmt.Fprintf(&b, "}\n\n")
	fmt.Fprintf(&b, "// currencyPatterns are the distinct CLDR currency patterns, split into\n// affixes ('\\x01' the currency, '\\x02' the minus sign) and grouping sizes.\n")
	fmt.Fprintf(&b, "var currencyPatterns = [...]affixPattern{\n")
	for i, p := range pats {
		fmt.Fprintf(&b, "\t{%q, %q, %q, %q, %d, %d}, // %q\n", p.posPrefix, p.posSuffix, p.negPrefix, p.negSuffix, p.primary, p.secondary, patSrc[i])
	}
	fmt.Fprintf(&b, "}\n\n")
	fmt.Fprintf(&b, "// localeNumbers are the numbering systems each locale has data for:\n// symbols and the standard and accounting patterns.\n")
	fmt.Fprintf(&b, "var localeNumbers = [...]localeNS{\n")
	for _, l := range nsLines {
		fmt.Fprintf(&b, "\t%s\n", l)
	}
	fmt.Fprintf(&b, "}\n\n")
	fmt.Fprintf(&b, "// currencyDisplays are, per locale, the currency symbols and currency-specific\n// formats (a pattern index, -2 for the locale's standard pattern, -1 none)\n// with the currencySpacing classes of their edges, that differ from the locale's parent, sorted by code key.\n")
	fmt.Fprintf(&b, "var currencyDisplays = [...]currencyDisplay{\n")
	for _, l := range curLines {
		fmt.Fprintf(&b, "\t%s\n", l)
	}
	fmt.Fprintf(&b, "}\n\n")
	fmt.Fprintf(&b, "// currencyDisplayKeys[i] is the code key of currencyDisplays[i].\n")
	fmt.Fprintf(&b, "var currencyDisplayKeys = [...]uint16{\n")
	for i := 0; i < len(curKeys); i += 12 {
		var q []string
		for _, k := range curKeys[i:min(i+12, len(curKeys))] {
			q = append(q, strconv.Itoa(int(k)))
		}
		fmt.Fprintf(&b, "\t%s,\n", strings.Join(q, ", "))
	}
	fmt.Fprintf(&b, "}\n\n")
	fmt.Fprintf(&b, "// cldrLocales are CLDR's locales with number data, sorted by ID (\"und\" is\n// root): parent, numbering systems (default, native, traditional,\n// finance), minimum grouping digits and their ranges of localeNumbers and\n// currencyDisplays.\n")
	fmt.Fprintf(&b, "var cldrLocales = [...]cldrLocale{\n")
	for _, l := range locLines {
		fmt.Fprintf(&b, "\t%s\n", l)
	}
	fmt.Fprintf(&b, "}\n\n")

	// Explicit parents of IDs without data are needed when a tag is truncated.
	var pl []string
	for k, v := range d.ParentLocales {
		if _, ok := locIndex[k]; !ok {
			pl = append(pl, fmt.Sprintf("{%q, %q},", k, v))
		}
	}
	sort.Strings(pl)
	fmt.Fprintf(&b, "// extraParents are CLDR parentLocales entries for IDs without data of\n// their own.\n")
	fmt.Fprintf(&b, "var extraParents = [...][2]string{\n")
	for _, l := range pl {
		fmt.Fprintf(&b, "\t%s\n", l)
	}
	fmt.Fprintf(&b, "}\n\n")

	var ls []string
	for k := range d.LikelyScripts {
		ls = append(ls, k)
	}
	sort.Strings(ls)
	fmt.Fprintf(&b, "// likelyScripts are CLDR's likely scripts of the languages with data, and\n// of those language-region pairs whose script differs (\"zh-TW\": Hant).\n")
	fmt.Fprintf(&b, "var likelyScripts = [...][2]string{\n")
	for _, k := range ls {
		fmt.Fprintf(&b, "\t{%q, %q},\n", k, d.LikelyScripts[k])
	}
	fmt.Fprintf(&b, "}\n\n")

	var rc []string
	for r, code := range d.RegionCurrency {
		if len(r) == 2 && codeRE.MatchString(code) {
			rc = append(rc, r)
		}
	}
	sort.Strings(rc)
	fmt.Fprintf(&b, "// regionCurrencies are CLDR's current tender currency of each region, by\n// region code.\n")
	fmt.Fprintf(&b, "var regionCurrencies = [...]regionCurrency{\n")
	for _, r := range rc {
		fmt.Fprintf(&b, "\t{%q, %d}, // %s\n", r, key(d.RegionCurrency[r]), d.RegionCurrency[r])
	}
	fmt.Fprintf(&b, "}\n\n")

	fmt.Fprintf(&b, "// icuLocaleIDs are the locale IDs ICU has data for (Intl resolves them to\n// themselves), sorted: a tag is shortened until it names one.\n")
	fmt.Fprintf(&b, "var icuLocaleIDs = [...]string{\n")
	for i := 0; i < len(d.ICULocales); i += 8 {
		var q []string
		for _, s := range d.ICULocales[i:min(i+8, len(d.ICULocales))] {
			q = append(q, strconv.Quote(s))
		}
		fmt.Fprintf(&b, "\t%s,\n", strings.Join(q, ", "))
	}
	fmt.Fprintf(&b, "}\n\n")

	// Language aliases: only those golang.org/x/text/language (CLDR 32)
	// does not apply itself.
	var la []string
	for k, v := range d.LanguageAliases {
		if t, err := language.Parse(k); err == nil && t.String() == v {
			continue
		}
		la = append(la, fmt.Sprintf("{%q, %q},", k, v))
	}
	sort.Strings(la)
	fmt.Fprintf(&b, "// languageAliases are CLDR's aliases of a bare language (\"mo\" is \"ro\",\n// \"cmn\" \"zh\") that golang.org/x/text/language does not apply itself,\n// sorted.\n")
	fmt.Fprintf(&b, "var languageAliases = [...][2]string{\n")
	for _, l := range la {
		fmt.Fprintf(&b, "\t%s\n", l)
	}
	fmt.Fprintf(&b, "}\n\n")

	dc := append([]string(nil), d.DefaultContent...)
	sort.Strings(dc)
	fmt.Fprintf(&b, "// defaultContentTags are CLDR's default-content locale IDs (\"en-US\",\n// \"de-DE\"): with the IDs of cldrLocales, the tags Format resolves once.\n")
	fmt.Fprintf(&b, "var defaultContentTags = [...]string{\n")
	for i := 0; i < len(dc); i += 8 {
		j := min(i+8, len(dc))
		var q []string
		for _, s := range dc[i:j] {
			q = append(q, strconv.Quote(s))
		}
		fmt.Fprintf(&b, "\t%s,\n", strings.Join(q, ", "))
	}
	fmt.Fprintf(&b, "}\n\n")

	// Cash rounding, counted in ISO minor units, for the current codes.
	fmt.Fprintf(&b, "// cashIncrements are CLDR's cash increments in ISO minor units, for the\n// current codes where cash rounding differs from the minor unit.\n")
	fmt.Fprintf(&b, "var cashIncrements = [...]cashIncrement{\n")
	for _, c := range iso {
		if c.digits < 0 {
			continue
		}
		f, ok := d.Fractions[c.code]
		if !ok {
			f = d.Fractions["DEFAULT"]
		}
		_, hasDigits := f["_cashDigits"]
		_, hasRounding := f["_cashRounding"]
		if !hasDigits && !hasRounding {
			continue // cash is rounded as everything else
		}
		digits, _ := strconv.Atoi(f["_digits"])
		cashDigits, rounding := digits, 0
		if v, ok := f["_cashDigits"]; ok {
			cashDigits, _ = strconv.Atoi(v)
		}
		if v, ok := f["_cashRounding"]; ok {
			rounding, _ = strconv.Atoi(v)
		}
		if rounding == 0 {
			rounding = 1
		}
		// The increment is rounding × 10^-cashDigits major units.
		inc := int64(rounding)
		e := c.digits - cashDigits
		for ; e > 0; e-- {
			inc *= 10
		}
		ok = true
		for ; e < 0; e++ {
			if inc%10 != 0 {
				ok = false // finer than a minor unit: nothing to round
				break
			}
			inc /= 10
		}
		if !ok || inc <= 1 {
			continue
		}
		fmt.Fprintf(&b, "\t{%d, %d}, // %s\n", key(c.code), inc, c.code)
	}
	fmt.Fprintf(&b, "}\n")
	return format.Source(b.Bytes())
}
