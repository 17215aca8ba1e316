package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerateReproducesTable: generating from the checked-in data gives the
// checked-in table byte for byte (CI's "go generate leaves the tree
// unchanged" step checks the same through the go command).
func TestGenerateReproducesTable(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("..", "..", "table_gen.go"))
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := generate("data")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("generate(data) differs from currency/table_gen.go (%d vs %d bytes); run go generate in currency", len(got), len(want))
	}
	// Facts of the ISO 4217 rules that the table must carry, checked on the text.
	for _, line := range []string{
		`{code: "JPY", numeric: "392", name: "Yen", digits: 0, fund: false},`,
		`{code: "KWD", numeric: "414", name: "Kuwaiti Dinar", digits: 3, fund: false},`,
		`{code: "CLF", numeric: "990", name: "Unidad de Fomento", digits: 4, fund: true},`,
		`{code: "XAU", numeric: "959", name: "Gold", digits: -1, fund: false},`,
		`code: "HRK", name: "Kuna", date: "2023-01"}`,
	} {
		if !bytes.Contains(got, []byte(line)) {
			t.Errorf("table lacks %s", line)
		}
	}
}

func TestRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "table.go")
	disp := filepath.Join(t.TempDir(), "display.go")
	var stderr bytes.Buffer
	if code := run([]string{"-data", "data", "-out", out, "-display", disp}, &stderr); code != 0 {
		t.Fatalf("run = %d, stderr %s", code, stderr.String())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(filepath.Join("..", "..", "table_gen.go"))
	if !bytes.Equal(got, want) {
		t.Error("run wrote a table that differs from currency/table_gen.go")
	}
	got, _ = os.ReadFile(disp)
	want, _ = os.ReadFile(filepath.Join("..", "..", "display_gen.go"))
	if !bytes.Equal(got, want) {
		t.Error("run wrote display tables that differ from currency/display_gen.go; run go generate in currency")
	}

	stderr.Reset()
	if code := run([]string{"-data", t.TempDir(), "-out", out}, &stderr); code != 1 || !strings.HasPrefix(stderr.String(), "gen: ") || !strings.Contains(stderr.String(), "codes-all.csv") {
		t.Errorf("missing data: run = %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"-data", "data", "-out", out, "-display", filepath.Join(t.TempDir(), "no", "such", "dir", "t.go")}, &stderr); code != 1 || !strings.HasPrefix(stderr.String(), "gen: ") {
		t.Errorf("unwritable display output: run = %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"-data", "data", "-out", filepath.Join(t.TempDir(), "no", "such", "dir", "t.go")}, &stderr); code != 1 || !strings.HasPrefix(stderr.String(), "gen: ") {
		t.Errorf("unwritable output: run = %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"-h"}, &stderr); code != 0 || !strings.Contains(stderr.String(), "-data") {
		t.Errorf("-h: run = %d, stderr %q", code, stderr.String())
	}
	stderr.Reset()
	if code := run([]string{"-bogus"}, &stderr); code != 2 || !strings.Contains(stderr.String(), "-bogus") {
		t.Errorf("bad flag: run = %d, stderr %q", code, stderr.String())
	}
}

func TestKey(t *testing.T) {
	cases := map[string]uint16{"AAA": 0, "AAB": 1, "ABA": 26, "BAA": 676, "ZZZ": 26*26*26 - 1, "USD": 20*676 + 18*26 + 3}
	for code, want := range cases {
		if got := key(code); got != want {
			t.Errorf("key(%s) = %d, want %d", code, got, want)
		}
	}
}

func TestNormDate(t *testing.T) {
	good := map[string]string{
		"2023-01":            "2023-01",
		"1989 to 1990":       "1990",
		"1989-1990":          "1990",
		"1990-07 to 1990-09": "1990-09",
		"1978 to 1981-06":    "1981-06",
	}
	for in, want := range good {
		if got, err := normDate(in); err != nil || got != want {
			t.Errorf("normDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"", "2023", "2023-1", "23-01", "1989 to", "1989 - 1990", "2023-01-01", "Jan 2023"} {
		if got, err := normDate(in); err == nil {
			t.Errorf("normDate(%q) = %q, want an error", in, got)
		}
	}
}

const isoHeader = "Entity,Currency,AlphabeticCode,NumericCode,MinorUnit,WithdrawalDate\n"

func writeData(t *testing.T, iso, _ string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "codes-all.csv"), []byte(iso), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestReadISO(t *testing.T) {
	dir := writeData(t, isoHeader+
		"JAPAN,Yen,JPY,392,0,\n"+
		"WORLD,Gold,XAU,959,-,\n"+
		"ANTARCTICA,No universal currency,,,,\n"+
		"FRANCE,Euro,EUR,978,2,\n"+
		"SPAIN,Euro,EUR,978,2,\n"+
		"CROATIA,Kuna,HRK,191,2,2015-06\n"+
		"CROATIA,Kuna,HRK,191,2,2023-01\n"+
		"CROATIA,Kuna,HRK,191,2,2001-01\n"+
		"FRANCE,French Franc,FRF,250,2,1999-01 to 2002-03\n"+
		"UK,Gold-Franc,XFO,,,2006-10\n"+
		"OLD,Yen,JPY,392,0,1950-01\n", "")
	cur, wd, err := readISO(filepath.Join(dir, "codes-all.csv"))
	if err != nil {
		t.Fatal(err)
	}
	want := []current{{"EUR", "978", "Euro", 2}, {"JPY", "392", "Yen", 0}, {"XAU", "959", "Gold", -1}}
	if len(cur) != len(want) {
		t.Fatalf("current %+v, want %+v", cur, want)
	}
	for i := range want {
		if cur[i] != want[i] {
			t.Errorf("current[%d] = %+v, want %+v", i, cur[i], want[i])
		}
	}
	// HRK keeps its latest date; JPY, current again, is not withdrawn; XFO
	// never had a numeric code.
	wantWD := []withdrawn{{"FRF", "French Franc", "2002-03"}, {"HRK", "Kuna", "2023-01"}, {"XFO", "Gold-Franc", "2006-10"}}
	if len(wd) != len(wantWD) {
		t.Fatalf("withdrawn %+v, want %+v", wd, wantWD)
	}
	for i := range wantWD {
		if wd[i] != wantWD[i] {
			t.Errorf("withdrawn[%d] = %+v, want %+v", i, wd[i], wantWD[i])
		}
	}
}

func TestReadISOErrors(t *testing.T) {
	cases := map[string]string{
		"":                                             "EOF",
		"Entity,Currency\n":                            "header",
		isoHeader + "X,Y,usd,840,2,\n":                 `bad code "usd"`,
		isoHeader + "X,Y,USD,84,2,\n":                  `bad code "USD" or numeric "84"`,
		isoHeader + "X,Y,USD,,2,\n":                    `numeric ""`,
		isoHeader + "X,Y,USD,840,5,\n":                 `bad minor unit "5"`,
		isoHeader + "X,Y,USD,840,N.A.,\n":              `bad minor unit`,
		isoHeader + "X,Y,USD,840,2,\nZ,Y,USD,840,3,\n": "listed as",
		isoHeader + "X,Y,ABC,840,2,someday\n":          `unrecognised withdrawal date "someday"`,
		isoHeader + "X,Y,USD,840,2\n":                  "wrong number of fields",
	}
	for iso, msg := range cases {
		dir := writeData(t, iso, "")
		if _, _, err := readISO(filepath.Join(dir, "codes-all.csv")); err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%q: error %v, want one with %q", iso, err, msg)
		}
	}
	if _, _, err := readISO(filepath.Join(t.TempDir(), "none.csv")); !os.IsNotExist(err) {
		t.Errorf("missing file: %v", err)
	}
}

func TestGenerateErrors(t *testing.T) {
	okPatterns := "en\t\"¤#,##0.00\"\t\"¤#,##0.00\"\n"
	// Two current codes with one numeric code.
	dir := writeData(t, isoHeader+"X,A,AAA,001,2,\nY,B,BBB,001,2,\n", okPatterns)
	if _, _, err := generate(dir); err == nil || !strings.Contains(err.Error(), "numeric 001 used twice") {
		t.Errorf("duplicate numeric: %v", err)
	}
	// More current codes than a uint8 index holds.
	var b strings.Builder
	b.WriteString(isoHeader)
	n := 0
	for c1 := 'A'; c1 <= 'Z' && n < 255; c1++ {
		for c2 := 'A'; c2 <= 'Z' && n < 255; c2++ {
			b.WriteString("X,N," + string(c1) + string(c2) + "A," + string(rune('0'+n/100)) + string(rune('0'+n/10%10)) + string(rune('0'+n%10)) + ",2,\n")
			n++
		}
	}
	dir = writeData(t, b.String(), okPatterns)
	if _, _, err := generate(dir); err == nil || !strings.Contains(err.Error(), "255 current codes") {
		t.Errorf("255 codes: %v", err)
	}
	// A minimal valid data set generates gofmt'd Go.
	dir = writeData(t, isoHeader+"X,A,AAA,001,2,\n", okPatterns)
	src, _, err := generate(dir)
	if err != nil || !bytes.Contains(src, []byte(`{code: "AAA", numeric: "001", name: "A", digits: 2, fund: false},`)) {
		t.Errorf("minimal data: %v\n%s", err, src)
	}
}
