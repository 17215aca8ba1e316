package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/paysession/paysession/internal/limits"
)

// object is a JSON object whose keys are written in the order given, which
// encoding/json's maps cannot do. The CLI contract fixes the key
// order of every output, so every subcommand builds its output from object,
// field and ordinary JSON values (strings, numbers, bools, nil, slices, and
// nested objects) and prints it with writeJSON.
//
//	writeJSON(stdout, object{{"minor", 4999}})
type object []field

// field is one key and value of an object.
type field struct {
	Key   string
	Value any
}

// MarshalJSON writes the fields in order; values are encoded by
// encoding/json (so nested objects keep their order too).
func (o object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		if err := encode(&b, f.Key); err != nil {
			return nil, err
		}
		b.WriteByte(':')
		if err := encode(&b, f.Value); err != nil {
			return nil, fmt.Errorf("%s: %w", f.Key, err)
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// encode appends the JSON encoding of v to b without HTML escaping.
func encode(b *bytes.Buffer, v any) error {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Truncate(b.Len() - 1) // Encode's newline
	return nil
}

// writeJSON writes v as JSON with a 2-space indent and a final newline,
// without HTML escaping (so "<" and "&" stay readable).
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// errorLine is one line of error output: PATH is a JSONPath ("$.amount") or,
// for command-line arguments, the argument's name ("AMOUNT").
type errorLine struct {
	Path    string
	Message string
}

// writeErrors writes each error as a "PATH: message" line, the message cut
// to at most 200 bytes at a UTF-8 boundary (limits.Message), as every
// message of the library is: an argument echoed in a message cannot make a
// line of any length.
func writeErrors(w io.Writer, errs ...errorLine) {
	for _, e := range errs {
		fmt.Fprintf(w, "%s: %s\n", e.Path, limits.Message(e.Message))
	}
}
