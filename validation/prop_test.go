package validation

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/komoju"
	"github.com/paysession/paysession/session"
)

func mustNew(t testing.TB, p session.Params) session.Session {
	t.Helper()
	s, err := session.New(p)
	if err != nil {
		t.Fatalf("session.New: %v", err)
	}
	return s
}

func asList(err error) fielderr.List {
	var l fielderr.List
	errors.As(err, &l)
	return l
}

func TestPrimerProperties(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())

	properties.Property("a valid session has no error", prop.ForAll(func(p session.Params) string {
		if err := Primer(mustNew(t, p)); err != nil {
			return err.Error()
		}
		return ""
	}, genValidPrimer()))

	properties.Property("one corrupted field gives exactly one error, at its path, with its code", prop.ForAll(func(c corruption) string {
		l := asList(Primer(mustNew(t, c.P)))
		if len(l) != 1 || l[0].Path != c.Path || l[0].Code != c.Code {
			return fmt.Sprintf("%s: want one %s at %s, got %v", c.What, c.Code, c.Path, l)
		}
		if !errors.Is(Primer(mustNew(t, c.P)), c.Code) {
			return "errors.Is fails"
		}
		return ""
	}, genCorruptPrimer()))

	properties.Property("any session: no panic, sorted, deterministic, every path starts with $", prop.ForAll(func(p session.Params) string {
		s := mustNew(t, p)
		err1, err2 := Primer(s), Primer(s)
		if fmt.Sprint(err1) != fmt.Sprint(err2) {
			return "not deterministic"
		}
		l := asList(err1)
		if err1 != nil && len(l) == 0 {
			return "non-nil error with an empty list"
		}
		for i, e := range l {
			if !strings.HasPrefix(e.Path, "$") || e.Code == "" || e.Message == "" {
				return fmt.Sprintf("bad entry %+v", e)
			}
			if i > 0 && comparePaths(l[i-1].Path, e.Path) > 0 {
				return "not sorted: " + l[i-1].Path + " before " + e.Path
			}
		}
		return ""
	}, genAnyPrimer()))

	properties.TestingRun(t)
}

func TestKomojuProperties(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())

	properties.Property("a valid KOMOJU session has no error", prop.ForAll(func(p komoju.Params) string {
		if err := Komoju(komoju.New(p)); err != nil {
			return err.Error()
		}
		return ""
	}, genValidKomoju()))

	properties.Property("one corrupted field gives exactly one error", prop.ForAll(func(c komojuCorruption) string {
		l := asList(Komoju(komoju.New(c.P)))
		if len(l) != 1 || l[0].Path != c.Path || l[0].Code != c.Code {
			return fmt.Sprintf("want one %s at %s, got %v", c.Code, c.Path, l)
		}
		return ""
	}, genCorruptKomoju()))

	properties.Property("any KOMOJU session: no panic, paths start with $", prop.ForAll(func(p komoju.Params) bool {
		for _, e := range asList(Komoju(komoju.New(p))) {
			if !strings.HasPrefix(e.Path, "$") {
				return false
			}
		}
		return true
	}, genAnyKomoju()))

	properties.TestingRun(t)
}

func TestComparePathsProperties(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())
	properties.Property("comparePaths is reflexive, antisymmetric and transitive", prop.ForAll(func(a, b, c string) bool {
		ab, bc, ac := comparePaths(a, b), comparePaths(b, c), comparePaths(a, c)
		if comparePaths(a, a) != 0 || ab != -comparePaths(b, a) {
			return false
		}
		return !(ab <= 0 && bc <= 0) || ac <= 0
	}, genPath(), genPath(), genPath()))
	properties.TestingRun(t)
}
