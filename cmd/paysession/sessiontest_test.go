package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/session/sessiontest"
)

func runStdin(stdin []byte, args ...string) (int, []byte, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, bytes.NewReader(stdin), &stdout, &stderr)
	return code, stdout.Bytes(), stderr.String()
}

// The command agrees with the library on the realistic sessions and invalid
// variants of session/sessiontest.
func TestCommandSessiontestProperties(t *testing.T) {
	params := gopter.DefaultTestParameters()
	params.MinSuccessfulTests = 200
	p := gopter.NewProperties(params)
	p.Property("quote prints the library's amount for every realistic request", prop.ForAll(
		func(data []byte) bool {
			st, out, _ := runStdin(data, "quote")
			var q struct{ Amount *int64 }
			if st != exitOK || json.Unmarshal(out, &q) != nil {
				return false
			}
			want, ok, err := sessiontest.ReferenceAmount(data)
			return err == nil && (q.Amount != nil) == ok && (!ok || *q.Amount == want)
		}, sessiontest.RequestJSON()))
	p.Property("validate accepts every realistic request", prop.ForAll(
		func(data []byte) bool {
			st, _, _ := runStdin(data, "validate")
			return st == exitOK
		}, sessiontest.RequestJSON()))
	p.Property("validate refuses an invalid variant with its one error, PATH: message on stderr", prop.ForAll(
		func(c sessiontest.InvalidCase) bool {
			st, _, errs := runStdin(c.JSON, "validate")
			lines := strings.Split(strings.TrimSpace(errs), "\n")
			return st == exitInvalid && len(lines) == 1 && strings.HasPrefix(lines[0], c.Path+": ")
		}, sessiontest.Invalid()))
	dir := t.TempDir()
	p.Property("patch prints the session Apply gives, for every realistic session and PATCH body", prop.ForAll(
		func(s session.Session, body []byte) bool {
			file := filepath.Join(dir, "session.json")
			if os.WriteFile(file, s.AppendRequestJSON(nil), 0o600) != nil {
				return false
			}
			st, out, _ := runStdin(body, "patch", file, "-")
			patch, err := session.DecodePatch(body)
			var compact bytes.Buffer
			return st == exitOK && err == nil && json.Compact(&compact, out) == nil &&
				bytes.Equal(compact.Bytes(), s.Apply(patch).AppendResponseJSON(nil))
		}, sessiontest.Session(), sessiontest.PatchJSON()))
	p.TestingRun(t)
}
