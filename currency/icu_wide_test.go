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

// TestICUWide compares Format with the wider grid testdata/icu/wide.js
// writes, when ICU_WIDE names that file; it reports and does not fail.
// Cases where Intl took its default locale (a language ICU lacks, root
// here) are counted apart.
func TestICUWide(t *testing.T) {
	path := os.Getenv("ICU_WIDE")
	if path == "" {
		t.Skip("ICU_WIDE not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	total, bad, def, defBad := 0, 0, 0, 0
	byTag := map[string][]string{}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if len(fs) != 7 {
			t.Fatalf("line %q: %d fields", sc.Text(), len(fs))
		}
		minor, _ := strconv.ParseInt(fs[2], 10, 64)
		d, _ := ParseDisplay(fs[3])
		var want string
		json.Unmarshal([]byte(fs[5]), &want)
		opts := []FormatOption{WithDisplay(d)}
		if fs[4] == "1" {
			opts = append(opts, Accounting())
		}
		got, err := Format(minor, MustParse(fs[1]), fs[0], opts...)
		canon := strings.ToLower(fs[0])
		lang, _, _ := strings.Cut(canon, "-")
		intlDefault := fs[6] == "en-US" && lang != "en"
		if intlDefault {
			def++
		} else {
			total++
		}
		if err == nil && got == want {
			continue
		}
		if intlDefault {
			defBad++
			continue
		}
		bad++
		byTag[fs[0]+" (Intl: "+fs[6]+")"] = append(byTag[fs[0]+" (Intl: "+fs[6]+")"], fs[1]+" "+fs[2]+" "+fs[3]+": got "+strconv.Quote(got)+" want "+strconv.Quote(want))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("agreement: %d of %d cases (%.3f%%); with the %d cases Intl formats in its default locale: %d of %d (%.3f%%)",
		total-bad, total, 100*float64(total-bad)/float64(total), def, total+def-bad-defBad, total+def, 100*float64(total+def-bad-defBad)/float64(total+def))
	var tags []string
	for k := range byTag {
		tags = append(tags, k)
	}
	sort.Slice(tags, func(i, j int) bool { return len(byTag[tags[i]]) > len(byTag[tags[j]]) })
	for _, k := range tags {
		t.Logf("%s: %d, e.g. %s", k, len(byTag[k]), byTag[k][0])
	}
}
