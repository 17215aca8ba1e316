package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/paysession/paysession/currency"
)

// Exit statuses.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
)

const usage = `usage: paysession <command> [flags] [arguments]

commands:
  currency CODE                               ISO 4217 facts about a current currency code
  minor [-round MODE] AMOUNT CODE             decimal amount to minor units
  major MINOR CODE                            minor units to a decimal amount
  format [-locale TAG] [-display symbol|narrow|code] [-accounting] MINOR CODE
                                              minor units as displayed in a locale
  quote [-response] [-method TYPE] [-network NETWORK] [-provider PROVIDER] [FILE|-]
                                              the amount a session charges, line by line
  validate [-api primer|komoju] [-enable TYPE,...] [-tax] [FILE|-]
                                              a create request's errors and warnings
  patch [-response] SESSION PATCH             a session after a PATCH, GET-response shape
  wire [-round MODE] PROVIDER MINOR CODE      minor units as PROVIDER wants them on the wire
  unwire PROVIDER WIRE CODE                   a provider's wire amount back to minor units
  tax -rate RATE [-per line|order] [-round MODE] [-response] [-inclusive] [FILE|-]
                                              each line's taxAmount from a rate (or the tax inclusive prices hold)
  discount (-amount MINOR | -rate RATE) [-round MODE] [-response] [FILE|-]
                                              an order-level discount spread over the lines
  exchange -to CODE -rate RATE [-markup PERCENT] [-round MODE] [-response] [FILE|-]
                                              the session in another currency, amount by amount
  convert -to CODE -rate RATE [-markup PERCENT] [-round MODE] MINOR CODE
                                              minor units converted to another currency

Flags come before arguments; "--" ends the flags (paysession minor -- -0.5 USD).
Exit status: 0 success, 1 invalid input, 2 usage error.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line args (without the program name) and returns
// the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "currency":
		return runCurrency(rest, stdin, stdout, stderr)
	case "minor":
		return runMinor(rest, stdin, stdout, stderr)
	case "major":
		return runMajor(rest, stdin, stdout, stderr)
	case "format":
		return runFormat(rest, stdin, stdout, stderr)
	case "quote":
		return runQuote(rest, stdin, stdout, stderr)
	case "validate":
		return runValidate(rest, stdin, stdout, stderr)
	case "patch":
		return runPatch(rest, stdin, stdout, stderr)
	case "wire":
		return runWire(rest, stdin, stdout, stderr)
	case "unwire":
		return runUnwire(rest, stdin, stdout, stderr)
	case "tax":
		return runTax(rest, stdin, stdout, stderr)
	case "discount":
		return runDiscount(rest, stdin, stdout, stderr)
	case "exchange":
		return runExchange(rest, stdin, stdout, stderr)
	case "convert":
		return runConvert(rest, stdin, stdout, stderr)
	case "help", "-h", "-help", "--help":
		// Help is not a result: stdout carries only JSON, so
		// help goes to stderr, as each subcommand's -h does.
		fmt.Fprint(stderr, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "paysession: unknown command %q\n%s", cmd, usage)
	return exitUsage
}

// newFlagSet returns a flag set for a subcommand that reports errors and
// usage on stderr.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: paysession %s %s\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseArgs parses flags and checks the number of positional arguments.
// It returns the positional arguments, or an exit status other than -1.
func parseArgs(fs *flag.FlagSet, args []string, n int) ([]string, int) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, exitOK
		}
		return nil, exitUsage
	}
	if fs.NArg() != n {
		fmt.Fprintf(fs.Output(), "paysession %s: want %d arguments, got %d\n", fs.Name(), n, fs.NArg())
		fs.Usage()
		return nil, exitUsage
	}
	return fs.Args(), -1
}

// message returns err's text without the package prefix.
func message(err error) string {
	return strings.TrimPrefix(err.Error(), "currency: ")
}

// parseCode reads the CODE argument; on failure it writes the error line.
func parseCode(s string, stderr io.Writer) (currency.Code, bool) {
	c, err := currency.Parse(s)
	if err != nil {
		writeErrors(stderr, errorLine{"CODE", message(err)})
		return c, false
	}
	return c, true
}

// amountFailure writes a conversion error against the argument it concerns.
func amountFailure(stderr io.Writer, arg string, err error) int {
	if errors.Is(err, currency.ErrNoMinorUnit) {
		arg = "CODE"
	}
	writeErrors(stderr, errorLine{arg, message(err)})
	return exitInvalid
}

// parseMinor reads a MINOR argument: an optional '-' and decimal digits
// within int64.
func parseMinor(s string, stderr io.Writer) (int64, bool) {
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || strings.HasPrefix(s, "+") {
		msg := fmt.Sprintf("%q is not an integer number of minor units", s)
		if errors.Is(err, strconv.ErrRange) {
			msg = fmt.Sprintf("%q is out of range (int64)", s)
		}
		writeErrors(stderr, errorLine{"MINOR", msg})
		return 0, false
	}
	return v, true
}

func runCurrency(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("currency", "CODE", stderr)
	pos, st := parseArgs(fs, args, 1)
	if st >= 0 {
		return st
	}
	c, ok := parseCode(pos[0], stderr)
	if !ok {
		return exitInvalid
	}
	var minorUnits any // null for N.A.
	if d, ok := c.MinorUnits(); ok {
		minorUnits = d
	}
	return output(stdout, stderr, object{
		{"code", c.String()},
		{"numeric", c.Numeric()},
		{"name", c.Name()},
		{"minorUnits", minorUnits},
		{"fund", c.IsFund()},
	})
}

func runMinor(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("minor", "[-round MODE] AMOUNT CODE", stderr)
	round := fs.String("round", "", "rounding `MODE`: half-even, half-up, half-down, up, down, ceiling or floor (default: no rounding)")
	pos, st := parseArgs(fs, args, 2)
	if st >= 0 {
		return st
	}
	mode, ok := parseOptionalMode(*round, stderr)
	if !ok {
		return exitUsage
	}
	c, ok := parseCode(pos[1], stderr)
	if !ok {
		return exitInvalid
	}
	v, err := currency.ToMinor(pos[0], c, mode)
	if err != nil {
		return amountFailure(stderr, "AMOUNT", err)
	}
	return output(stdout, stderr, object{{"minor", v}})
}

func runMajor(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("major", "MINOR CODE", stderr)
	pos, st := parseArgs(fs, args, 2)
	if st >= 0 {
		return st
	}
	v, c, ok := parseMinorAndCode(pos, stderr)
	if !ok {
		return exitInvalid
	}
	s, err := currency.ToMajor(v, c)
	if err != nil {
		return amountFailure(stderr, "MINOR", err)
	}
	return output(stdout, stderr, object{{"major", s}})
}

// parseMinorAndCode reads the MINOR CODE arguments of major and format; on
// failure it writes the error line.
func parseMinorAndCode(pos []string, stderr io.Writer) (int64, currency.Code, bool) {
	v, ok := parseMinor(pos[0], stderr)
	if !ok {
		return 0, currency.Code{}, false
	}
	c, ok := parseCode(pos[1], stderr)
	return v, c, ok
}

// output writes v as the command's JSON result.
func output(stdout, stderr io.Writer, v any) int {
	if err := writeJSON(stdout, v); err != nil {
		writeErrors(stderr, errorLine{"$", err.Error()})
		return exitInvalid
	}
	return exitOK
}
