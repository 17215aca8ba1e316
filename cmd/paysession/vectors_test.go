package main

import (
	"bytes"
	"testing"

	"github.com/paysession/paysession/internal/conformance"
)

// TestVectors runs every conformance vector of testdata/vectors through run,
// in process, with the command lines and checks of package conformance
// (which also runs them through the built binary).
func TestVectors(t *testing.T) {
	cases, err := conformance.Load("../../testdata/vectors")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.File+"/"+c.Name, func(t *testing.T) {
			args, err := conformance.CommandLine(c, t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			code := run(args, nil, &stdout, &stderr)
			if err := conformance.CheckCommand(c, code, stdout.Bytes(), stderr.String()); err != nil {
				t.Errorf("paysession %q: %v", args, err)
			}
		})
	}
}
