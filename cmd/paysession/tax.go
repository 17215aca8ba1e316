package main

import (
	"io"

	"github.com/paysession/paysession/adjust"
)

// runTax implements
//
//	paysession tax -rate RATE [-per line|order] [-round MODE] [-response] [-inclusive] [FILE|-]
//
// It reads a session as quote does and validates it as validate does, then
// sets each line's taxAmount to the tax at RATE on its net amount (amount ×
// quantity − discountAmount), rounded per line (the default) or once per
// order and split over the lines by largest remainder (adjust.Tax), by MODE
// (default half-even), and prints the session in the create-request shape.
// With -inclusive it changes nothing and prints instead the tax the line
// totals contain:
//
//	{"currencyCode", "lines": [{"itemId", "gross", "tax", "net"}], "gross", "tax", "net"}
//
// (itemId left out when absent). RATE is a plain decimal (0.08875) or a
// percentage (8.875%); a bad RATE and the session's problems exit 1, a
// missing -rate or a bad -per or -round 2.
func runTax(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("tax", "-rate RATE [-per line|order] [-round MODE] [-response] [-inclusive] [FILE|-]", stderr)
	rateStr := fs.String("rate", "", "the tax `RATE`: a decimal (0.08875) or a percentage (8.875%)")
	perStr := fs.String("per", "line", "round the tax per `line` or once per order")
	round := roundFlag(fs)
	response := responseFlag(fs)
	inclusive := fs.Bool("inclusive", false, "the prices include the tax: report gross, tax and net, change nothing")
	name, st := parseFileArgs(fs, args)
	if st >= 0 {
		return st
	}
	if !requireFlag(fs, "rate", *rateStr, stderr) {
		return exitUsage
	}
	per, ok := adjust.ParsePer(*perStr)
	if !ok {
		writeErrors(stderr, errorLine{"-per", "want line or order, got " + quoteArg(*perStr)})
		fs.Usage()
		return exitUsage
	}
	mode, ok := parseMode(fs, *round, stderr)
	if !ok {
		return exitUsage
	}
	r, ok := parseRate("-rate", *rateStr, stderr)
	if !ok {
		return exitInvalid
	}
	s, st := readValidSession(name, *response, stdin, stderr)
	if st >= 0 {
		return st
	}
	if *inclusive {
		in, err := adjust.InclusiveTax(s, r, per, mode)
		if err != nil {
			return rateFailure(stderr, err)
		}
		lines := make([]object, 0, in.NumLines())
		for _, l := range in.Lines() {
			o := make(object, 0, 4)
			if l.ItemID != "" {
				o = append(o, field{"itemId", l.ItemID})
			}
			lines = append(lines, append(o, field{"gross", l.Gross}, field{"tax", l.Tax}, field{"net", l.Net}))
		}
		return output(stdout, stderr, object{
			{"currencyCode", in.CurrencyCode()},
			{"lines", lines},
			{"gross", in.Gross()},
			{"tax", in.Tax()},
			{"net", in.Net()},
		})
	}
	t, err := adjust.Tax(s, r, per, mode)
	if err != nil {
		return rateFailure(stderr, err)
	}
	if !validResult(t, stderr) {
		return exitInvalid
	}
	return writeSession(stdout, stderr, t)
}
