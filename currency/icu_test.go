package currency

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// icuCase is one line of testdata/icu/golden.tsv.gz, written by
// testdata/icu/golden.js with Node's Intl.NumberFormat (ICU).
type icuCase struct {
	tag, code  string
	minor      int64
	display    Display
	accounting bool
	want       string
	// intlDefault marks a language ICU has no data for: Intl prints its
	// default locale's format, the package root's.
	intlDefault bool
}

func readICU(t testing.TB) []icuCase {
	t.Helper()
	f, err := os.Open("testdata/icu/golden.tsv.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var cases []icuCase
	sc := bufio.NewScanner(zr)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 7 {
			t.Fatalf("golden line %d: %d fields", line, len(f))
		}
		c := icuCase{tag: f[0], code: f[1], accounting: f[4] == "1", intlDefault: f[6] == "default"}
		if c.minor, err = strconv.ParseInt(f[2], 10, 64); err != nil {
			t.Fatalf("golden line %d: %v", line, err)
		}
		if c.display, err = ParseDisplay(f[3]); err != nil {
			t.Fatalf("golden line %d: %v", line, err)
		}
		if err := json.Unmarshal([]byte(f[5]), &c.want); err != nil {
			t.Fatalf("golden line %d: %v", line, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// TestICUAgreement formats every golden case and compares with ICU.
func TestICUAgreement(t *testing.T) {
	cases := readICU(t)
	if len(cases) < 50000 {
		t.Fatalf("only %d golden cases", len(cases))
	}
	bad := map[string][]string{}
	nbad, ndef, defAgree := 0, 0, 0
	for _, c := range cases {
		opts := []FormatOption{WithDisplay(c.display)}
		if c.accounting {
			opts = append(opts, Accounting())
		}
		got, err := Format(c.minor, MustParse(c.code), c.tag, opts...)
		if c.intlDefault {
			// Not ICU's rule but Intl's environment: the package's rule is root.
			ndef++
			if got == c.want {
				defAgree++
			}
			if root, _ := Format(c.minor, MustParse(c.code), "und", opts...); err != nil || got != root {
				t.Errorf("%s %s %d: %q, %v; want root's %q", c.tag, c.code, c.minor, got, err, root)
			}
			continue
		}
		if err != nil || got != c.want {
			nbad++
			bad[c.tag] = append(bad[c.tag], strconv.Quote(c.code+" "+strconv.FormatInt(c.minor, 10)+" "+c.display.String()+" acc="+strconv.FormatBool(c.accounting))+": got "+strconv.Quote(got)+" want "+strconv.Quote(c.want))
		}
	}
	n := len(cases) - ndef
	pct := 100 * float64(n-nbad) / float64(n)
	t.Logf("agreement with ICU: %d of %d cases (%.3f%%)", n-nbad, n, pct)
	t.Logf("languages ICU lacks (root here, Intl's default locale there): %d of %d cases alike", defAgree, ndef)
	var tags []string
	for k := range bad {
		tags = append(tags, k)
	}
	sort.Slice(tags, func(i, j int) bool { return len(bad[tags[i]]) > len(bad[tags[j]]) })
	for _, k := range tags {
		t.Logf("%s: %d differences, e.g. %s", k, len(bad[k]), bad[k][0])
	}
	if pct < 99.5 {
		t.Errorf("agreement %.3f%% < 99.5%%", pct)
	}
}
