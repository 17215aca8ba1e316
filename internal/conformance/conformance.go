// Package conformance loads the conformance vectors of testdata/vectors and
// compares an implementation's answers with them. The vectors' format is
// described in testdata/vectors/README.md; this package is the reference
// reading of that format, used by the tests that run every vector through the
// library and through the paysession binary.
package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// File is one vectors file: a topic and its cases.
type File struct {
	Topic string `json:"topic"`
	Cases []Case `json:"cases"`
}

// Case is one conformance case.
type Case struct {
	Name    string          `json:"name"`
	Spec    string          `json:"spec"`
	Op      string          `json:"op"`
	Input   json.RawMessage `json:"input,omitempty"`
	Patch   json.RawMessage `json:"patch,omitempty"`
	Options Options         `json:"options"`
	Want    Want            `json:"want"`
	// File is the name of the file the case came from (set by Load).
	File string `json:"-"`
}

// Options are an operation's options; which apply depends on Op.
type Options struct {
	Response bool        `json:"response,omitempty"`
	Method   string      `json:"method,omitempty"`
	Network  string      `json:"network,omitempty"`
	API      string      `json:"api,omitempty"`
	Code     string      `json:"code,omitempty"`
	Amount   string      `json:"amount,omitempty"`
	Round    string      `json:"round,omitempty"`
	Minor    json.Number `json:"minor,omitempty"`
	Locale   string      `json:"locale,omitempty"`
	// Display ("symbol", "narrow" or "code") and Accounting are format's
	// -display and -accounting.
	Display    string `json:"display,omitempty"`
	Accounting bool   `json:"accounting,omitempty"`
	// Provider names a provider profile (wire, unwire, and quote's
	// -provider); Wire is a wire amount as text (unwire).
	Provider string `json:"provider,omitempty"`
	Wire     string `json:"wire,omitempty"`
	// EnabledMethods and TaxCalculation are the merchant's dashboard
	// settings that the warnings depend on (validate only).
	EnabledMethods []string `json:"enabledMethods,omitempty"`
	TaxCalculation bool     `json:"taxCalculation,omitempty"`
	// Rate, Per, Inclusive, To and Markup are the options of the rate
	// operations (tax, discount, exchange, convert); discount's -amount and
	// convert's MINOR are Minor.
	Rate      string `json:"rate,omitempty"`
	Per       string `json:"per,omitempty"`
	Inclusive bool   `json:"inclusive,omitempty"`
	To        string `json:"to,omitempty"`
	Markup    string `json:"markup,omitempty"`
}

// Want is a case's expected outcome.
type Want struct {
	Exit   int             `json:"exit"`
	Output json.RawMessage `json:"output,omitempty"`
	Errors []WantError     `json:"errors,omitempty"`
}

// WantError is one expected problem: its path and, where it is part of the
// contract, its code.
type WantError struct {
	Path string `json:"path"`
	Code string `json:"code,omitempty"`
}

// Ops are the operations a case may name.
var Ops = []string{"quote", "validate", "patch", "currency", "minor", "major", "format", "wire", "unwire", "tax", "discount", "exchange", "convert"}

// Load reads every *.json file of dir, in name order, and checks that case
// names are unique and operations known.
func Load(dir string) ([]Case, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var all []Case
	seen := map[string]string{}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		dec.UseNumber()
		var f File
		if err := dec.Decode(&f); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for _, c := range f.Cases {
			c.File = filepath.Base(name)
			if prev, dup := seen[c.Name]; dup {
				return nil, fmt.Errorf("%s: case %q already in %s", c.File, c.Name, prev)
			}
			seen[c.Name] = c.File
			if !slices.Contains(Ops, c.Op) {
				return nil, fmt.Errorf("%s: case %q: unknown op %q", c.File, c.Name, c.Op)
			}
			if c.Spec == "" {
				return nil, fmt.Errorf("%s: case %q names no SPEC section", c.File, c.Name)
			}
			all = append(all, c)
		}
	}
	return all, nil
}

// Decode parses JSON keeping numbers exact (as json.Number).
func Decode(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("trailing data after JSON value")
	}
	return v, nil
}

// CompareOutput compares an operation's output with a case's expected
// output by the rules of the README: "message" members are ignored at any
// depth; the top-level object constrains only the members it lists (a member
// listed as null must be null or absent); below it, objects and arrays must
// match exactly. It returns nil on a match and a description of the first
// difference otherwise.
func CompareOutput(want json.RawMessage, got []byte) error {
	w, err := Decode(want)
	if err != nil {
		return fmt.Errorf("want: %w", err)
	}
	g, err := Decode(got)
	if err != nil {
		return fmt.Errorf("output is not JSON: %w", err)
	}
	wo, ok1 := w.(map[string]any)
	gobj, ok2 := g.(map[string]any)
	if !ok1 || !ok2 {
		return compare("$", w, g)
	}
	for _, k := range sortedKeys(wo) {
		if k == "message" {
			continue
		}
		gv, present := gobj[k]
		if wo[k] == nil {
			if present && gv != nil {
				return fmt.Errorf("$.%s: want null or absent, got %s", k, show(gv))
			}
			continue
		}
		if !present {
			return fmt.Errorf("$.%s: missing, want %s", k, show(wo[k]))
		}
		if err := compare("$."+k, wo[k], gv); err != nil {
			return err
		}
	}
	return nil
}

func compare(path string, w, g any) error {
	switch wv := w.(type) {
	case map[string]any:
		gv, ok := g.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: want object %s, got %s", path, show(w), show(g))
		}
		for _, k := range sortedKeys(wv) {
			if k == "message" {
				continue
			}
			x, present := gv[k]
			if !present {
				return fmt.Errorf("%s.%s: missing, want %s", path, k, show(wv[k]))
			}
			if err := compare(path+"."+k, wv[k], x); err != nil {
				return err
			}
		}
		for _, k := range sortedKeys(gv) {
			if _, present := wv[k]; !present && k != "message" {
				return fmt.Errorf("%s.%s: unexpected member %s", path, k, show(gv[k]))
			}
		}
		return nil
	case []any:
		gv, ok := g.([]any)
		if !ok {
			return fmt.Errorf("%s: want array %s, got %s", path, show(w), show(g))
		}
		if len(wv) != len(gv) {
			return fmt.Errorf("%s: want %d elements %s, got %d %s", path, len(wv), show(w), len(gv), show(g))
		}
		for i := range wv {
			if err := compare(fmt.Sprintf("%s[%d]", path, i), wv[i], gv[i]); err != nil {
				return err
			}
		}
		return nil
	default:
		if fmt.Sprint(w) != fmt.Sprint(g) || fmt.Sprintf("%T", w) != fmt.Sprintf("%T", g) {
			return fmt.Errorf("%s: want %s, got %s", path, show(w), show(g))
		}
		return nil
	}
}

// CompareErrors compares the problems reported (paths, and codes where the
// case names one and codes is non-nil) with a case's expected errors.
func CompareErrors(want []WantError, paths, codes []string) error {
	if len(want) == 0 {
		return nil
	}
	if len(paths) != len(want) {
		return fmt.Errorf("want errors at %v, got %v", wantPaths(want), paths)
	}
	for i, w := range want {
		if paths[i] != w.Path {
			return fmt.Errorf("error %d: want path %s, got %s (all: %v)", i, w.Path, paths[i], paths)
		}
		if w.Code != "" && codes != nil && codes[i] != w.Code {
			return fmt.Errorf("error %d at %s: want code %s, got %s", i, w.Path, w.Code, codes[i])
		}
	}
	return nil
}

// StderrPaths returns the PATH of each "PATH: message" line.
func StderrPaths(stderr string) []string {
	var paths []string
	for _, line := range strings.Split(strings.TrimRight(stderr, "\n"), "\n") {
		if line == "" {
			continue
		}
		p, _, _ := strings.Cut(line, ": ")
		paths = append(paths, p)
	}
	return paths
}

func wantPaths(want []WantError) []string {
	var p []string
	for _, w := range want {
		p = append(p, w.Path)
	}
	return p
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func show(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	if len(b) > 300 {
		return string(b[:300]) + "…"
	}
	return string(b)
}

// CommandLine returns the paysession command line (without the program
// name) that performs a case, as the README's table of operations gives it.
// It writes the case's documents to files in dir.
func CommandLine(c Case, dir string) ([]string, error) {
	var werr error
	write := func(name string, data json.RawMessage) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil && werr == nil {
			werr = err
		}
		return p
	}
	o := c.Options
	var args []string
	switch c.Op {
	case "quote":
		args = []string{"quote"}
		if o.Response {
			args = append(args, "-response")
		}
		if o.Method != "" {
			args = append(args, "-method", o.Method)
		}
		if o.Network != "" {
			args = append(args, "-network", o.Network)
		}
		if o.Provider != "" {
			args = append(args, "-provider", o.Provider)
		}
		args = append(args, write("session.json", c.Input))
	case "validate":
		api := o.API
		if api == "" {
			api = "primer"
		}
		args = []string{"validate", "-api", api}
		if len(o.EnabledMethods) > 0 {
			args = append(args, "-enable", strings.Join(o.EnabledMethods, ","))
		}
		if o.TaxCalculation {
			args = append(args, "-tax")
		}
		args = append(args, write("session.json", c.Input))
	case "patch":
		args = []string{"patch"}
		if o.Response {
			args = append(args, "-response")
		}
		args = append(args, write("session.json", c.Input), write("patch.json", c.Patch))
	case "currency":
		args = []string{"currency", o.Code}
	case "minor":
		args = []string{"minor"}
		if o.Round != "" {
			args = append(args, "-round", o.Round)
		}
		args = append(args, "--", o.Amount, o.Code)
	case "major":
		args = []string{"major", "--", o.Minor.String(), o.Code}
	case "format":
		args = []string{"format"}
		if o.Locale != "" {
			args = append(args, "-locale", o.Locale)
		}
		if o.Display != "" {
			args = append(args, "-display", o.Display)
		}
		if o.Accounting {
			args = append(args, "-accounting")
		}
		args = append(args, "--", o.Minor.String(), o.Code)
	case "wire":
		args = []string{"wire"}
		if o.Round != "" {
			args = append(args, "-round", o.Round)
		}
		args = append(args, "--", o.Provider, o.Minor.String(), o.Code)
	case "unwire":
		args = []string{"unwire", "--", o.Provider, o.Wire, o.Code}
	case "tax":
		args = []string{"tax", "-rate", o.Rate}
		if o.Per != "" {
			args = append(args, "-per", o.Per)
		}
		args = append(args, rateFlags(o)...)
		if o.Inclusive {
			args = append(args, "-inclusive")
		}
		args = append(args, write("session.json", c.Input))
	case "discount":
		args = []string{"discount"}
		if o.Minor != "" {
			args = append(args, "-amount", o.Minor.String())
		} else {
			args = append(args, "-rate", o.Rate)
		}
		args = append(args, rateFlags(o)...)
		args = append(args, write("session.json", c.Input))
	case "exchange":
		args = append([]string{"exchange", "-to", o.To, "-rate", o.Rate}, rateFlags(o)...)
		args = append(args, write("session.json", c.Input))
	case "convert":
		args = append([]string{"convert", "-to", o.To, "-rate", o.Rate}, rateFlags(o)...)
		args = append(args, "--", o.Minor.String(), o.Code)
	default:
		return nil, fmt.Errorf("unknown op %q", c.Op)
	}
	return args, werr
}

// rateFlags are the optional flags the rate operations share: -markup,
// -round and -response (where the operation has them).
func rateFlags(o Options) []string {
	var args []string
	if o.Markup != "" {
		args = append(args, "-markup", o.Markup)
	}
	if o.Round != "" {
		args = append(args, "-round", o.Round)
	}
	if o.Response {
		args = append(args, "-response")
	}
	return args
}

// CheckCommand compares a paysession run of a case (its exit status,
// standard output and standard error) with the case's expectations. For
// validate the problems are read, with their codes, from the output; for the
// other commands their paths are read from the "PATH: message" lines.
func CheckCommand(c Case, exit int, stdout []byte, stderr string) error {
	if exit != c.Want.Exit {
		return fmt.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", exit, c.Want.Exit, stdout, stderr)
	}
	if len(c.Want.Output) > 0 {
		if err := CompareOutput(c.Want.Output, stdout); err != nil {
			return fmt.Errorf("output: %w\nstdout: %s", err, stdout)
		}
	}
	if len(c.Want.Errors) == 0 {
		return nil
	}
	if c.Op == "validate" {
		var out struct {
			Errors []struct{ Path, Code string } `json:"errors"`
		}
		if err := json.Unmarshal(stdout, &out); err != nil {
			return fmt.Errorf("validate output: %w\n%s", err, stdout)
		}
		var paths, codes []string
		for _, e := range out.Errors {
			paths = append(paths, e.Path)
			codes = append(codes, e.Code)
		}
		return CompareErrors(c.Want.Errors, paths, codes)
	}
	if err := CompareErrors(c.Want.Errors, StderrPaths(stderr), nil); err != nil {
		return fmt.Errorf("%w\nstderr: %s", err, stderr)
	}
	return nil
}
