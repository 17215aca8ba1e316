package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/validation"
	"github.com/paysession/paysession/warnings"
)

// runValidate implements
//
//	paysession validate [-api primer|komoju] [-enable TYPE,...] [-tax] [FILE|-]
//
// (the command-line contract): it reads a create request (a Primer client session, or with
// -api komoju a KOMOJU session request) from FILE, or from stdin when FILE is
// "-" or missing, and prints
//
//	{"valid": bool, "errors": [{"path", "code", "message"}], "warnings": [...]}
//
// The errors are the decoding problems and rule violations of package
// validation, in its order (by path); the warnings are Primer's of package
// warnings, computed with no payment method enabled and tax calculation off
// (always [] for KOMOJU, which has none). Those two inputs live in the
// merchant's dashboard, not in the session; -enable (a comma-separated list of
// payment method types) and -tax supply them, and leaving both out gives
// exactly the documented validate output. Exit status 1 when the session is
// invalid, with each error also written on stderr as "PATH: message"; 2 on a
// usage error or an unreadable FILE.
func runValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("validate", "[-api primer|komoju] [-enable TYPE,...] [-tax] [FILE|-]", stderr)
	api := fs.String("api", "primer", "the request's `API`: primer (a Primer client session) or komoju (a KOMOJU session request)")
	enable := fs.String("enable", "", "comma-separated payment method `TYPES` enabled for the merchant (APPLE_PAY,KLARNA,…), for the warnings")
	tax := fs.Bool("tax", false, "tax calculation is on, for the warnings")
	name, st := parseFileArgs(fs, args)
	if st >= 0 {
		return st
	}
	if *api != "primer" && *api != "komoju" {
		writeErrors(stderr, errorLine{"-api", fmt.Sprintf("%q is not an API: want primer or komoju", *api)})
		fs.Usage()
		return exitUsage
	}
	data, ok := readInput("FILE", name, stdin, stderr)
	if !ok {
		return exitUsage
	}

	var verr error
	ws := []warnings.Warning{}
	if *api == "komoju" {
		_, verr = validation.KomojuJSON(data)
	} else {
		var s session.Session
		s, verr = validation.PrimerJSON(data)
		if verr != nil {
			// The warnings of an invalid request are those of the fields
			// that decoded.
			s, _ = session.DecodeRequestBestEffort(data)
		}
		opts := warnings.Options{TaxCalculation: *tax}
		if *enable != "" {
			opts.EnabledMethods = strings.Split(*enable, ",")
		}
		if w := warnings.Check(s, opts); w != nil {
			ws = w
		}
	}
	var list fielderr.List
	errors.As(verr, &list)
	errs := make([]object, 0, len(list))
	for _, e := range list {
		errs = append(errs, object{{"path", e.Path}, {"code", string(e.Code)}, {"message", e.Message}})
	}
	if st := output(stdout, stderr, object{{"valid", len(list) == 0}, {"errors", errs}, {"warnings", ws}}); st != exitOK {
		return st
	}
	if len(list) > 0 {
		writeErrors(stderr, errorLines(verr)...)
		return exitInvalid
	}
	return exitOK
}
