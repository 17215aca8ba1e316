package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/validation"
)

// parseFileArgs parses flags and the optional FILE argument of quote and
// validate: the file's path, or "-" (standard input) when it is left out. It
// returns the path, or an exit status other than -1.
func parseFileArgs(fs *flag.FlagSet, args []string) (string, int) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return "", exitOK
		}
		return "", exitUsage
	}
	switch fs.NArg() {
	case 0:
		return "-", -1
	case 1:
		return fs.Arg(0), -1
	}
	fmt.Fprintf(fs.Output(), "paysession %s: want at most 1 argument, got %d\n", fs.Name(), fs.NArg())
	fs.Usage()
	return "", exitUsage
}

// responseFlag declares -response, which quote and the rate commands share:
// read FILE as a Primer response rather than a create request.
func responseFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("response", false, "read a Primer response (create, GET or PATCH); implied when the document has a clientToken")
}

// readInput reads the document a positional argument names: the file at
// path, or stdin for "-". It reads at most one byte more than
// session.MaxInputBytes, so that an oversized input costs bounded memory and
// the decoder still reports it as too large. A file that cannot be read is
// reported against the argument's name (FILE, SESSION, PATCH) and is a usage
// error: ok is false and the caller exits with status 2.
func readInput(arg, path string, stdin io.Reader, stderr io.Writer) (data []byte, ok bool) {
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			writeErrors(stderr, errorLine{arg, err.Error()})
			return nil, false
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, session.MaxInputBytes+1))
	if err != nil {
		writeErrors(stderr, errorLine{arg, err.Error()})
		return nil, false
	}
	return data, true
}

// decodeSession reads a Primer client session as quote and patch do: a
// response when asResponse is set, else a create request or, when the
// document has a top-level clientToken, a response
// (session.DecodeRequestOrResponse).
func decodeSession(data []byte, asResponse bool) (session.Session, error) {
	var r session.Response
	var err error
	if asResponse {
		r, err = session.DecodeResponse(data)
	} else {
		r, err = session.DecodeRequestOrResponse(data)
	}
	return r.Session, err
}

// errorLines turns an error of the decoders, of pricing or of validation into
// "PATH: message" lines, one per problem; nil gives none.
func errorLines(err error) []errorLine {
	if err == nil {
		return nil
	}
	var l fielderr.List
	if !errors.As(err, &l) {
		return []errorLine{{"$", err.Error()}}
	}
	lines := make([]errorLine, len(l))
	for i, e := range l {
		lines[i] = errorLine{e.Path, e.Message}
	}
	return lines
}

// validSession reads a Primer client session as decodeSession does and
// validates it by the Primer profile, as quote does before it prices: no
// command prints a result for input that validate would refuse. The error
// lists the decoding problems and the rule violations together, sorted by
// path; the session is then the zero Session.
func validSession(data []byte, asResponse bool) (session.Session, error) {
	if !asResponse {
		s, err := validation.PrimerJSON(data)
		if err == nil || !unknownClientToken(err) {
			return s, err
		}
	}
	r, err := validation.PrimerResponseJSON(data)
	return r.Session, err
}

// unknownClientToken reports whether err names $.clientToken as an unknown
// field: the document is a response (only responses carry a clientToken).
func unknownClientToken(err error) bool {
	var l fielderr.List
	if !errors.As(err, &l) {
		return false
	}
	for _, e := range l {
		if e.Path == "$.clientToken" && e.Code == fielderr.CodeUnknownField {
			return true
		}
	}
	return false
}
