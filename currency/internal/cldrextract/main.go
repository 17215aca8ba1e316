// Command cldrextract reduces the CLDR JSON number data of the npm package
// cldr-numbers-full to the small table the currency generator reads:
// one line per locale with the standard currency pattern and the
// "alphaNextToNumber" variant of the Latin-digit number system.
//
// It is run by hand when the CLDR data is updated, never by go generate:
//
//	cd /tmp && npm install cldr-numbers-full@48.2.0
//	go run ./currency/internal/cldrextract -cldr /tmp/node_modules/cldr-numbers-full \
//	    > currency/internal/gen/data/cldr-currency-patterns.tsv
//
// Output format: a header comment naming the package and version, then
// "locale TAB standard TAB alphaNextToNumber" with both patterns written as
// Go-quoted strings (so that no-break spaces and bidi marks stay visible).
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the command with its arguments and output streams: it returns the
// exit status (0 done or -h, 1 extraction failed, 2 bad flags).
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("cldrextract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("cldr", "", "directory of the npm package cldr-numbers-full")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if err := extract(*dir, stdout); err != nil {
		fmt.Fprintln(stderr, "cldrextract:", err)
		return 1
	}
	return 0
}

// extract writes the table for the CLDR package in dir to out.
func extract(dir string, out io.Writer) error {
	if dir == "" {
		return fmt.Errorf("-cldr is required")
	}
	var pkg struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	if err := readJSON(filepath.Join(dir, "package.json"), &pkg); err != nil {
		return err
	}
	entries, err := os.ReadDir(filepath.Join(dir, "main"))
	if err != nil {
		return err
	}
	var locales []string
	for _, e := range entries {
		if e.IsDir() {
			locales = append(locales, e.Name())
		}
	}
	sort.Strings(locales)
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "# Source: npm package %s@%s, main/<locale>/numbers.json,\n", pkg.Name, pkg.Version)
	fmt.Fprintf(w, "# numbers.currencyFormats-numberSystem-latn.{standard,standard-alphaNextToNumber}.\n")
	fmt.Fprintf(w, "# Columns: locale TAB standard TAB alphaNextToNumber (Go-quoted strings).\n")
	for _, loc := range locales {
		var doc struct {
			Main map[string]struct {
				Numbers struct {
					Latn map[string]json.RawMessage `json:"currencyFormats-numberSystem-latn"`
				} `json:"numbers"`
			} `json:"main"`
		}
		if err := readJSON(filepath.Join(dir, "main", loc, "numbers.json"), &doc); err != nil {
			return err
		}
		d, ok := doc.Main[loc]
		if !ok {
			return fmt.Errorf("%s: no main.%s", loc, loc)
		}
		var std, alpha string
		if err := json.Unmarshal(d.Numbers.Latn["standard"], &std); err != nil || std == "" {
			return fmt.Errorf("%s: no standard currency pattern", loc)
		}
		alpha = std
		if raw, ok := d.Numbers.Latn["standard-alphaNextToNumber"]; ok {
			if err := json.Unmarshal(raw, &alpha); err != nil {
				return fmt.Errorf("%s: %v", loc, err)
			}
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", loc, strconv.Quote(std), strconv.Quote(alpha))
	}
	return w.Flush()
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}
