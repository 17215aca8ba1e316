package main

import (
	"errors"
	"io"
	"strings"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/provider"
)

// runWire implements
//
//	paysession wire [-round MODE] PROVIDER MINOR CODE
//
// It converts MINOR, in ISO 4217 minor units of CODE, to the amount PROVIDER
// wants on the wire and prints {"provider", "currencyCode", "minor", "wire"}:
// "wire" is a JSON number for providers that take integer minor units and a
// JSON string for those that take a decimal string (PayPal). Without -round
// an amount that needs rounding is an error; every refusal (the currency is
// not accepted, granularity, decimals, digit limit, negative) exits 1 with a
// "MINOR: message" or "CODE: message" line that names the rule. An unknown
// PROVIDER or MODE is a usage error (exit 2).
func runWire(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("wire", "[-round MODE] PROVIDER MINOR CODE", stderr)
	round := fs.String("round", "", "rounding `MODE` for an amount the provider cannot take exactly: half-even, half-up, half-down, up, down, ceiling or floor (default: no rounding)")
	pos, st := parseArgs(fs, args, 3)
	if st >= 0 {
		return st
	}
	mode, ok := parseOptionalMode(*round, stderr)
	if !ok {
		return exitUsage
	}
	p, ok := parseProvider(pos[0], stderr)
	if !ok {
		return exitUsage
	}
	v, c, ok := parseMinorAndCode(pos[1:], stderr)
	if !ok {
		return exitInvalid
	}
	w, err := p.Wire(v, c, mode)
	if err != nil {
		return wireFailure(stderr, "MINOR", err)
	}
	return output(stdout, stderr, object{
		{"provider", p.Name()},
		{"currencyCode", c.String()},
		{"minor", v},
		{"wire", wireValue(p, w, c)},
	})
}

// parseProvider reads the PROVIDER argument; on failure it writes the error
// line.
func parseProvider(s string, stderr io.Writer) (provider.Profile, bool) {
	p, ok := provider.Lookup(s)
	if !ok {
		writeErrors(stderr, errorLine{"PROVIDER", "unknown provider " + quoteArg(s) + " (want " + strings.Join(provider.Names(), ", ") + ")"})
	}
	return p, ok
}

// quoteArg quotes a command-line argument for a message, clipped.
func quoteArg(s string) string {
	if len(s) > 64 {
		s = s[:64]
	}
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}

// wireValue is the JSON value of a wire integer: a number, or for a
// decimal-string provider the string.
func wireValue(p provider.Profile, w int64, c currency.Code) any {
	if p.Rule(c).Form() == provider.Decimal {
		s, _ := p.FormatWire(w, c) // c is accepted: w came from Wire or Unwire
		return s
	}
	return w
}

// wireFailure writes a conversion refusal against the argument it concerns:
// CODE for a currency the provider does not take, arg otherwise.
func wireFailure(stderr io.Writer, arg string, err error) int {
	if errors.Is(err, provider.CodeNotAccepted) || errors.Is(err, provider.CodeNoMinorUnit) {
		arg = "CODE"
	}
	writeErrors(stderr, errorLine{arg, err.Error()})
	return exitInvalid
}
