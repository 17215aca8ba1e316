package conformance

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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
			args := cliArgs(t, c, t.TempDir())
			cmd := exec.Command(bin, args...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			exit := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				exit = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if exit != c.Want.Exit {
				t.Fatalf("paysession %q: exit %d, want %d\nstdout: %s\nstderr: %s", args, exit, c.Want.Exit, stdout.String(), stderr.String())
			}
			checkOutcome(t, c, stdout.Bytes(), stderr.String())
		})
	}
}

// cliArgs returns the command line for a case, writing its documents to
// files in dir.
func cliArgs(t *testing.T, c Case, dir string) []string {
	t.Helper()
	write := func(name string, data json.RawMessage) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	o := c.Options
	var args []string
	switch c.Op {
	case "quote":
		args = []string{"quote"}
		if o.Response {
			args = append(args, "-response")
		}
		if o.Method != "" {
			args = append(args, "-method", o.Method)
		}
		if o.Network != "" {
			args = append(args, "-network", o.Network)
		}
		args = append(args, write("session.json", c.Input))
	case "validate":
		api := o.API
		if api == "" {
			api = "primer"
		}
		args = []string{"validate", "-api", api}
		if len(o.EnabledMethods) > 0 {
			args = append(args, "-enable", strings.Join(o.EnabledMethods, ","))
		}
		if o.TaxCalculation {
			args = append(args, "-tax")
		}
		args = append(args, write("session.json", c.Input))
	case "patch":
		args = []string{"patch"}
		if o.Response {
			args = append(args, "-response")
		}
		args = append(args, write("session.json", c.Input), write("patch.json", c.Patch))
	case "currency":
		args = []string{"currency", o.Code}
	case "minor":
		args = []string{"minor"}
		if o.Round != "" {
			args = append(args, "-round", o.Round)
		}
		args = append(args, "--", o.Amount, o.Code)
	case "major":
		args = []string{"major", "--", o.Minor.String(), o.Code}
	case "format":
		args = []string{"format"}
		if o.Locale != "" {
			args = append(args, "-locale", o.Locale)
		}
		args = append(args, "--", o.Minor.String(), o.Code)
	default:
		t.Fatalf("unknown op %q", c.Op)
	}
	return args
}

// checkOutcome checks the output and the reported problems of a command run
// whose exit status already matched.
func checkOutcome(t *testing.T, c Case, stdout []byte, stderr string) {
	t.Helper()
	if len(c.Want.Output) > 0 {
		if err := CompareOutput(c.Want.Output, stdout); err != nil {
			t.Errorf("output: %v\nstdout: %s", err, stdout)
		}
	}
	if len(c.Want.Errors) == 0 {
		return
	}
	if c.Op == "validate" {
		var out struct {
			Errors []struct{ Path, Code string } `json:"errors"`
		}
		if err := json.Unmarshal(stdout, &out); err != nil {
			t.Fatalf("validate output: %v\n%s", err, stdout)
		}
		var paths, codes []string
		for _, e := range out.Errors {
			paths = append(paths, e.Path)
			codes = append(codes, e.Code)
		}
		if err := CompareErrors(c.Want.Errors, paths, codes); err != nil {
			t.Error(err)
		}
		return
	}
	if err := CompareErrors(c.Want.Errors, StderrPaths(stderr), nil); err != nil {
		t.Errorf("%v\nstderr: %s", err, stderr)
	}
}
