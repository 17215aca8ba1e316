package main

// Property tests of the generator's pure parts, with their generators (the
// only ones of this package).

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/internal/propgen"
)

// genCode draws a three-letter upper-case code.
func genCode() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) string {
		return string([]byte{byte('A' + r.Intn(26)), byte('A' + r.Intn(26)), byte('A' + r.Intn(26))})
	})
}

// affixPair is a generated pattern: its affixes and the CLDR text.
type affixPair struct {
	prefix, suffix string // positive affixes, one of them holding ¤
	src            string
}

// genAffixes draws a positive-only CLDR currency pattern: a number part
// between a prefix and a suffix, exactly one of which holds the currency
// sign, built from the characters CLDR patterns use around the number.
func genAffixes() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) affixPair {
		pieces := []string{"", "\u00a0", " ", "\u200f", "\u200e", "\u202f"}
		aff := func() string {
			var b strings.Builder
			for n := r.Intn(3); n > 0; n-- {
				b.WriteString(pieces[r.Intn(len(pieces))])
			}
			return b.String()
		}
		numbers := []string{"#,##0.00", "#,##,##0.00", "#,#0.00", "0.00", "#,##0"}
		p := affixPair{prefix: aff(), suffix: aff()}
		if r.Intn(2) == 0 {
			p.prefix = aff() + "¤" + p.prefix
		} else {
			p.suffix += "¤" + aff()
		}
		p.src = p.prefix + numbers[r.Intn(len(numbers))] + p.suffix
		return p
	})
}

// mark writes the generator's markers for ¤ and the minus sign.
func mark(s string) string {
	return strings.NewReplacer("¤", "\x01", "-", "\x02").Replace(s)
}

func TestGeneratorLaws(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())

	// The currency package binary-searches currencyKeys, which the generator
	// writes in code order: key must preserve that order exactly.
	properties.Property("key is strictly monotonic in the code", prop.ForAll(func(a, b string) bool {
		ka, kb := key(a), key(b)
		return (a < b) == (ka < kb) && (a == b) == (ka == kb) && ka < 26*26*26
	}, genCode(), genCode()))

	// parsePattern recovers the affixes of a pattern, and a pattern without a
	// negative form gets "-" before the positive prefix.
	properties.Property("parsePattern recovers the affixes", prop.ForAll(func(p affixPair) bool {
		got, err := parsePattern(p.src)
		return err == nil && got.posPrefix == mark(p.prefix) && got.posSuffix == mark(p.suffix) &&
			got.negPrefix == "\x02"+mark(p.prefix) && got.negSuffix == mark(p.suffix)
	}, genAffixes()))

	// An explicit negative form is split on its own.
	properties.Property("parsePattern reads an explicit negative form", prop.ForAll(func(p, n affixPair, minusFirst bool) bool {
		neg := n.prefix + "-"
		if !minusFirst {
			neg = "-" + n.prefix
		}
		src := p.src + ";" + neg + "#,##0.00" + n.suffix
		got, err := parsePattern(src)
		return err == nil && got.posPrefix == mark(p.prefix) && got.negPrefix == mark(neg) && got.negSuffix == mark(n.suffix)
	}, genAffixes(), genAffixes(), gen.Bool()))

	properties.TestingRun(t)
}
