package main

import (
	"fmt"
	"io"

	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/validation"
)

// runPatch implements "paysession patch [-response] SESSION PATCH".
//
// SESSION is read as quote reads it: a Primer create request, or, with
// -response or when the document has a clientToken member, a create, GET or
// PATCH response (whose amount is the effective amount). PATCH is a
// PATCH request body; its clientToken is accepted and ignored. Either
// argument, but not both, may be "-" for standard input.
//
// The patched session is printed in the GET-response shape
// (session.Session.AppendResponseJSON: amount is the effective amount, empty
// values left out, keys in the encoder's fixed order), indented by two
// spaces. The PATCH body's fields and the patched session are validated
// first (validation.ApplyPatchJSON, Primer profile). Problems in SESSION (its
// decoding), else in PATCH and the patched session, are printed as
// "PATH: message" lines, all of them, with exit status 1. Wrong arguments, and a file that
// cannot be read (reported against its argument name, SESSION or PATCH),
// exit with status 2.
func runPatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("patch", "[-response] SESSION PATCH", stderr)
	response := fs.Bool("response", false, "read SESSION as a Primer response (create, GET or PATCH); implied when it has a clientToken")
	pos, st := parseArgs(fs, args, 2)
	if st >= 0 {
		return st
	}
	if pos[0] == "-" && pos[1] == "-" {
		fmt.Fprintln(stderr, "paysession patch: only one of SESSION and PATCH can be read from standard input (-)")
		fs.Usage()
		return exitUsage
	}
	sessionJSON, ok := readInput("SESSION", pos[0], stdin, stderr)
	if !ok {
		return exitUsage
	}
	patchJSON, ok := readInput("PATCH", pos[1], stdin, stderr)
	if !ok {
		return exitUsage
	}

	s, sessErr := decodeSession(sessionJSON, *response)
	if sessErr != nil {
		writeErrors(stderr, errorLines(sessErr)...)
		if _, patchErr := session.DecodePatch(patchJSON); patchErr != nil {
			writeErrors(stderr, errorLines(patchErr)...)
		}
		return exitInvalid
	}
	// The PATCH body's fields and the patched session are validated as
	// validate would (Primer profile): nothing Primer answers with 422 is
	// printed as a result.
	patched, err := validation.ApplyPatchJSON(s, patchJSON)
	if err != nil {
		writeErrors(stderr, errorLines(err)...)
		return exitInvalid
	}

	return writeIndented(stdout, stderr, patched.AppendResponseJSON(nil))
}
