package main

import (
	"io"
)

// runUnwire implements
//
//	paysession unwire PROVIDER WIRE CODE
//
// It reads WIRE as PROVIDER writes an amount of CODE (an integer of its
// minor units, or for PayPal a decimal string) and prints
// {"provider", "currencyCode", "wire", "minor"}, with the wire amount as
// "wire" of paysession wire would print it and minor in ISO 4217 minor
// units. The conversion is exact: a WIRE the provider would not send (501
// ISK at Stripe, 1.50 CLP from Adyen, a syntax error) exits 1 with a
// "WIRE: message" line naming the rule; a currency the provider does not
// take, with a "CODE: message" line. An unknown PROVIDER exits 2.
func runUnwire(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("unwire", "PROVIDER WIRE CODE", stderr)
	pos, st := parseArgs(fs, args, 3)
	if st >= 0 {
		return st
	}
	p, ok := parseProvider(pos[0], stderr)
	if !ok {
		return exitUsage
	}
	c, ok := parseCode(pos[2], stderr)
	if !ok {
		return exitInvalid
	}
	v, err := p.ParseWire(pos[1], c)
	if err != nil {
		return wireFailure(stderr, "WIRE", err)
	}
	w, err := p.Wire(v, c, 0) // exact: v came from the wire
	if err != nil {
		return wireFailure(stderr, "WIRE", err)
	}
	return output(stdout, stderr, object{
		{"provider", p.Name()},
		{"currencyCode", c.String()},
		{"wire", wireValue(p, w, c)},
		{"minor", v},
	})
}
