package main

import (
	"errors"
	"io"

	"github.com/paysession/paysession/rate"
)

// runConvert implements
//
//	paysession convert -to CODE -rate RATE [-markup PERCENT] [-round MODE] MINOR CODE
//
// It converts MINOR minor units of CODE into minor units of -to at RATE
// (times 1 + PERCENT / 100 with -markup): round(MINOR × RATE × 10^(e(to) −
// e(CODE))) by MODE (default half-even), e being the ISO 4217 exponents, and
// prints {"minor", "currencyCode"}: convert -to JPY -rate 151.237 1999 USD
// gives {"minor": 3023, "currencyCode": "JPY"}. A bad MINOR, CODE, -to,
// RATE or PERCENT, or a result outside int64, exits 1; missing flags or
// arguments, or a bad -round, 2.
func runConvert(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("convert", "-to CODE -rate RATE [-markup PERCENT] [-round MODE] MINOR CODE", stderr)
	f := newConversionFlags(fs, "the exchange `RATE`: units of the target currency per unit of CODE (151.237)")
	pos, st := parseArgs(fs, args, 2)
	if st >= 0 {
		return st
	}
	mode, ok := f.mode(stderr)
	if !ok {
		return exitUsage
	}
	v, from, ok := parseMinorAndCode(pos, stderr)
	if !ok {
		return exitInvalid
	}
	target, r, ok := f.target(stderr)
	if !ok {
		return exitInvalid
	}
	out, err := r.Convert(v, from, target, mode)
	if err != nil {
		arg := "MINOR"
		msg := err.Error()
		switch {
		case errors.Is(err, rate.ErrCurrency):
			arg, msg = "CODE", "a currency without minor unit cannot hold an amount"
			if _, ok := from.MinorUnits(); ok {
				arg = "-to"
			}
		case errors.Is(err, rate.ErrInexact):
			msg = "the converted amount needs rounding (name a -round mode other than exact)"
		}
		writeErrors(stderr, errorLine{arg, msg})
		return exitInvalid
	}
	return output(stdout, stderr, object{{"minor", out}, {"currencyCode", target.String()}})
}
