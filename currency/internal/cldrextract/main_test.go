package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
)

func writeJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

var spacing = map[string]any{
	"beforeCurrency": map[string]string{"currencyMatch": "[[:^S:]&[:^Z:]]", "surroundingMatch": "[:digit:]", "insertBetween": "\u00a0"},
	"afterCurrency":  map[string]string{"currencyMatch": "[[:^S:]&[:^Z:]]", "surroundingMatch": "[:digit:]", "insertBetween": "\u00a0"},
}

// fakeLocale writes main/<id>/numbers.json and currencies.json.
func fakeLocale(t *testing.T, dir, id, decimal, pattern string, currencies map[string]map[string]string) {
	t.Helper()
	writeJSON(t, filepath.Join(dir, "main", id, "numbers.json"), map[string]any{"main": map[string]any{id: map[string]any{
		"numbers": map[string]any{
			"defaultNumberingSystem": "latn",
			"otherNumberingSystems":  map[string]string{"native": "latn"},
			"minimumGroupingDigits":  "1",
			"symbols-numberSystem-latn": map[string]string{
				"decimal": decimal, "group": ",", "plusSign": "+", "minusSign": "-", "nan": "NaN",
			},
			"currencyFormats-numberSystem-latn": map[string]any{
				"currencySpacing": spacing, "standard": pattern, "accounting": pattern, "short": map[string]any{},
			},
		},
	}}})
	writeJSON(t, filepath.Join(dir, "main", id, "currencies.json"), map[string]any{"main": map[string]any{id: map[string]any{
		"numbers": map[string]any{"currencies": currencies},
	}}})
}

// fakeCLDR lays out small cldr-numbers-full and cldr-core packages.
func fakeCLDR(t *testing.T, numbersVersion string) (string, string) {
	t.Helper()
	numbers, core := t.TempDir(), t.TempDir()
	writeJSON(t, filepath.Join(numbers, "package.json"), map[string]string{"name": "cldr-numbers-full", "version": numbersVersion})
	writeJSON(t, filepath.Join(core, "package.json"), map[string]string{"name": "cldr-core", "version": "48.1.0"})
	fakeLocale(t, numbers, "und", ".", "¤\u00a0#,##0.00", map[string]map[string]string{
		"USD": {"symbol": "US$", "symbol-alt-narrow": "$"}, "EUR": {"symbol": "€"},
	})
	fakeLocale(t, numbers, "en", ".", "¤#,##0.00", map[string]map[string]string{
		"USD": {"symbol": "$", "symbol-alt-narrow": "$", "displayName": "US Dollar"}, "EUR": {"symbol": "€"}, "AED": {"symbol": "AED"},
	})
	fakeLocale(t, numbers, "en-150", ".", "#,##0.00\u00a0¤", map[string]map[string]string{
		"USD": {"symbol": "US$", "symbol-alt-narrow": "$"}, "EUR": {"symbol": "€", "pattern": "¤#,##0.00"}, "AED": {"symbol": "AED"},
	})
	fakeLocale(t, numbers, "en-BE", ",", "#,##0.00\u00a0¤", map[string]map[string]string{
		"USD": {"symbol": "US$", "symbol-alt-narrow": "$"}, "EUR": {"symbol": "€", "pattern": "¤#,##0.00"}, "AED": {"symbol": "AED"},
	})
	fakeLocale(t, numbers, "zh-Hant", ".", "¤#,##0.00", map[string]map[string]string{
		"USD": {"symbol": "US$", "symbol-alt-narrow": "$"}, "EUR": {"symbol": "€"},
	})
	os.WriteFile(filepath.Join(numbers, "main", "README.md"), []byte("x"), 0o644)
	sup := filepath.Join(core, "supplemental")
	writeJSON(t, filepath.Join(sup, "numberingSystems.json"), map[string]any{"supplemental": map[string]any{"numberingSystems": map[string]any{
		"latn": map[string]string{"_type": "numeric", "_digits": "0123456789"}, "roman": map[string]string{"_type": "algorithmic"},
	}}})
	writeJSON(t, filepath.Join(sup, "parentLocales.json"), map[string]any{"supplemental": map[string]any{"parentLocales": map[string]any{
		"parentLocale": map[string]string{"en-BE": "en-150", "en-150": "en"},
	}}})
	writeJSON(t, filepath.Join(sup, "likelySubtags.json"), map[string]any{"supplemental": map[string]any{"likelySubtags": map[string]string{
		"en": "en-Latn-US", "zh": "zh-Hans-CN", "zh-TW": "zh-Hant-TW", "zh-CN": "zh-Hans-CN", "fr": "fr-Latn-FR", "en-Shaw": "en-Shaw-GB",
	}}})
	writeJSON(t, filepath.Join(core, "defaultContent.json"), map[string]any{"defaultContent": []string{"en-US"}})
	writeJSON(t, filepath.Join(sup, "aliases.json"), map[string]any{"supplemental": map[string]any{"metadata": map[string]any{"alias": map[string]any{
		"languageAlias": map[string]any{
			"mo": map[string]string{"_replacement": "ro"}, "cnr": map[string]string{"_replacement": "sr-ME"},
			"sgn-BR": map[string]string{"_replacement": "bzs"}, "aam": map[string]string{"_replacement": "aas"},
			"zh-guoyu": map[string]string{"_replacement": "zh"}, "i-default": map[string]string{"_replacement": "en-x-i-default"},
			"ccq": map[string]string{"_replacement": "rki rmt"},
		},
	}}}})
	writeJSON(t, filepath.Join(sup, "currencyData.json"), map[string]any{"supplemental": map[string]any{"currencyData": map[string]any{
		"fractions": map[string]any{"CHF": map[string]string{"_digits": "2", "_cashRounding": "5"}},
		"region": map[string]any{"BE": []any{
			map[string]any{"BEF": map[string]string{"_from": "1831", "_to": "2002"}},
			map[string]any{"BEL": map[string]string{"_tender": "false"}},
			map[string]any{"EUR": map[string]string{"_from": "1999"}},
		}},
	}}})
	return numbers, core
}

func TestExtract(t *testing.T) {
	numbers, core := fakeCLDR(t, "48.1.0")
	var out, stderr bytes.Buffer
	if code := run([]string{"-numbers", numbers, "-core", core}, &out, &stderr); code != 0 {
		t.Fatalf("run = %d: %s", code, stderr.String())
	}
	var got struct {
		Source           string            `json:"source"`
		NumberingSystems map[string]string `json:"numberingSystems"`
		LikelyScripts    map[string]string `json:"likelyScripts"`
		LanguageAliases  map[string]string `json:"languageAliases"`
		RegionCurrencies map[string]string `json:"regionCurrencies"`
		Locales          []Locale          `json:"locales"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out.String())
	}
	if !strings.Contains(got.Source, "cldr-numbers-full@48.1.0") || len(got.NumberingSystems) != 1 || got.RegionCurrencies["BE"] != "EUR" {
		t.Errorf("header: %+v", got)
	}
	if got.LikelyScripts["zh"] != "Hans" || got.LikelyScripts["zh-TW"] != "Hant" || got.LikelyScripts["zh-CN"] != "" || got.LikelyScripts["en-Shaw"] != "" {
		t.Errorf("likely scripts %v", got.LikelyScripts)
	}
	if a := got.LanguageAliases; len(a) != 3 || a["mo"] != "ro" || a["cnr"] != "sr-ME" || a["aam"] != "aas" {
		t.Errorf("language aliases %v", a)
	}
	byID := map[string]Locale{}
	for _, l := range got.Locales {
		byID[l.ID] = l
	}
	if len(byID) != 5 {
		t.Fatalf("locales %v", byID)
	}
	// en differs from root for USD only (AED is its code anyway).
	if c := byID["en"].Currencies; len(c) != 1 || c["USD"] != (Currency{Symbol: "$", Narrow: "$"}) {
		t.Errorf("en currencies %+v", c)
	}
	// en-150 defines EUR's pattern, with its own separators; en-BE inherits
	// the entry unchanged, so it is not repeated.
	if c := byID["en-150"].Currencies["EUR"]; c != (Currency{Symbol: "€", Pattern: "¤#,##0.00", Decimal: ".", Group: ","}) {
		t.Errorf("en-150 EUR %+v", c)
	}
	if c := byID["en-BE"].Currencies; len(c) != 0 {
		t.Errorf("en-BE currencies %+v", c)
	}
	// zh-Hant has a non-likely script: its parent is root, so USD is the same.
	if c := byID["zh-Hant"].Currencies; len(c) != 0 {
		t.Errorf("zh-Hant currencies %+v", c)
	}
	if byID["en-BE"].Symbols["latn"].Decimal != "," || byID["en"].Formats["latn"].Standard != "¤#,##0.00" {
		t.Errorf("en-BE %+v", byID["en-BE"])
	}
}

func TestExtractErrors(t *testing.T) {
	var out, stderr bytes.Buffer
	if code := run([]string{"-h"}, &out, &stderr); code != 0 {
		t.Errorf("-h = %d", code)
	}
	if code := run([]string{"-bogus"}, &out, &stderr); code != 2 {
		t.Errorf("bad flag = %d", code)
	}
	stderr.Reset()
	if code := run(nil, &out, &stderr); code != 1 || !strings.Contains(stderr.String(), "required") {
		t.Errorf("no dirs = %d %q", code, stderr.String())
	}
	numbers, core := fakeCLDR(t, "48.0.0")
	if err := extract(numbers, core, &out); err == nil || !strings.Contains(err.Error(), "one version") {
		t.Errorf("two versions: %v", err)
	}
	for name, change := range map[string]func(numbers, core string){
		"spacing": func(numbers, core string) {
			fakeLocale(t, numbers, "en", ".", "¤#,##0.00", nil)
			spacing["afterCurrency"] = map[string]string{"insertBetween": " "}
		},
		"no root":       func(numbers, core string) { os.RemoveAll(filepath.Join(numbers, "main", "und")) },
		"no numbers":    func(numbers, core string) { os.Remove(filepath.Join(numbers, "main", "en", "numbers.json")) },
		"no currencies": func(numbers, core string) { os.Remove(filepath.Join(numbers, "main", "en", "currencies.json")) },
		"bad numbers": func(numbers, core string) {
			os.WriteFile(filepath.Join(numbers, "main", "en", "numbers.json"), []byte("{"), 0o644)
		},
		"no pattern": func(numbers, core string) { fakeLocale(t, numbers, "en", ".", "", nil) },
		"absent":     func(numbers, core string) { fakeLocale(t, numbers, "en-150", ".", "¤#,##0.00", nil) },
		"wrong main": func(numbers, core string) {
			writeJSON(t, filepath.Join(numbers, "main", "en", "numbers.json"), map[string]any{"main": map[string]any{}})
		},
		"no main dir":     func(numbers, core string) { os.RemoveAll(filepath.Join(numbers, "main")) },
		"no package":      func(numbers, core string) { os.Remove(filepath.Join(numbers, "package.json")) },
		"no core":         func(numbers, core string) { os.Remove(filepath.Join(core, "package.json")) },
		"no ns":           func(numbers, core string) { os.Remove(filepath.Join(core, "supplemental", "numberingSystems.json")) },
		"no parents":      func(numbers, core string) { os.Remove(filepath.Join(core, "supplemental", "parentLocales.json")) },
		"no likely":       func(numbers, core string) { os.Remove(filepath.Join(core, "supplemental", "likelySubtags.json")) },
		"no default":      func(numbers, core string) { os.Remove(filepath.Join(core, "defaultContent.json")) },
		"no aliases":      func(numbers, core string) { os.Remove(filepath.Join(core, "supplemental", "aliases.json")) },
		"no currencyData": func(numbers, core string) { os.Remove(filepath.Join(core, "supplemental", "currencyData.json")) },
	} {
		numbers, core := fakeCLDR(t, "48.1.0")
		saved := spacing["afterCurrency"]
		change(numbers, core)
		if err := extract(numbers, core, &out); err == nil {
			t.Errorf("%s: no error", name)
		}
		spacing["afterCurrency"] = saved
	}
}

func TestParentLaws(t *testing.T) {
	parents := map[string]string{"en-BE": "en-150", "en-150": "en-001", "en-001": "en"}
	scripts := map[string]string{"en": "Latn", "zh": "Hans", "sr": "Cyrl"}
	properties := gopter.NewProperties(gopter.DefaultTestParameters())
	ids := gen.OneConstOf("en-BE", "en-150", "en-GB", "zh-Hant-TW", "zh-Hans-CN", "sr-Latn", "sr-Cyrl-RS", "en", "und", "x-y-z-w")
	// Every chain ends at root within as many steps as the ID has subtags
	// plus the explicit parents.
	properties.Property("parent chains end at root", prop.ForAll(func(id string) bool {
		for n := 0; n < 10; n++ {
			if id == "und" {
				return true
			}
			id = parentOf(id, parents, scripts)
		}
		return false
	}, ids))
	properties.TestingRun(t)
	for id, want := range map[string]string{"en-BE": "en-150", "zh-Hant": "und", "zh-Hans": "zh", "sr-Latn": "und", "en-GB": "en", "en": "und"} {
		if got := parentOf(id, parents, scripts); got != want {
			t.Errorf("parentOf(%s) = %s, want %s", id, got, want)
		}
	}
}
