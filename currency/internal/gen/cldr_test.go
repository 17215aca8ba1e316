package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParsePattern(t *testing.T) {
	for _, c := range []struct {
		src                string
		posP, posS, negP   string
		negS               string
		primary, secondary uint8
	}{
		{"¤#,##0.00", "\x01", "", "\x02\x01", "", 3, 3},
		{"¤#,##0.00;(¤#,##0.00)", "\x01", "", "(\x01", ")", 3, 3},
		{"#,##,##0.00\u00a0¤", "", "\u00a0\x01", "\x02", "\u00a0\x01", 3, 2},
		{"¤ 0.00", "\x01 ", "", "\x02\x01 ", "", 0, 0},
		{"'x'¤#,##0.00", "x\x01", "", "\x02x\x01", "", 3, 3},
		{"¤'-'#,##0", "\x01-", "", "\x02\x01-", "", 3, 3},
		{"¤''#,##0", "\x01'", "", "\x02\x01'", "", 3, 3},
	} {
		p, err := parsePattern(c.src)
		if err != nil || p.posPrefix != c.posP || p.posSuffix != c.posS || p.negPrefix != c.negP || p.negSuffix != c.negS ||
			p.primary != int(c.primary) || p.secondary != int(c.secondary) {
			t.Errorf("parsePattern(%q) = %#v, %v", c.src, p, err)
		}
	}
	for src, msg := range map[string]string{
		"¤#,##0.00;¤#,##0.00;x": "more than two parts",
		"#,##0.00":              "want one ¤",
		"-¤#,##0.00":            "no minus in the positive part",
		"¤#,##0.00;#,##0.00":    "want one ¤ in the negative part",
		"¤¤#,##0.00":            "¤¤ is not supported",
		"¤#,##0%":               "not supported",
		"¤#,##0 x 0":            "two number parts",
		"¤'#,##0":               "unbalanced quote",
		"¤":                     "no number",
		"¤#,##0;x#,##0 y 0":     "two number parts",
	} {
		if _, err := parsePattern(src); err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("parsePattern(%q) = %v, want an error with %q", src, err, msg)
		}
	}
}

func readCLDR(t *testing.T) *cldrData {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("data", "cldr-numbers.json"))
	if err != nil {
		t.Fatal(err)
	}
	var d cldrData
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	return &d
}

// TestGenDisplayErrors: data the formatter cannot honour stops the
// generator with a message naming it.
func TestGenDisplayErrors(t *testing.T) {
	_, cur, err := generate("data")
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		change func(d *cldrData)
		msg    string
	}{
		"spacing":      {func(d *cldrData) { d.CurrencySpacing["afterCurrency"]["insertBetween"] = " " }, "currencySpacing"},
		"digits":       {func(d *cldrData) { d.NumberingSystem["latn"] = "0123" }, "not ten digits"},
		"widths":       {func(d *cldrData) { d.NumberingSystem["latn"] = "012345678٩" }, "different lengths"},
		"no root":      {func(d *cldrData) { d.Locales = d.Locales[:1] }, "no root locale"},
		"source":       {func(d *cldrData) { d.Source = "x" }, "names no cldr-numbers-full version"},
		"default ns":   {func(d *cldrData) { d.Locales[0].DefaultNS = "roman" }, "has no digits"},
		"min grouping": {func(d *cldrData) { d.Locales[0].MinGroup = "x" }, "minimumGroupingDigits"},
		"no formats":   {func(d *cldrData) { d.Locales[0].Formats = nil }, "symbols but no patterns"},
		"pattern": {func(d *cldrData) {
			d.Locales[0].Formats["latn"]["standard"] = "#,##0.00"
		}, "want one ¤"},
		"currency pattern": {func(d *cldrData) {
			d.Locales[0].Currencies = map[string]map[string]string{"USD": {"pattern": "0"}}
		}, "USD"},
		"currency code": {func(d *cldrData) {
			d.Locales[0].Currencies = map[string]map[string]string{"usd": {"symbol": "$"}}
		}, "currency \"usd\""},
	} {
		d := readCLDR(t)
		c.change(d)
		if _, err := genDisplay(d, cur); err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: %v, want an error with %q", name, err, c.msg)
		}
	}
	if err := writeDisplay(filepath.Join(t.TempDir(), "none.json"), "x.go", cur); !os.IsNotExist(err) {
		t.Errorf("missing data: %v", err)
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte("{"), 0o644)
	if err := writeDisplay(bad, "x.go", cur); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("bad JSON: %v", err)
	}
	d := readCLDR(t)
	for i := range d.Locales {
		if d.Locales[i].ID == "en" { // a locale ICU has
			d.Locales[i].Currencies = map[string]map[string]string{"USD": {"pattern": "0"}}
		}
	}
	b, _ := json.Marshal(d)
	os.WriteFile(bad, b, 0o644)
	if err := writeDisplay(bad, "x.go", cur); !os.IsNotExist(err) {
		t.Errorf("no root numbers: %v", err)
	}
	root, _ := os.ReadFile(filepath.Join("data", "cldr-root-numbers.json"))
	os.WriteFile(filepath.Join(filepath.Dir(bad), "cldr-root-numbers.json"), root, 0o644)
	if err := writeDisplay(bad, "x.go", cur); !os.IsNotExist(err) {
		t.Errorf("no ICU locales: %v", err)
	}
	icu, _ := os.ReadFile(filepath.Join("data", "icu-locales.txt"))
	os.WriteFile(filepath.Join(filepath.Dir(bad), "icu-locales.txt"), icu, 0o644)
	if err := writeDisplay(bad, "x.go", cur); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("bad pattern: %v", err)
	}
	os.WriteFile(filepath.Join(filepath.Dir(bad), "cldr-root-numbers.json"), []byte("{"), 0o644)
	if err := writeDisplay(bad, "x.go", cur); err == nil || !strings.Contains(err.Error(), "cldr-root-numbers.json") {
		t.Errorf("bad root numbers: %v", err)
	}
}

// TestICULocales: the list must be sorted IDs without und; the kept
// locales are those ICU lists, each with its CLDR parent.
func TestICULocales(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"unsorted": "# h\nen\nde\n", "und": "und\n", "empty line": "de\n\nen\n", "underscore": "en_US\n", "space": "en US\n",
	} {
		p := filepath.Join(dir, "l.txt")
		os.WriteFile(p, []byte(text), 0o644)
		if _, err := readICULocales(p); err == nil || !strings.Contains(err.Error(), "l.txt") {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := readICULocales(filepath.Join(dir, "none.txt")); !os.IsNotExist(err) {
		t.Errorf("missing: %v", err)
	}
	ids, err := readICULocales(filepath.Join("data", "icu-locales.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := readCLDR(t)
	n := len(d.Locales)
	if err := keepICULocales(d, ids); err != nil {
		t.Fatal(err)
	}
	kept := map[string]bool{}
	for _, l := range d.Locales {
		kept[l.ID] = true
	}
	// ICU 78 has az but not az-Arab, en but not en-Shaw, no Swati at all.
	for id, want := range map[string]bool{"und": true, "az": true, "az-Arab": false, "en": true, "en-Shaw": false, "ss": false, "de-AT": true} {
		if kept[id] != want {
			t.Errorf("%s kept: %t, want %t", id, kept[id], want)
		}
	}
	if len(d.Locales) >= n || len(d.ICULocales) != len(ids) {
		t.Errorf("%d of %d locales kept, %d ICU IDs", len(d.Locales), n, len(d.ICULocales))
	}
	// A child without its parent would lose what it inherits.
	d = readCLDR(t)
	var noAT []string
	for _, id := range ids {
		if id != "de" {
			noAT = append(noAT, id)
		}
	}
	if err := keepICULocales(d, noAT); err == nil || !strings.Contains(err.Error(), "parent de") {
		t.Errorf("orphan: %v", err)
	}
}
