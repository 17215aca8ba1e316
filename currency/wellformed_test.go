package currency

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

// TestWellFormedICU: Format accepts exactly the tags Intl (ICU 78.2)
// accepts, and formats 1234.56 USD in them as Intl does (at least 99.5 %
// of them; root where Intl has no data for the language), on testdata/icu/wellformed.tsv (tags
// built from the grammar's parts and broken at random by
// testdata/icu/wellformed.js); it reports the others as ErrLocale.
func TestWellFormedICU(t *testing.T) {
	f, err := os.Open("testdata/icu/wellformed.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	usd := MustParse("USD")
	sc := bufio.NewScanner(f)
	n, bad := 0, 0        // tags; accepted by one of Format and Intl only
	texts, differ := 0, 0 // tags with Intl's own data; formatted otherwise
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || f[1] != "0" && f[1] != "1" {
			t.Fatalf("bad line %q", line)
		}
		tag, valid := f[0], f[1] == "1"
		n++
		got, err := Format(123456, usd, tag)
		if err != nil && !errors.Is(err, ErrLocale) {
			t.Fatalf("Format(%q): %v", tag, err)
		}
		if (err == nil) != valid {
			bad++
			if bad <= 40 {
				t.Errorf("Format(%q) = %q, %v; Intl accepts it: %v", tag, got, err, valid)
			}
			continue
		}
		if !valid {
			continue
		}
		var want string
		if err := json.Unmarshal([]byte(f[2]), &want); err != nil {
			t.Fatalf("bad line %q: %v", line, err)
		}
		if f[3] == "default" {
			// Intl's default locale (without the tag's -u- keywords);
			// root here, with them.
			if !strings.Contains(strings.ToLower(tag), "-u-") {
				if root, _ := Format(123456, usd, "und"); got != root {
					t.Errorf("Format(%q) = %q, want root's %q", tag, got, root)
				}
			}
			continue
		}
		texts++
		if got != want {
			differ++
			t.Logf("Format(%q) = %q, Intl %q", tag, got, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 5000 {
		t.Fatalf("only %d tags", n)
	}
	if bad > 0 {
		t.Errorf("%d of %d tags accepted by one of Format and Intl only", bad, n)
	}
	// The text of a tag with an unusual -u-nu- (zh-u-nu-arab) can still
	// differ: ICU's choice of pattern for a numbering system a locale has
	// no data for is not CLDR's inheritance everywhere.
	t.Logf("%d of %d texts as Intl's", texts-differ, texts)
	if differ*200 > texts {
		t.Errorf("%d of %d texts differ from Intl's (more than 0.5%%)", differ, texts)
	}
}
