package conformance

import (
	"bytes"
	"errors"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestVectorsBinary runs every conformance vector through the paysession
// command, built from this checkout, exactly as a script would call it.
func TestVectorsBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	cases, err := Load("../../testdata/vectors")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "paysession")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/paysession")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, c := range cases {
		t.Run(c.File+"/"+c.Name, func(t *testing.T) {
			args, err := CommandLine(c, t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(bin, args...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err = cmd.Run()
			exit := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				exit = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if err := CheckCommand(c, exit, stdout.Bytes(), stderr.String()); err != nil {
				t.Errorf("paysession %q: %v", args, err)
			}
		})
	}
}
