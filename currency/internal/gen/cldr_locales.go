package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// Which CLDR locales the tables keep (those ICU carries) and root's extra
// numbering-system data.

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
