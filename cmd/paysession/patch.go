package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/paysession/paysession/session"
)

// runPatch implements "paysession patch [-response] SESSION PATCH" (SPEC §8).
//
// SESSION is read as quote reads it: a Primer create request, or, with
// -response or when the document has a clientToken member, a create, GET or
// PATCH response (whose amount is the effective amount, SPEC §2). PATCH is a
// PATCH request body; its clientToken is accepted and ignored. Either
// argument, but not both, may be "-" for standard input.
//
// The patched session is printed in the GET-response shape
// (session.Session.AppendResponseJSON: amount is the effective amount, empty
// values left out, keys in the encoder's fixed order), indented by two
// spaces. Problems in SESSION and then in PATCH are printed as "PATH: message"
// lines, all of them, with exit status 1; a file that cannot be read is
// reported against its argument name (SESSION, PATCH), also with status 1.
// Wrong arguments exit with status 2.
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
	sessionJSON, ok := patchReadArg("SESSION", pos[0], stdin, stderr)
	if !ok {
		return exitInvalid
	}
	patchJSON, ok := patchReadArg("PATCH", pos[1], stdin, stderr)
	if !ok {
		return exitInvalid
	}

	var s session.Session
	var sessErr error
	if *response || patchHasClientToken(sessionJSON) {
		var resp session.Response
		resp, sessErr = session.DecodeResponse(sessionJSON)
		s = resp.Session
	} else {
		s, sessErr = session.DecodeRequest(sessionJSON)
	}
	p, patchErr := session.DecodePatch(patchJSON)
	if sessErr != nil || patchErr != nil {
		writeErrors(stderr, patchErrorLines(sessErr)...)
		writeErrors(stderr, patchErrorLines(patchErr)...)
		return exitInvalid
	}

	compact := s.Apply(p).AppendResponseJSON(nil)
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

// patchReadArg reads the file named by a positional argument, or standard
// input for "-". It reads at most one byte more than session.MaxInputBytes,
// so that an oversized input costs bounded memory and the decoder reports it.
// On failure it writes the error against the argument's name.
func patchReadArg(name, path string, stdin io.Reader, stderr io.Writer) ([]byte, bool) {
	var r io.Reader
	if path == "-" {
		r = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			writeErrors(stderr, errorLine{name, err.Error()})
			return nil, false
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, session.MaxInputBytes+1))
	if err != nil {
		writeErrors(stderr, errorLine{name, err.Error()})
		return nil, false
	}
	return data, true
}

// patchHasClientToken reports whether the document is a JSON object with a
// clientToken member (exact name), which makes it a create response. A
// document that is not a JSON object is not; the request decoder then says
// what is wrong with it.
func patchHasClientToken(data []byte) bool {
	var top map[string]json.RawMessage
	if json.Unmarshal(data, &top) != nil {
		return false
	}
	_, ok := top["clientToken"]
	return ok
}

// patchErrorLines turns a decoder's error into "PATH: message" lines.
func patchErrorLines(err error) []errorLine {
	if err == nil {
		return nil
	}
	var list session.ErrorList
	if errors.As(err, &list) {
		lines := make([]errorLine, len(list))
		for i, e := range list {
			lines[i] = errorLine{e.Path, e.Message}
		}
		return lines
	}
	return []errorLine{{"$", err.Error()}}
}
