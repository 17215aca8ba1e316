package main

import (
	"io"

	"github.com/paysession/paysession/adjust"
	"github.com/paysession/paysession/session"
)

// runDiscount implements
//
//	paysession discount (-amount MINOR | -rate RATE) [-round MODE] [-response] [FILE|-]
//
// It reads and validates a session as tax does, spreads an order-level
// discount — MINOR minor units, or RATE of the order's net amount rounded
// once by MODE (default half-even) — over the lines' discountAmount in
// proportion to their net amounts, by largest remainder with ties to the
// earlier line (adjust.DiscountAmount, adjust.DiscountRate), and prints the
// session in the create-request shape. A discount above the order's net
// amount, a session whose lines already carry a tax (the discount comes
// first), a bad MINOR or RATE exit 1; neither or both of -amount and -rate,
// or a bad -round, 2.
func runDiscount(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("discount", "(-amount MINOR | -rate RATE) [-round MODE] [-response] [FILE|-]", stderr)
	amountStr := fs.String("amount", "", "the discount in `MINOR` units")
	rateStr := fs.String("rate", "", "the discount `RATE` of the order's net amount: a decimal (0.1) or a percentage (10%)")
	round := roundFlag(fs)
	response := responseFlag(fs)
	name, st := parseFileArgs(fs, args)
	if st >= 0 {
		return st
	}
	if (*amountStr == "") == (*rateStr == "") {
		writeErrors(stderr, errorLine{"-amount", "give exactly one of -amount and -rate"})
		fs.Usage()
		return exitUsage
	}
	mode, ok := parseMode(fs, *round, stderr)
	if !ok {
		return exitUsage
	}
	var do func(session.Session) (session.Session, error)
	if *amountStr != "" {
		v, ok := parseMinorArg("-amount", *amountStr, stderr)
		if !ok {
			return exitInvalid
		}
		do = func(s session.Session) (session.Session, error) { return adjust.DiscountAmount(s, v) }
	} else {
		r, ok := parseRate("-rate", *rateStr, stderr)
		if !ok {
			return exitInvalid
		}
		do = func(s session.Session) (session.Session, error) { return adjust.DiscountRate(s, r, mode) }
	}
	s, st := readValidSession(name, *response, stdin, stderr)
	if st >= 0 {
		return st
	}
	t, err := do(s)
	if err != nil {
		return rateFailure(stderr, err)
	}
	if !validResult(t, stderr) {
		return exitInvalid
	}
	return writeSession(stdout, stderr, t)
}
