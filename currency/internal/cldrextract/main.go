// Command cldrextract reduces the CLDR JSON data of the npm packages
// cldr-numbers-full and cldr-core (one version of both) to the one file the
// currency generator reads, data/cldr-numbers.json: everything a formatted
// amount is made of, and nothing else.
//
// It is run by hand when the CLDR data is updated, never by go generate:
//
//	cd /tmp && npm pack cldr-numbers-full@48.1.0 cldr-core@48.1.0
//	mkdir numbers core && tar xzf cldr-numbers-full-48.1.0.tgz -C numbers --strip-components=1 \
//	    && tar xzf cldr-core-48.1.0.tgz -C core --strip-components=1
//	go run ./currency/internal/cldrextract -numbers /tmp/numbers -core /tmp/core \
//	    > currency/internal/gen/data/cldr-numbers.json
//
// What it keeps, per locale of main/ (the data there is already resolved
// along CLDR's parent chain): the default and native numbering systems, the
// minimum grouping digits, per numbering system the decimal, group, plus and
// minus signs (currencyDecimal and currencyGroup where CLDR has them) and the
// standard and accounting currency patterns with their alphaNextToNumber
// variants, and the currency symbols (symbol, symbol-alt-narrow and any
// currency-specific decimal or group) that differ from the locale's parent,
// so that walking the parent chain gives back the resolved value. From
// cldr-core: the digits of every numeric numbering system, the parent
// locales, the default-content locales, the language aliases that replace
// a bare language (languageAlias: "mo" is "ro", "cmn" "zh"; Intl applies
// them) and the currency fractions (digits
// and cash rounding). currencySpacing must be the same in every locale (it
// is, in CLDR 48); the extractor fails otherwise.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the command with its arguments and output streams: it returns the
// exit status (0 done or -h, 1 extraction failed, 2 bad flags).
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("cldrextract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	numbers := fs.String("numbers", "", "directory of the npm package cldr-numbers-full")
	core := fs.String("core", "", "directory of the npm package cldr-core (same version)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if err := extract(*numbers, *core, stdout); err != nil {
		fmt.Fprintln(stderr, "cldrextract:", err)
		return 1
	}
	return 0
}

// Symbols is what the currency formatter needs of a numbering system's
// symbols in one locale.
type Symbols struct {
	Decimal         string `json:"decimal"`
	Group           string `json:"group"`
	CurrencyDecimal string `json:"currencyDecimal,omitempty"`
	CurrencyGroup   string `json:"currencyGroup,omitempty"`
	PlusSign        string `json:"plusSign"`
	MinusSign       string `json:"minusSign"`
}

// Formats are the currency patterns of a numbering system in one locale.
type Formats struct {
	Standard        string `json:"standard"`
	StandardAlpha   string `json:"standard-alphaNextToNumber,omitempty"`
	Accounting      string `json:"accounting"`
	AccountingAlpha string `json:"accounting-alphaNextToNumber,omitempty"`
}

// Currency is a locale's display data for one currency.
//
// Pattern, Decimal and Group are CLDR's currency-specific format (ICU's
// "currency format info"); where CLDR gives a pattern or a separator, the
// missing separators are filled in from the locale that defines the entry,
// as ICU's data has them.
type Currency struct {
	Symbol  string `json:"symbol,omitempty"`
	Narrow  string `json:"narrow,omitempty"`
	Pattern string `json:"pattern,omitempty"`
	Decimal string `json:"decimal,omitempty"`
	Group   string `json:"group,omitempty"`
}

// Locale is one locale's reduced data.
type Locale struct {
	ID                   string              `json:"id"`
	DefaultNS            string              `json:"defaultNumberingSystem"`
	OtherNS              map[string]string   `json:"otherNumberingSystems,omitempty"`
	MinimumGroupingDigit string              `json:"minimumGroupingDigits"`
	Symbols              map[string]Symbols  `json:"symbols"`
	Formats              map[string]Formats  `json:"currencyFormats"`
	Currencies           map[string]Currency `json:"currencies,omitempty"`
}

// extract writes the reduced data for the two packages to out.
func extract(numbersDir, coreDir string, out io.Writer) error {
	if numbersDir == "" || coreDir == "" {
		return fmt.Errorf("-numbers and -core are required")
	}
	var npkg, cpkg struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	if err := readJSON(filepath.Join(numbersDir, "package.json"), &npkg); err != nil {
		return err
	}
	if err := readJSON(filepath.Join(coreDir, "package.json"), &cpkg); err != nil {
		return err
	}
	if npkg.Version != cpkg.Version {
		return fmt.Errorf("%s@%s and %s@%s: want one version", npkg.Name, npkg.Version, cpkg.Name, cpkg.Version)
	}

	var ns struct {
		Supplemental struct {
			NumberingSystems map[string]struct {
				Type   string `json:"_type"`
				Digits string `json:"_digits"`
			} `json:"numberingSystems"`
		} `json:"supplemental"`
	}
	if err := readJSON(filepath.Join(coreDir, "supplemental", "numberingSystems.json"), &ns); err != nil {
		return err
	}
	digits := map[string]string{}
	for k, v := range ns.Supplemental.NumberingSystems {
		if v.Type == "numeric" {
			digits[k] = v.Digits
		}
	}
	var parents struct {
		Supplemental struct {
			ParentLocales struct {
				ParentLocale map[string]string `json:"parentLocale"`
			} `json:"parentLocales"`
		} `json:"supplemental"`
	}
	if err := readJSON(filepath.Join(coreDir, "supplemental", "parentLocales.json"), &parents); err != nil {
		return err
	}
	var likely struct {
		Supplemental struct {
			LikelySubtags map[string]string `json:"likelySubtags"`
		} `json:"supplemental"`
	}
	if err := readJSON(filepath.Join(coreDir, "supplemental", "likelySubtags.json"), &likely); err != nil {
		return err
	}
	var dc struct {
		DefaultContent []string `json:"defaultContent"`
	}
	if err := readJSON(filepath.Join(coreDir, "defaultContent.json"), &dc); err != nil {
		return err
	}
	var cd struct {
		Supplemental struct {
			CurrencyData struct {
				Fractions map[string]map[string]string              `json:"fractions"`
				Region    map[string][]map[string]map[string]string `json:"region"`
			} `json:"currencyData"`
		} `json:"supplemental"`
	}
	if err := readJSON(filepath.Join(coreDir, "supplemental", "currencyData.json"), &cd); err != nil {
		return err
	}

	var aliases struct {
		Supplemental struct {
			Metadata struct {
				Alias struct {
					Language map[string]struct {
						Replacement string `json:"_replacement"`
					} `json:"languageAlias"`
				} `json:"alias"`
			} `json:"metadata"`
		} `json:"supplemental"`
	}
	if err := readJSON(filepath.Join(coreDir, "supplemental", "aliases.json"), &aliases); err != nil {
		return err
	}
	// Only a bare language replaced by a language with at most a script
	// and a region ("mo": "ro", "cnr": "sr-ME"), the form a tag's first
	// subtag can be replaced by.
	langAliases := map[string]string{}
	for k, v := range aliases.Supplemental.Metadata.Alias.Language {
		if simpleLang.MatchString(k) && aliasTarget.MatchString(v.Replacement) {
			langAliases[k] = v.Replacement
		}
	}

	entries, err := os.ReadDir(filepath.Join(numbersDir, "main"))
	if err != nil {
		return err
	}
	var ids []string
	for _, e := range entries {
		if e.IsDir() {
			ids = append(ids, e.Name())
		}
	}
	sort.Strings(ids)
	scripts := likelyScripts(ids, likely.Supplemental.LikelySubtags)
	pl := parents.Supplemental.ParentLocales.ParentLocale
	parentOf := func(id string) string { return parentOf(id, pl, scripts) }
	locales := map[string]*Locale{}
	resolved := map[string]map[string]Currency{}
	var spacing string
	for _, id := range ids {
		l, cur, sp, err := readLocale(numbersDir, id)
		if err != nil {
			return err
		}
		if spacing == "" {
			spacing = sp
		} else if sp != spacing {
			return fmt.Errorf("%s: currencySpacing %s differs from %s", id, sp, spacing)
		}
		locales[id] = l
		resolved[id] = cur
	}
	if _, ok := locales["und"]; !ok {
		return fmt.Errorf("no root locale (main/und)")
	}
	// Fill in the separators of currency-specific formats from the locale
	// that defines the entry (the highest ancestor with the same entry).
	orig := map[string]map[string]Currency{}
	for id, m := range resolved {
		orig[id] = map[string]Currency{}
		for k, v := range m {
			orig[id][k] = v
		}
	}
	for _, id := range ids {
		for code, c := range orig[id] {
			if c.Pattern == "" && c.Decimal == "" && c.Group == "" {
				continue
			}
			def := id
			for p := parentOf(def); def != "und"; p = parentOf(p) {
				if orig[p] == nil && p != "und" {
					continue
				}
				if orig[p][code] != c {
					break
				}
				def = p
			}
			sym := locales[def].Symbols["latn"]
			if c.Decimal == "" {
				c.Decimal = sym.Decimal
			}
			if c.Group == "" {
				c.Group = sym.Group
			}
			resolved[id][code] = c
		}
	}
	// Keep only the currency entries that differ from the parent's.
	for _, id := range ids {
		l := locales[id]
		l.Currencies = map[string]Currency{}
		var par map[string]Currency
		if id != "und" {
			p := parentOf(id)
			for resolved[p] == nil && p != "und" {
				p = parentOf(p)
			}
			par = resolved[p]
		}
		for code, c := range resolved[id] {
			pc, ok := par[code]
			if !ok && c == (Currency{Symbol: code}) {
				continue // the ISO code is what a missing symbol shows anyway
			}
			if !ok || pc != c {
				l.Currencies[code] = c
			}
		}
		for code, pc := range par {
			if _, ok := resolved[id][code]; !ok && pc != (Currency{Symbol: code}) {
				return fmt.Errorf("%s: %s inherited from its parent but absent", id, code)
			}
		}
	}

	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "{\n%q: %q,\n", "source", fmt.Sprintf("npm %s@%s and %s@%s, reduced by currency/internal/cldrextract", npkg.Name, npkg.Version, cpkg.Name, cpkg.Version))
	writeMember(w, "currencySpacing", json.RawMessage(spacing))
	writeMember(w, "numberingSystems", digits)
	writeMember(w, "parentLocales", parents.Supplemental.ParentLocales.ParentLocale)
	writeMember(w, "likelyScripts", scripts)
	writeMember(w, "defaultContent", dc.DefaultContent)
	writeMember(w, "languageAliases", langAliases)
	writeMember(w, "fractions", cd.Supplemental.CurrencyData.Fractions)
	writeMember(w, "regionCurrencies", regionCurrencies(cd.Supplemental.CurrencyData.Region))
	fmt.Fprintf(w, "%q: [\n", "locales")
	for i, id := range ids {
		b, err := json.Marshal(locales[id])
		if err != nil {
			return err
		}
		w.Write(b)
		if i < len(ids)-1 {
			w.WriteByte(',')
		}
		w.WriteByte('\n')
	}
	fmt.Fprintf(w, "]\n}\n")
	return w.Flush()
}

var (
	simpleLang  = regexp.MustCompile(`^[a-z]{2,3}$`)
	aliasTarget = regexp.MustCompile(`^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-[0-9]{3})?$`)
)

// regionCurrencies maps each region to its current tender currency: the
// first one listed without an end date that is not marked as not tender.
func regionCurrencies(regions map[string][]map[string]map[string]string) map[string]string {
	out := map[string]string{}
	for r, list := range regions {
		for _, m := range list {
			for code, attrs := range m {
				if _, ended := attrs["_to"]; !ended && attrs["_tender"] != "false" && out[r] == "" {
					out[r] = code
				}
			}
		}
	}
	return out
}

func writeMember(w io.Writer, name string, v any) {
	b, _ := json.Marshal(v) // maps of strings and raw JSON always marshal
	fmt.Fprintf(w, "%q: %s,\n", name, b)
}

// likelyScripts returns, for every language of ids, its likely script
// ("zh": "Hans") and the regions that change it ("zh-TW": "Hant"), from
// CLDR's likelySubtags.
func likelyScripts(ids []string, likely map[string]string) map[string]string {
	langs := map[string]bool{}
	for _, id := range ids {
		lang, _, _ := strings.Cut(id, "-")
		langs[lang] = true
	}
	out := map[string]string{}
	for k, v := range likely {
		lang, rest, _ := strings.Cut(k, "-")
		if !langs[lang] || strings.Contains(rest, "-") || len(rest) == 4 {
			continue
		}
		parts := strings.Split(v, "-")
		if len(parts) == 3 {
			out[k] = parts[1]
		}
	}
	for k, v := range out {
		if lang, region, ok := strings.Cut(k, "-"); ok && region != "" && out[lang] == v {
			delete(out, k)
		}
	}
	return out
}

// parentOf is CLDR's parent locale of id: the parentLocales entry; root for
// a language with a script that is not its likely one ("nonlikelyScript");
// else id without its last subtag; else root ("und").
func parentOf(id string, parents, scripts map[string]string) string {
	if p, ok := parents[id]; ok {
		return p
	}
	if lang, script, ok := strings.Cut(id, "-"); ok && len(script) == 4 && scripts[lang] != script {
		return "und"
	}
	if i := strings.LastIndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return "und"
}

// readLocale reads main/<id>/numbers.json and currencies.json.
func readLocale(dir, id string) (*Locale, map[string]Currency, string, error) {
	var nd struct {
		Main map[string]struct {
			Numbers map[string]json.RawMessage `json:"numbers"`
		} `json:"main"`
	}
	if err := readJSON(filepath.Join(dir, "main", id, "numbers.json"), &nd); err != nil {
		return nil, nil, "", err
	}
	n, ok := nd.Main[id]
	if !ok {
		return nil, nil, "", fmt.Errorf("%s: no main.%s in numbers.json", id, id)
	}
	l := &Locale{ID: id, Symbols: map[string]Symbols{}, Formats: map[string]Formats{}}
	var spacing string
	for k, raw := range n.Numbers {
		var err error
		switch {
		case k == "defaultNumberingSystem":
			err = json.Unmarshal(raw, &l.DefaultNS)
		case k == "otherNumberingSystems":
			err = json.Unmarshal(raw, &l.OtherNS)
		case k == "minimumGroupingDigits":
			err = json.Unmarshal(raw, &l.MinimumGroupingDigit)
		case strings.HasPrefix(k, "symbols-numberSystem-"):
			var s Symbols
			err = json.Unmarshal(raw, &s)
			l.Symbols[strings.TrimPrefix(k, "symbols-numberSystem-")] = s
		case strings.HasPrefix(k, "currencyFormats-numberSystem-"):
			var f Formats
			var sp struct {
				CurrencySpacing json.RawMessage `json:"currencySpacing"`
			}
			if err = json.Unmarshal(raw, &f); err == nil {
				err = json.Unmarshal(raw, &sp)
			}
			if f.Standard == "" || f.Accounting == "" {
				err = fmt.Errorf("no standard or accounting pattern")
			}
			l.Formats[strings.TrimPrefix(k, "currencyFormats-numberSystem-")] = f
			spacing = string(sp.CurrencySpacing)
		}
		if err != nil {
			return nil, nil, "", fmt.Errorf("%s: numbers.%s: %v", id, k, err)
		}
	}
	if l.DefaultNS == "" || l.Symbols[l.DefaultNS] == (Symbols{}) || l.Formats[l.DefaultNS] == (Formats{}) {
		return nil, nil, "", fmt.Errorf("%s: no data for its default numbering system %q", id, l.DefaultNS)
	}
	var cd struct {
		Main map[string]struct {
			Numbers struct {
				Currencies map[string]map[string]string `json:"currencies"`
			} `json:"numbers"`
		} `json:"main"`
	}
	if err := readJSON(filepath.Join(dir, "main", id, "currencies.json"), &cd); err != nil {
		return nil, nil, "", err
	}
	cur := map[string]Currency{}
	for code, c := range cd.Main[id].Numbers.Currencies {
		e := Currency{Symbol: c["symbol"], Narrow: c["symbol-alt-narrow"], Pattern: c["pattern"], Decimal: c["decimal"], Group: c["group"]}
		if e != (Currency{}) {
			cur[code] = e
		}
	}
	return l, cur, spacing, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}
