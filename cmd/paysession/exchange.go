package main

import (
	"io"

	"github.com/paysession/paysession/adjust"
)

// runExchange implements
//
//	paysession exchange -to CODE -rate RATE [-markup PERCENT] [-round MODE] [-response] [FILE|-]
//
// It reads and validates a session as tax does and converts it to the
// currency CODE at RATE (units of CODE per unit of the session's currency),
// times 1 + PERCENT / 100 with -markup, amount by amount, each rounded once
// by MODE (default half-even; adjust.Exchange). It prints
//
//	{"session": {…create-request shape…}, "from", "to", "rate", "amount", "direct", "difference"}
//
// where rate is the rate applied (with the markup), amount the converted
// session's calculated amount, direct the original calculated amount
// converted at once, and difference = amount − direct (the three null
// without line items). A bad CODE, RATE or PERCENT, the session's
// problems, and a converted session validate would refuse (a currency
// outside Primer's list) exit 1; a missing -to or -rate, or a bad -round, 2.
func runExchange(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("exchange", "-to CODE -rate RATE [-markup PERCENT] [-round MODE] [-response] [FILE|-]", stderr)
	f := newConversionFlags(fs, "the exchange `RATE`: units of the target currency per unit of the session's (151.237)")
	response := responseFlag(fs)
	name, st := parseFileArgs(fs, args)
	if st >= 0 {
		return st
	}
	mode, ok := f.mode(stderr)
	if !ok {
		return exitUsage
	}
	code, r, ok := f.target(stderr)
	if !ok {
		return exitInvalid
	}
	s, st := readValidSession(name, *response, stdin, stderr)
	if st >= 0 {
		return st
	}
	e, err := adjust.Exchange(s, code, r, mode)
	if err != nil {
		return rateFailure(stderr, err)
	}
	if !validResult(e.Session(), stderr) {
		return exitInvalid
	}
	return output(stdout, stderr, object{
		{"session", requestJSON(e.Session())},
		{"from", e.From().String()},
		{"to", e.To().String()},
		{"rate", e.Rate().String()},
		{"amount", orNull(e.Amount())},
		{"direct", orNull(e.Direct())},
		{"difference", orNull(e.Difference())},
	})
}
