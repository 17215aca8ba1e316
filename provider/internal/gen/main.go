// Command gen writes the provider package's built-in profiles
// (builtin_gen.go) from the data file data/providers.json, whose format the
// file's own "comment" describes. It is run by `go generate` in the provider
// package and needs nothing outside the repository: the ISO 4217 facts
// (which codes are current, their minor units) come from the currency
// package. Its output is deterministic and gofmt'd.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/paysession/paysession/currency"
)

func main() { os.Exit(run(os.Args[1:], os.Stderr)) }

// run is the command with its arguments and error stream: it returns the exit
// status (0 done or -h, 1 generation failed, 2 bad flags).
func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("data", "internal/gen/data/providers.json", "the data file")
	out := fs.String("out", "builtin_gen.go", "output file")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	data, err := os.ReadFile(*in)
	var src []byte
	if err == nil {
		src, err = generate(data)
	}
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(stderr, "gen:", err)
		return 1
	}
	return 0
}

// File is the data file.
type File struct {
	Comment  []string          `json:"comment"`
	Sources  map[string]Source `json:"sources"`
	Profiles []ProfileData     `json:"profiles"`
}

// Source is a document rules cite.
type Source struct {
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published,omitempty"`
}

// Basis is what every rule carries: its source, the date it was read, its
// certainty and a note.
type Basis struct {
	Source    string `json:"source"`
	Read      string `json:"read"`
	Certainty string `json:"certainty"`
	Note      string `json:"note,omitempty"`
}

// ProfileData is one provider.
type ProfileData struct {
	Name     string     `json:"name"`
	Title    string     `json:"title"`
	Negative bool       `json:"negative"`
	Form     string     `json:"form"`
	Accept   Accept     `json:"accept"`
	Default  RuleData   `json:"default"`
	Rules    []RuleData `json:"rules"`
}

// Accept says which currencies a provider accepts.
type Accept struct {
	ISO   bool     `json:"iso,omitempty"`
	Codes []string `json:"codes,omitempty"`
	Basis
}

// RuleData is a rule for some codes (or, as a profile's default, for all).
type RuleData struct {
	Codes       []string          `json:"codes,omitempty"`
	Exponent    json.RawMessage   `json:"exponent,omitempty"` // "iso" or an integer
	MaxExponent *int              `json:"maxExponent,omitempty"`
	Granularity int64             `json:"granularity,omitempty"`
	MaxDigits   int               `json:"maxDigits,omitempty"`
	MaxValue    int64             `json:"maxValue,omitempty"`
	Minimums    map[string]string `json:"minimums,omitempty"`
	Basis
}

// Resolved is one currency's rule at one provider, as the generator writes it.
type Resolved struct {
	Code        string
	Exponent    int
	Granularity int64
	MaxValue    int64 // 0: none
	Minimum     int64 // ISO minor units
	HasMinimum  bool
	Basis       int // index in the bases
}

// Profile is one provider, resolved.
type Profile struct {
	Name, Title string
	Negative    bool
	Decimal     bool
	Rules       []Resolved
	Dropped     []string // listed codes that are not current ISO codes with a minor unit, with the reason
}

var certainties = map[string]string{"read": "Read", "inferred": "Inferred", "conflict": "Conflict", "unverified": "Unverified"}

// Resolve reads the data file and resolves every profile, with the bases
// (source, read date, certainty, note) its rules refer to.
func Resolve(data []byte) ([]Profile, []Basis, map[string]Source, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f File
	if err := dec.Decode(&f); err != nil {
		return nil, nil, nil, fmt.Errorf("data: %w", err)
	}
	var bases []Basis
	basisIndex := map[Basis]int{}
	basis := func(where string, b Basis) (int, error) {
		if _, ok := f.Sources[b.Source]; !ok {
			return 0, fmt.Errorf("%s: unknown source %q", where, b.Source)
		}
		if len(b.Read) != len("2006-01-02") || b.Read[4] != '-' || b.Read[7] != '-' {
			return 0, fmt.Errorf("%s: read date %q is not YYYY-MM-DD", where, b.Read)
		}
		if _, ok := certainties[b.Certainty]; !ok {
			return 0, fmt.Errorf("%s: unknown certainty %q", where, b.Certainty)
		}
		if i, ok := basisIndex[b]; ok {
			return i, nil
		}
		basisIndex[b] = len(bases)
		bases = append(bases, b)
		return len(bases) - 1, nil
	}
	var out []Profile
	seen := map[string]bool{}
	for _, pd := range f.Profiles {
		where := "profile " + strconv.Quote(pd.Name)
		if pd.Name == "" || seen[pd.Name] {
			return nil, nil, nil, fmt.Errorf("%s: empty or repeated name", where)
		}
		seen[pd.Name] = true
		p := Profile{Name: pd.Name, Title: pd.Title, Negative: pd.Negative}
		switch pd.Form {
		case "integer":
		case "decimal":
			p.Decimal = true
		default:
			return nil, nil, nil, fmt.Errorf("%s: form %q is neither integer nor decimal", where, pd.Form)
		}
		acceptBasis, err := basis(where+" accept", pd.Accept.Basis)
		if err != nil {
			return nil, nil, nil, err
		}
		_ = acceptBasis
		var codes []string
		if pd.Accept.ISO == (len(pd.Accept.Codes) > 0) {
			return nil, nil, nil, fmt.Errorf("%s: accept needs either iso or codes", where)
		}
		if pd.Accept.ISO {
			for _, c := range currency.Codes() {
				if _, ok := c.MinorUnits(); ok {
					codes = append(codes, c.String())
				}
			}
		} else {
			for _, s := range pd.Accept.Codes {
				c, err := currency.Parse(s)
				switch {
				case errors.Is(err, currency.ErrWithdrawn):
					p.Dropped = append(p.Dropped, s+" (withdrawn)")
					continue
				case err != nil:
					p.Dropped = append(p.Dropped, s+" (not an ISO 4217 code)")
					continue
				}
				if _, ok := c.MinorUnits(); !ok {
					p.Dropped = append(p.Dropped, s+" (N.A.)")
					continue
				}
				codes = append(codes, s)
			}
			sort.Strings(codes)
			for i := 1; i < len(codes); i++ {
				if codes[i] == codes[i-1] {
					return nil, nil, nil, fmt.Errorf("%s: %s accepted twice", where, codes[i])
				}
			}
		}
		byCode := map[string]*Resolved{}
		def := pd.Default
		defBasis, err := basis(where+" default", def.Basis)
		if err != nil {
			return nil, nil, nil, err
		}
		if len(def.Codes) > 0 || len(def.Minimums) > 0 {
			return nil, nil, nil, fmt.Errorf("%s: the default rule names no codes", where)
		}
		for _, s := range codes {
			r := &Resolved{Code: s, Granularity: 1, Basis: defBasis}
			if err := apply(r, def); err != nil {
				return nil, nil, nil, fmt.Errorf("%s default, %s: %w", where, s, err)
			}
			if r.Exponent < 0 {
				return nil, nil, nil, fmt.Errorf("%s default: no exponent", where)
			}
			byCode[s] = r
		}
		for i, rd := range pd.Rules {
			rw := fmt.Sprintf("%s rule %d", where, i)
			b, err := basis(rw, rd.Basis)
			if err != nil {
				return nil, nil, nil, err
			}
			if (len(rd.Codes) > 0) == (len(rd.Minimums) > 0) {
				return nil, nil, nil, fmt.Errorf("%s: a rule has either codes or minimums", rw)
			}
			for _, s := range rd.Codes {
				r, ok := byCode[s]
				if !ok {
					return nil, nil, nil, fmt.Errorf("%s: %s is not accepted", rw, s)
				}
				if err := apply(r, rd); err != nil {
					return nil, nil, nil, fmt.Errorf("%s, %s: %w", rw, s, err)
				}
				r.Basis = b
			}
			for _, s := range sortedKeys(rd.Minimums) {
				r, ok := byCode[s]
				if !ok {
					return nil, nil, nil, fmt.Errorf("%s: minimum for %s, which is not accepted", rw, s)
				}
				v, err := currency.ToMinor(rd.Minimums[s], currency.MustParse(s), currency.Exact)
				if err != nil || v < 0 {
					return nil, nil, nil, fmt.Errorf("%s: minimum %q for %s: not an exact non-negative amount", rw, rd.Minimums[s], s)
				}
				r.Minimum, r.HasMinimum = v, true
			}
		}
		for _, s := range codes {
			p.Rules = append(p.Rules, *byCode[s])
		}
		out = append(out, p)
	}
	return out, bases, f.Sources, nil
}

// apply sets the fields rd gives on r.
func apply(r *Resolved, rd RuleData) error {
	iso, _ := currency.MustParse(r.Code).MinorUnits()
	if len(rd.Exponent) > 0 {
		if string(rd.Exponent) == `"iso"` {
			r.Exponent = iso
		} else if n, err := strconv.Atoi(string(rd.Exponent)); err == nil && 0 <= n && n <= 18 {
			r.Exponent = n
		} else {
			return fmt.Errorf("exponent %s is neither \"iso\" nor 0..18", rd.Exponent)
		}
	}
	if rd.MaxExponent != nil {
		r.Exponent = min(r.Exponent, *rd.MaxExponent)
	}
	if rd.Granularity < 0 {
		return fmt.Errorf("granularity %d", rd.Granularity)
	}
	if rd.Granularity > 0 {
		r.Granularity = rd.Granularity
	}
	switch {
	case rd.MaxDigits > 0 && rd.MaxValue > 0, rd.MaxDigits < 0 || rd.MaxDigits > 18, rd.MaxValue < 0:
		return fmt.Errorf("maxDigits %d / maxValue %d", rd.MaxDigits, rd.MaxValue)
	case rd.MaxDigits > 0:
		r.MaxValue = 1
		for range rd.MaxDigits {
			r.MaxValue *= 10
		}
		r.MaxValue--
	case rd.MaxValue > 0:
		r.MaxValue = rd.MaxValue
	}
	return nil
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func generate(data []byte) ([]byte, error) {
	profiles, bases, sources, err := Resolve(data)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by \"go run ./internal/gen\" from internal/gen/data/providers.json; DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "package provider\n\nimport \"sync\"\n\n")
	fmt.Fprintf(&b, "// bases are the sources, read dates, certainties and notes of the rules.\n")
	fmt.Fprintf(&b, "var bases = [...]basis{\n")
	for _, bs := range bases {
		src := sources[bs.Source]
		title := src.Title
		if src.Published != "" {
			title += " (" + src.Published + ")"
		}
		fmt.Fprintf(&b, "\t{source: %q, url: %q, read: %q, certainty: %s, note: %q},\n",
			title, src.URL, bs.Read, certainties[bs.Certainty], bs.Note)
	}
	fmt.Fprintf(&b, "}\n\n")
	fmt.Fprintf(&b, "// builtinNames are the names of the built-in profiles, in the order of\n// Builtin.\n")
	fmt.Fprintf(&b, "var builtinNames = [...]string{")
	for i, p := range profiles {
		if i > 0 {
			fmt.Fprintf(&b, ", ")
		}
		fmt.Fprintf(&b, "%q", p.Name)
	}
	fmt.Fprintf(&b, "}\n\n")
	fmt.Fprintf(&b, "// builtins build the tables of the built-in profiles, in the order of\n")
	fmt.Fprintf(&b, "// Builtin, each once and on first use: a program builds only the profiles\n")
	fmt.Fprintf(&b, "// it uses, and none at start-up.\n")
	fmt.Fprintf(&b, "var builtins = [...]func() *table{\n")
	for _, p := range profiles {
		form := "Integer"
		if p.Decimal {
			form = "Decimal"
		}
		if len(p.Dropped) > 0 {
			fmt.Fprintf(&b, "\t// %s: dropped from the data's list: %s.\n", p.Name, strings.Join(p.Dropped, ", "))
		}
		fmt.Fprintf(&b, "\tsync.OnceValue(func() *table {\n\t\treturn build(%q, %q, %t, %s, []ruleData{\n", p.Name, p.Title, p.Negative, form)
		for _, r := range p.Rules {
			fmt.Fprintf(&b, "\t\t{%q, %d, %d, %d, %d, %t, %d},\n", r.Code, r.Exponent, r.Granularity, r.MaxValue, r.Minimum, r.HasMinimum, r.Basis)
		}
		fmt.Fprintf(&b, "\t})\n\t}),\n")
	}
	fmt.Fprintf(&b, "}\n")
	return format.Source(b.Bytes())
}
