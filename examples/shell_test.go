package examples_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// snippet is one command line of a README's sh block, with the comment
// above it, which says what it prints.
type snippet struct {
	file, comment, stdin string
	line                 int
	args                 []string
}

// shellSnippets returns the `go run ./cmd/paysession …` lines of the sh
// blocks of a Markdown file. A line may read its standard input from
// `echo '…' |`.
func shellSnippets(t *testing.T, file string) []snippet {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []snippet
	var comment []string
	inSh := false
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "```"):
			inSh, comment = line == "```sh", nil
		case !inSh:
		case strings.HasPrefix(line, "#"):
			comment = append(comment, strings.TrimSpace(strings.TrimPrefix(line, "#")))
		case strings.Contains(line, "go run ./cmd/paysession"):
			s := snippet{file: file, line: n, comment: strings.Join(comment, " ")}
			cmd := line
			if strings.HasPrefix(line, "echo '") {
				end := strings.Index(line[6:], "'")
				s.stdin = line[6 : 6+end]
				cmd = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line[6+end+1:]), "|"))
			}
			s.args = strings.Fields(strings.TrimPrefix(cmd, "go run ./cmd/paysession"))
			out = append(out, s)
			comment = nil
		default:
			comment = nil
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

var (
	amountRE = regexp.MustCompile(`amount (?:is )?(-?\d+)\D*$`)
	objectRE = regexp.MustCompile(`(\{.*\})\s*$`)
)

// The command lines of README.md and examples/README.md print what their
// comments say: the exit status (1 where the comment says "exit 1"), the
// printed amount ("amount 670", "the printed amount is 670") and a printed
// JSON object's members ({"minor": -50}).
func TestREADMEShellSnippets(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "paysession")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/paysession").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	snippets := append(shellSnippets(t, "../README.md"), shellSnippets(t, "README.md")...)
	if len(snippets) < 10 {
		t.Fatalf("found only %d command lines", len(snippets))
	}
	patches := 0
	for _, s := range snippets {
		cmd := exec.Command(bin, s.args...)
		cmd.Dir = ".."
		cmd.Stdin = strings.NewReader(s.stdin)
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
		where := s.file + ":" + strconv.Itoa(s.line) + " " + strings.Join(s.args, " ")
		wantExit := 0
		if strings.Contains(s.comment, "exit 1") {
			wantExit = 1
		}
		if exit != wantExit {
			t.Errorf("%s: exit %d, want %d\n%s", where, exit, wantExit, stderr.String())
			continue
		}
		if exit != 0 {
			if stderr.Len() == 0 || stdout.Len() != 0 && s.args[0] != "validate" {
				t.Errorf("%s: exit 1 with stdout %q, stderr %q", where, stdout.String(), stderr.String())
			}
			continue
		}
		var got map[string]any
		if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
			t.Errorf("%s: output is not a JSON object: %v", where, err)
			continue
		}
		if m := amountRE.FindStringSubmatch(s.comment); m != nil {
			want := m[1]
			if a, ok := got["amount"].(float64); !ok || strconv.Itoa(int(a)) != want {
				t.Errorf("%s: printed amount %v, the comment says %s", where, got["amount"], want)
			}
			if s.args[0] == "patch" {
				patches++
			}
		}
		if m := objectRE.FindStringSubmatch(s.comment); m != nil {
			var want map[string]any
			if err := json.Unmarshal([]byte(m[1]), &want); err != nil {
				t.Fatalf("%s: comment's object: %v", where, err)
			}
			for k, v := range want {
				if !reflect.DeepEqual(got[k], v) {
					t.Errorf("%s: %s is %v, the comment says %v", where, k, got[k], v)
				}
			}
		}
	}
	if patches < 3 {
		t.Errorf("found %d patch examples with an amount, want the three of the READMEs", patches)
	}
}
