package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/paysession/paysession/currency"
)

const formatSynopsis = "[-locale TAG] [-display symbol|narrow|code] [-accounting] MINOR CODE"

// runFormat is `paysession format`: currency.Format of MINOR CODE with the
// flags' locale and options, so the command prints what the library returns.
func runFormat(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("format", formatSynopsis, stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: paysession format %s\n", formatSynopsis)
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "Flags come before MINOR CODE. A negative amount needs \"--\" before it,\n"+
			"so that it is not read as a flag: paysession format -locale de-DE -- -700 EUR\n")
	}
	locale := fs.String("locale", "en-US", "BCP 47 locale `TAG` (en-US, de-CH, zh-Hant-TW, ar-EG-u-nu-latn; und is CLDR's root)")
	display := fs.String("display", "symbol", "currency `FORM`: symbol, narrow or code")
	accounting := fs.Bool("accounting", false, "use the locale's accounting pattern (negative amounts as ($7.00) in en-US)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	// A flag written after MINOR CODE is an argument to Go's flag package;
	// say what happened instead of "want 2 arguments".
	for _, a := range fs.Args() {
		if strings.HasPrefix(a, "-") && len(a) > 1 && (a[1] < '0' || a[1] > '9') {
			writeErrors(stderr, errorLine{a, "flags come before MINOR CODE (paysession format " + formatSynopsis + ")"})
			return exitUsage
		}
	}
	if fs.NArg() != 2 {
		fmt.Fprintf(stderr, "paysession format: want 2 arguments, got %d\n", fs.NArg())
		fs.Usage()
		return exitUsage
	}
	d, err := currency.ParseDisplay(*display)
	if err != nil {
		writeErrors(stderr, errorLine{"-display", message(err)})
		return exitUsage
	}
	v, c, ok := parseMinorAndCode(fs.Args(), stderr)
	if !ok {
		return exitInvalid
	}
	opts := []currency.FormatOption{currency.WithDisplay(d)}
	if *accounting {
		opts = append(opts, currency.Accounting())
	}
	s, err := currency.Format(v, c, *locale, opts...)
	if err != nil {
		if errors.Is(err, currency.ErrLocale) {
			writeErrors(stderr, errorLine{"-locale", message(err)})
			return exitUsage
		}
		return amountFailure(stderr, "MINOR", err)
	}
	return output(stdout, stderr, object{{"text", s}})
}
