package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// cldrLocale is what the test writes for one locale of a fake
// cldr-numbers-full tree.
type cldrLocale struct {
	name, standard string
	alpha          *string // nil: no standard-alphaNextToNumber member
}

// writeCLDR lays out a fake npm package cldr-numbers-full in a temporary
// directory: package.json and main/<locale>/numbers.json, with the members
// the extractor reads (and a few it must ignore).
func writeCLDR(t *testing.T, name, version string, locales []cldrLocale) string {
	t.Helper()
	dir := t.TempDir()
	write := func(path string, v any) {
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
	write(filepath.Join(dir, "package.json"), map[string]any{"name": name, "version": version, "license": "Unicode-3.0"})
	for _, l := range locales {
		latn := map[string]any{"standard": l.standard, "accounting": "¤#,##0.00;(¤#,##0.00)", "short": map[string]any{}}
		if l.alpha != nil {
			latn["standard-alphaNextToNumber"] = *l.alpha
		}
		write(filepath.Join(dir, "main", l.name, "numbers.json"), map[string]any{
			"main": map[string]any{l.name: map[string]any{
				"identity": map[string]any{"language": l.name},
				"numbers":  map[string]any{"defaultNumberingSystem": "latn", "currencyFormats-numberSystem-latn": latn},
			}},
		})
	}
	// A stray file next to the locale directories is not a locale.
	if err := os.MkdirAll(filepath.Join(dir, "main"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main", "README.md"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

var sourceRE = regexp.MustCompile(`^# Source: npm package (.+)@(.+), main/<locale>/numbers\.json,$`)

// TestReproducesCheckedInTable rebuilds, from the checked-in table, a CLDR
// tree with the same content (the alphaNextToNumber member written only where
// it differs from the standard pattern) and checks that extracting it gives
// the checked-in table back byte for byte.
func TestReproducesCheckedInTable(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("..", "gen", "data", "cldr-currency-patterns.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(want))
	var name, version string
	var locales []cldrLocale
	for sc.Scan() {
		line := sc.Text()
		if m := sourceRE.FindStringSubmatch(line); m != nil {
			name, version = m[1], m[2]
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("line %q", line)
		}
		std, err1 := strconv.Unquote(cols[1])
		alpha, err2 := strconv.Unquote(cols[2])
		if err1 != nil || err2 != nil {
			t.Fatalf("line %q", line)
		}
		l := cldrLocale{name: cols[0], standard: std}
		if alpha != std {
			l.alpha = &alpha
		}
		locales = append(locales, l)
	}
	if name != "cldr-numbers-full" || len(locales) < 700 {
		t.Fatalf("read %s with %d locales from the checked-in table", name, len(locales))
	}
	var got bytes.Buffer
	if err := extract(writeCLDR(t, name, version, locales), &got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("extracted table differs from cldr-currency-patterns.tsv (%d vs %d bytes)", got.Len(), len(want))
	}
}

func TestRunOutput(t *testing.T) {
	rtl := "\u200f#,##0.00\u00a0¤;\u200f-#,##0.00\u00a0¤"
	dir := writeCLDR(t, "cldr-numbers-full", "1.2.3", []cldrLocale{
		{name: "fr", standard: "#,##0.00\u00a0¤"},
		{name: "ar", standard: rtl, alpha: &rtl},
		{name: "en", standard: "¤#,##0.00", alpha: ptr("¤\u00a0#,##0.00")},
	})
	var out, stderr bytes.Buffer
	if code := run([]string{"-cldr", dir}, &out, &stderr); code != 0 || stderr.Len() != 0 {
		t.Fatalf("run = %d, stderr %q", code, stderr.String())
	}
	want := "# Source: npm package cldr-numbers-full@1.2.3, main/<locale>/numbers.json,\n" +
		"# numbers.currencyFormats-numberSystem-latn.{standard,standard-alphaNextToNumber}.\n" +
		"# Columns: locale TAB standard TAB alphaNextToNumber (Go-quoted strings).\n" +
		"ar\t\"\\u200f#,##0.00\\u00a0¤;\\u200f-#,##0.00\\u00a0¤\"\t\"\\u200f#,##0.00\\u00a0¤;\\u200f-#,##0.00\\u00a0¤\"\n" +
		"en\t\"¤#,##0.00\"\t\"¤\\u00a0#,##0.00\"\n" +
		"fr\t\"#,##0.00\\u00a0¤\"\t\"#,##0.00\\u00a0¤\"\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

func ptr(s string) *string { return &s }

func TestRunErrors(t *testing.T) {
	var out, stderr bytes.Buffer
	if code := run(nil, &out, &stderr); code != 1 || stderr.String() != "cldrextract: -cldr is required\n" || out.Len() != 0 {
		t.Errorf("no -cldr: run = %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"-h"}, &out, &stderr); code != 0 || !strings.Contains(stderr.String(), "-cldr") || out.Len() != 0 {
		t.Errorf("-h: run = %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"-cldr"}, &out, &stderr); code != 2 || !strings.Contains(stderr.String(), "flag needs an argument") {
		t.Errorf("-cldr without a value: run = %d, stderr %q", code, stderr.String())
	}
	if err := extract(t.TempDir(), &out); !os.IsNotExist(err) {
		t.Errorf("no package.json: %v", err)
	}

	// No main directory.
	dir := writeCLDR(t, "p", "1", nil)
	if err := os.RemoveAll(filepath.Join(dir, "main")); err != nil {
		t.Fatal(err)
	}
	if err := extract(dir, &out); !os.IsNotExist(err) {
		t.Errorf("no main/: %v", err)
	}

	cases := []struct {
		name  string
		edit  func(dir string) // breaks the tree of one good locale "xx"
		inErr string
	}{
		{"package.json not JSON", func(dir string) { mustWrite(t, filepath.Join(dir, "package.json"), "{") }, "package.json"},
		{"numbers.json not JSON", func(dir string) { mustWrite(t, filepath.Join(dir, "main", "xx", "numbers.json"), "[1,") }, "numbers.json"},
		{"numbers.json missing", func(dir string) { os.Remove(filepath.Join(dir, "main", "xx", "numbers.json")) }, "numbers.json"},
		{"other locale inside", func(dir string) {
			mustWrite(t, filepath.Join(dir, "main", "xx", "numbers.json"), `{"main":{"yy":{}}}`)
		}, "xx: no main.xx"},
		{"no standard", func(dir string) {
			mustWrite(t, filepath.Join(dir, "main", "xx", "numbers.json"), `{"main":{"xx":{"numbers":{"currencyFormats-numberSystem-latn":{}}}}}`)
		}, "xx: no standard currency pattern"},
		{"empty standard", func(dir string) {
			mustWrite(t, filepath.Join(dir, "main", "xx", "numbers.json"), `{"main":{"xx":{"numbers":{"currencyFormats-numberSystem-latn":{"standard":""}}}}}`)
		}, "xx: no standard currency pattern"},
		{"alpha not a string", func(dir string) {
			mustWrite(t, filepath.Join(dir, "main", "xx", "numbers.json"),
				`{"main":{"xx":{"numbers":{"currencyFormats-numberSystem-latn":{"standard":"¤#,##0.00","standard-alphaNextToNumber":7}}}}}`)
		}, "xx: json"},
	}
	for _, c := range cases {
		dir := writeCLDR(t, "p", "1", []cldrLocale{{name: "xx", standard: "¤#,##0.00"}})
		c.edit(dir)
		if err := extract(dir, &out); err == nil || !strings.Contains(err.Error(), c.inErr) {
			t.Errorf("%s: error %v, want one with %q", c.name, err, c.inErr)
		}
	}
}

func mustWrite(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
