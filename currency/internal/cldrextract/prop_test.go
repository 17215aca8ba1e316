package main

// Property test of the extractor, with its generator (the only one of this
// package).

import (
	"bytes"
	"math/rand"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
)

// genLocales draws up to six locales with distinct names, random patterns
// (with the characters that must stay visible: no-break spaces, bidi marks,
// quotes, backslashes) and, for some, an alphaNextToNumber pattern.
func genLocales() gopter.Gen {
	return func(p *gopter.GenParameters) *gopter.GenResult {
		r := p.Rng
		names := []string{"en", "fr", "de-CH", "ar", "ja", "zh-Hant-HK", "sr-Latn", "en-150"}
		r.Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
		pat := func(r *rand.Rand) string {
			parts := []string{"¤", "#,##0.00", "\u00a0", "\u200f", ";", "-", `"`, `\`, "'", "x"}
			var b strings.Builder
			for n := 1 + r.Intn(5); n > 0; n-- {
				b.WriteString(parts[r.Intn(len(parts))])
			}
			return b.String()
		}
		var ls []cldrLocale
		for _, n := range names[:r.Intn(7)] {
			l := cldrLocale{name: n, standard: pat(r)}
			if r.Intn(2) == 0 {
				a := pat(r)
				l.alpha = &a
			}
			ls = append(ls, l)
		}
		res := gopter.NewGenResult(ls, gopter.NoShrinker)
		res.ResultType = reflect.TypeFor[[]cldrLocale]()
		return res
	}
}

func TestExtractLaws(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())
	// The table has one line per locale, sorted by name, whose quoted
	// columns read back as the locale's patterns exactly (the standard one
	// standing in for a missing alphaNextToNumber).
	properties.Property("extract writes each locale's patterns, sorted", prop.ForAll(func(ls []cldrLocale) bool {
		var out bytes.Buffer
		if err := extract(writeCLDR(t, "cldr-numbers-full", "9.9.9", ls), &out); err != nil {
			t.Log(err)
			return false
		}
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if len(lines) != 3+len(ls) || lines[0] != "# Source: npm package cldr-numbers-full@9.9.9, main/<locale>/numbers.json," {
			return false
		}
		want := slices.Clone(ls)
		slices.SortFunc(want, func(a, b cldrLocale) int { return strings.Compare(a.name, b.name) })
		for i, l := range want {
			cols := strings.Split(lines[3+i], "\t")
			if len(cols) != 3 || cols[0] != l.name {
				return false
			}
			std, err1 := strconv.Unquote(cols[1])
			alpha, err2 := strconv.Unquote(cols[2])
			wantAlpha := l.standard
			if l.alpha != nil {
				wantAlpha = *l.alpha
			}
			if err1 != nil || err2 != nil || std != l.standard || alpha != wantAlpha {
				t.Logf("%s: %q %q, want %q %q", l.name, std, alpha, l.standard, wantAlpha)
				return false
			}
		}
		return true
	}, genLocales()))
	properties.TestingRun(t)
}
