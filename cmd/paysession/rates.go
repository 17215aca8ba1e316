package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/rate"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/validation"
)

// What tax, discount, exchange and convert share: reading a RATE or PERCENT
// flag, the -round MODE flag (default half-even), and the session they read
// and print.

// parseRate reads a RATE flag's value (rate.Parse); on failure it writes the
// error line against the flag.
func parseRate(flagName, s string, stderr io.Writer) (rate.Rate, bool) {
	r, err := rate.Parse(s)
	if err != nil {
		writeErrors(stderr, errorLine{flagName, strings.TrimPrefix(err.Error(), "rate: ")})
		return rate.Rate{}, false
	}
	return r, true
}

// parseMarkup reads -markup PERCENT: a number of percent ("2" or "2%" is
// 2 %), and returns the rate r × (1 + PERCENT / 100). Empty means no markup.
func parseMarkup(r rate.Rate, s string, stderr io.Writer) (rate.Rate, bool) {
	if s == "" {
		return r, true
	}
	m, ok := parseRate("-markup", strings.TrimSuffix(s, "%")+"%", stderr)
	if !ok {
		return rate.Rate{}, false
	}
	eff, err := r.WithMarkup(m)
	if err != nil {
		writeErrors(stderr, errorLine{"-markup", "the rate with the markup has too many digits (at most 18 significant digits and 18 decimal places)"})
		return rate.Rate{}, false
	}
	return eff, true
}

// roundFlag declares -round MODE with the default of the rate commands.
func roundFlag(fs *flag.FlagSet) *string {
	return fs.String("round", "half-even", "rounding `MODE`: half-even, half-up, half-down, up, down, ceiling, floor or exact (no rounding: an inexact result is an error)")
}

// parseMode reads -round's value; a bad name is a usage error (ok false).
func parseMode(fs *flag.FlagSet, s string, stderr io.Writer) (currency.RoundingMode, bool) {
	m, ok := readMode(s, stderr)
	if !ok {
		fs.Usage()
	}
	return m, ok
}

// parseOptionalMode reads the -round of minor and wire, whose default ""
// is exact (no rounding); a bad name writes the error line (ok false).
func parseOptionalMode(s string, stderr io.Writer) (currency.RoundingMode, bool) {
	if s == "" {
		return currency.Exact, true
	}
	return readMode(s, stderr)
}

// readMode reads a -round MODE (currency.ParseRoundingMode); on failure it
// writes the error line against -round.
func readMode(s string, stderr io.Writer) (currency.RoundingMode, bool) {
	m, err := currency.ParseRoundingMode(s)
	if err != nil {
		writeErrors(stderr, errorLine{"-round", message(err)})
		return 0, false
	}
	return m, true
}

// conversionFlags are the flags exchange and convert share: -to CODE,
// -rate RATE, -markup PERCENT and -round MODE.
type conversionFlags struct {
	fs                      *flag.FlagSet
	to, rate, markup, round *string
}

// newConversionFlags declares the conversion flags on fs; rateUsage
// describes -rate.
func newConversionFlags(fs *flag.FlagSet, rateUsage string) conversionFlags {
	return conversionFlags{
		fs:     fs,
		to:     fs.String("to", "", "the target currency `CODE`"),
		rate:   fs.String("rate", "", rateUsage),
		markup: fs.String("markup", "", "a markup of `PERCENT` % on the rate (2.5)"),
		round:  roundFlag(fs),
	}
}

// mode checks that -to and -rate are given and reads -round; false is a
// usage error (exit 2), its lines written.
func (f conversionFlags) mode(stderr io.Writer) (currency.RoundingMode, bool) {
	if !requireFlag(f.fs, "to", *f.to, stderr) || !requireFlag(f.fs, "rate", *f.rate, stderr) {
		return 0, false
	}
	return parseMode(f.fs, *f.round, stderr)
}

// target reads -to, and -rate with -markup applied; false is an invalid
// argument (exit 1), its line written.
func (f conversionFlags) target(stderr io.Writer) (currency.Code, rate.Rate, bool) {
	code, ok := parseCodeArg("-to", *f.to, stderr)
	if !ok {
		return code, rate.Rate{}, false
	}
	r, ok := parseRate("-rate", *f.rate, stderr)
	if !ok {
		return code, r, false
	}
	r, ok = parseMarkup(r, *f.markup, stderr)
	return code, r, ok
}

// requireFlag reports a missing required flag as a usage error.
func requireFlag(fs *flag.FlagSet, name, value string, stderr io.Writer) bool {
	if value == "" {
		writeErrors(stderr, errorLine{"-" + name, "required"})
		fs.Usage()
		return false
	}
	return true
}

// readValidSession reads FILE (or standard input) as quote does — a create
// request, or with -response or a clientToken a response — and applies
// validate's rules (Primer profile), so that no result is printed for a
// session validate would refuse. It returns the session, or the exit status
// (1 with every problem on stderr, 2 for an unreadable file).
func readValidSession(name string, response bool, stdin io.Reader, stderr io.Writer) (session.Session, int) {
	data, ok := readInput("FILE", name, stdin, stderr)
	if !ok {
		return session.Session{}, exitUsage
	}
	s, err := validSession(data, response)
	if err != nil {
		writeErrors(stderr, errorLines(err)...)
		return session.Session{}, exitInvalid
	}
	return s, -1
}

// requestJSON returns s in the create-request shape, compact.
func requestJSON(s session.Session) json.RawMessage { return s.AppendRequestJSON(nil) }

// writeSession prints s in the create-request shape, indented by two spaces.
func writeSession(stdout, stderr io.Writer, s session.Session) int {
	return writeIndented(stdout, stderr, requestJSON(s))
}

// writeIndented prints compact JSON the encoder wrote, indented by two
// spaces with a final newline (writeSession, patch).
func writeIndented(stdout, stderr io.Writer, compact []byte) int {
	var out bytes.Buffer
	if err := json.Indent(&out, compact, "", "  "); err != nil {
		writeErrors(stderr, errorLine{"$", "internal error: the encoder wrote invalid JSON: " + err.Error()})
		return exitInvalid
	}
	out.WriteByte('\n')
	if _, err := stdout.Write(out.Bytes()); err != nil {
		return exitInvalid
	}
	return exitOK
}

// validResult checks a session a rate command computed by validate's rules
// (Primer profile), so that no command prints a session Primer would
// refuse (a currency outside Primer's list, after exchange); on failure it
// writes the problems and returns false.
func validResult(s session.Session, stderr io.Writer) bool {
	if err := validation.Primer(s); err != nil {
		writeErrors(stderr, errorLines(err)...)
		return false
	}
	return true
}

// rateFailure writes the problems of an adjust operation and returns 1.
func rateFailure(stderr io.Writer, err error) int {
	writeErrors(stderr, errorLines(err)...)
	return exitInvalid
}

// orNull returns v, or nil (JSON null) when ok is false.
func orNull(v int64, ok bool) any {
	if !ok {
		return nil
	}
	return v
}

// parseMinorArg reads a flag's MINOR value, as parseMinor reads the MINOR
// argument, reporting against the flag.
func parseMinorArg(flagName, s string, stderr io.Writer) (int64, bool) {
	var buf bytes.Buffer
	v, ok := parseMinor(s, &buf)
	if !ok {
		fmt.Fprint(stderr, flagName+strings.TrimPrefix(buf.String(), "MINOR"))
	}
	return v, ok
}

// parseCodeArg reads a flag's currency CODE, reporting against the flag.
func parseCodeArg(flagName, s string, stderr io.Writer) (currency.Code, bool) {
	c, err := currency.Parse(s)
	if err != nil {
		writeErrors(stderr, errorLine{flagName, message(err)})
		return c, false
	}
	if _, ok := c.MinorUnits(); !ok {
		writeErrors(stderr, errorLine{flagName, quoteArg(s) + ": a currency without minor unit cannot hold an amount"})
		return c, false
	}
	return c, true
}
