package main

import (
	"bytes"
	"encoding/json"
	"strconv"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/currency"
)

// codesWithMinorUnits are the current codes that have an ISO minor unit.
func codesWithMinorUnits() []string {
	var codes []string
	for _, c := range currency.Codes() {
		if _, ok := c.MinorUnits(); ok {
			codes = append(codes, c.String())
		}
	}
	return codes
}

func runArgs(args ...string) (int, []byte, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, bytes.NewReader(nil), &stdout, &stderr)
	return code, stdout.Bytes(), stderr.String()
}

func TestCommandProperties(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 300
	p := gopter.NewProperties(params)

	codes := codesWithMinorUnits()
	p.Property("major then minor gives the minor amount back", prop.ForAll(
		func(minor int64, code string) bool {
			st, out, _ := runArgs("major", "--", strconv.FormatInt(minor, 10), code)
			var major struct{ Major string }
			if st != exitOK || json.Unmarshal(out, &major) != nil {
				return false
			}
			st, out, _ = runArgs("minor", "--", major.Major, code)
			var back struct{ Minor json.Number }
			return st == exitOK && json.Unmarshal(out, &back) == nil && back.Minor.String() == strconv.FormatInt(minor, 10)
		},
		gen.Int64(), gen.OneConstOf(anySlice(codes)...),
	))

	providers := []string{"iso", "primer", "komoju", "stripe", "adyen", "checkout", "paypal"}
	p.Property("wire then unwire gives the minor amount back", prop.ForAll(
		func(prov string, minor int64, code string) bool {
			st, out, _ := runArgs("wire", "--", prov, strconv.FormatInt(minor, 10), code)
			if st == exitInvalid {
				return len(out) == 0
			}
			var w struct{ Wire json.RawMessage }
			if st != exitOK || json.Unmarshal(out, &w) != nil {
				return false
			}
			text := string(w.Wire)
			if s, err := strconv.Unquote(text); err == nil {
				text = s
			}
			st, out, _ = runArgs("unwire", "--", prov, text, code)
			var back struct{ Minor json.Number }
			return st == exitOK && json.Unmarshal(out, &back) == nil && back.Minor.String() == strconv.FormatInt(minor, 10)
		},
		gen.OneConstOf(anySlice(providers)...), gen.OneGenOf(gen.Int64Range(-1000, 100000), gen.Int64()), gen.OneConstOf(anySlice(codes)...),
	))

	// Tokens from which random command lines are drawn: subcommands, flags,
	// values good and bad.
	tokens := []string{"currency", "minor", "major", "format", "quote", "validate", "patch", "help", "wire", "unwire",
		"stripe", "paypal", "adyen", "-provider", "500", "ISK", "10.50",
		"--", "-", "-round", "half-up", "ceiling", "nearest", "-locale", "de-DE", "xx-??", "-api", "komoju", "primer",
		"-response", "-method", "PAYMENT_CARD", "-network", "VISA", "-enable", "KLARNA", "-tax", "-h", "-bogus",
		"USD", "JPY", "KWD", "XAU", "HRK", "usd", "49.99", "-0.5", "1e3", "0.125", "9223372036854775807", "x"}
	p.Property("any command line exits 0, 1 or 2 with JSON on stdout only on success", prop.ForAll(
		func(args []string) bool {
			st, out, errs := runArgs(args...)
			switch st {
			case exitOK:
				if len(out) == 0 {
					return errs != "" // help goes to stderr
				}
				return json.Valid(out)
			case exitInvalid, exitUsage:
				return errs != ""
			}
			return false
		},
		gen.SliceOfN(4, gen.OneConstOf(anySlice(tokens)...)),
	))
	p.TestingRun(t)
}

func anySlice(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}
