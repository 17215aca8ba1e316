package main

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/internal/propgen"
	"github.com/paysession/paysession/provider"
)

func readData(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("data/providers.json")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestGeneratedIsCurrent regenerates the table and compares it with the
// committed file (CI's go generate check does the same for the tree).
func TestGeneratedIsCurrent(t *testing.T) {
	src, err := generate(readData(t))
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("../../builtin_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, committed) {
		t.Fatal("builtin_gen.go is stale: run go generate ./provider")
	}
	if !bytes.HasPrefix(src, []byte("// Code generated ")) || !bytes.Contains(src[:200], []byte("DO NOT EDIT.")) {
		t.Error("no generated-code header")
	}
}

// TestEveryCurrencyRoundTrips checks, for every profile of the data file
// and every current ISO code, that the package's rule is the one the data
// file says, and that the package has no other profile.
func TestEveryCurrencyRoundTrips(t *testing.T) {
	profiles, _, _, err := Resolve(readData(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(profiles) != len(provider.Names()) {
		t.Fatalf("%d profiles in the data, %d in the package", len(profiles), len(provider.Names()))
	}
	for i, rp := range profiles {
		if provider.Names()[i] != rp.Name {
			t.Errorf("profile %d: %s in the data, %s in the package", i, rp.Name, provider.Names()[i])
		}
		for _, c := range currency.Codes() {
			if msg := compareRule(rp, c); msg != "" {
				t.Error(msg)
			}
		}
	}
}

// compareRule returns what differs between the data's rule for c at rp and
// the package's, or "".
func compareRule(rp Profile, c currency.Code) string {
	p, ok := provider.Lookup(rp.Name)
	if !ok {
		return rp.Name + ": no such profile"
	}
	var want *Resolved
	for i := range rp.Rules {
		if rp.Rules[i].Code == c.String() {
			want = &rp.Rules[i]
		}
	}
	got := p.Rule(c)
	if want == nil {
		if got.Accepted() {
			return rp.Name + " " + c.String() + ": accepted, not in the data"
		}
		return ""
	}
	maxV, _ := got.MaxValue()
	minV, hasMin := got.Minimum()
	form := provider.Integer
	if rp.Decimal {
		form = provider.Decimal
	}
	if !got.Accepted() || got.Exponent() != want.Exponent || got.Granularity() != want.Granularity || maxV != want.MaxValue ||
		minV != want.Minimum || hasMin != want.HasMinimum || got.Form() != form || got.Read() == "" || got.Source() == "" {
		return rp.Name + " " + c.String() + ": the package's rule differs from the data"
	}
	if p.AllowsNegative() != rp.Negative || p.Title() != rp.Title {
		return rp.Name + ": negative or title differ"
	}
	return ""
}

func TestPropertyRoundTrip(t *testing.T) {
	profiles, _, _, err := Resolve(readData(t))
	if err != nil {
		t.Fatal(err)
	}
	codes := currency.Codes()
	props := gopter.NewProperties(gopter.DefaultTestParameters())
	props.Property("a profile's rule for a currency is the data file's", prop.ForAll(func(x [2]int) bool {
		return compareRule(profiles[x[0]], codes[x[1]]) == ""
	}, propgen.FromRand(func(r *rand.Rand) [2]int { return [2]int{r.Intn(len(profiles)), r.Intn(len(codes))} })))
	props.Property("a rule changed in the data is changed in the resolved profile", prop.ForAll(func(x [2]int64) bool {
		var f File
		if err := json.Unmarshal(readData(t), &f); err != nil {
			return false
		}
		// Give Stripe's ISK rule another granularity and a maximum.
		g, digits := []int64{1, 10, 100, 1000}[x[0]], int(x[1])
		for i := range f.Profiles {
			for j := range f.Profiles[i].Rules {
				r := &f.Profiles[i].Rules[j]
				if f.Profiles[i].Name == "stripe" && len(r.Codes) == 1 && r.Codes[0] == "ISK" {
					r.Granularity, r.MaxDigits = g, digits
				}
			}
		}
		data, _ := json.Marshal(f)
		ps, _, _, err := Resolve(data)
		if err != nil {
			return false
		}
		for _, p := range ps {
			for _, r := range p.Rules {
				if p.Name == "stripe" && r.Code == "ISK" {
					return r.Granularity == g && r.MaxValue == pow10(digits)-1
				}
			}
		}
		return false
	}, propgen.FromRand(func(r *rand.Rand) [2]int64 { return [2]int64{r.Int63n(4), 1 + r.Int63n(18)} })))
	props.TestingRun(t)
}

func pow10(n int) int64 {
	v := int64(1)
	for range n {
		v *= 10
	}
	return v
}

func TestDataFacts(t *testing.T) {
	profiles, _, _, err := Resolve(readData(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range profiles {
		if p.Name == "primer" && len(p.Dropped) != 19 {
			t.Errorf("primer drops %d codes: %v", len(p.Dropped), p.Dropped)
		}
		if p.Name == "adyen" && strings.Join(p.Dropped, ",") != "CNH (not an ISO 4217 code),VEF (withdrawn)" {
			t.Errorf("adyen drops %v", p.Dropped)
		}
	}
}

func TestResolveErrors(t *testing.T) {
	good := string(readData(t))
	cases := []struct{ name, old, new, want string }{
		{"syntax", `"profiles"`, `"profiles`, "data:"},
		{"unknown field", `"comment"`, `"comments"`, "unknown field"},
		{"unknown source", `"source": "S-ISK"`, `"source": "S-NONE"`, "unknown source"},
		{"bad date", `"source": "S-ISK",
     "read": "2026-12-01"`, `"source": "S-ISK",
     "read": "1 Dec"`, "not YYYY-MM-DD"},
		{"bad certainty", `"certainty": "unverified"`, `"certainty": "maybe"`, "unknown certainty"},
		{"repeated name", `"name": "adyen"`, `"name": "stripe"`, "repeated name"},
		{"bad form", `"form": "decimal"`, `"form": "string"`, "neither integer nor decimal"},
		{"accept both", `"iso": true,`, `"iso": true, "codes": ["USD"],`, "either iso or codes"},
		{"repeated code", `"codes": ["JPY", "USD", "EUR"`, `"codes": ["JPY", "JPY", "EUR"`, "accepted twice"},
		{"default with codes", `"default": {
    "exponent": 2,
    "granularity": 1,
    "maxDigits": 8`, `"default": {
    "codes": ["USD"],
    "exponent": 2,
    "granularity": 1,
    "maxDigits": 8`, "names no codes"},
		{"rule codes and minimums", `"codes": ["INR"],`, `"codes": ["INR"], "minimums": {"INR": "1"},`, "either codes or minimums"},
		{"rule for refused code", `"codes": ["HUF", "JPY", "TWD"]`, `"codes": ["HUF", "JPY", "KWD"]`, "not accepted"},
		{"minimum for refused code", `"USD": "0.50"`, `"XAU": "0.50"`, "not accepted"},
		{"inexact minimum", `"USD": "0.50"`, `"USD": "0.505"`, "not an exact"},
		{"bad exponent", `"codes": ["MGA"],
     "exponent": 0`, `"codes": ["MGA"],
     "exponent": 19`, "neither \"iso\""},
		{"bad granularity", `"granularity": 100`, `"granularity": -100`, "granularity -100"},
		{"digits and value", `"maxDigits": 9,`, `"maxDigits": 9, "maxValue": 5,`, "maxDigits 9 / maxValue 5"},
	}
	for _, c := range cases {
		data := strings.Replace(good, c.old, c.new, 1)
		if data == good {
			t.Errorf("%s: the data file has no %q", c.name, c.old)
			continue
		}
		if _, err := generate([]byte(data)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.go")
	var stderr bytes.Buffer
	if code := run([]string{"-data", "data/providers.json", "-out", out}, &stderr); code != 0 {
		t.Fatalf("run: %d %s", code, stderr.String())
	}
	if code := run([]string{"-h"}, &stderr); code != 0 {
		t.Errorf("-h: %d", code)
	}
	if code := run([]string{"-nope"}, &stderr); code != 2 {
		t.Errorf("bad flag: %d", code)
	}
	if code := run([]string{"-data", filepath.Join(dir, "missing.json"), "-out", out}, &stderr); code != 1 {
		t.Errorf("missing data: %d", code)
	}
}
