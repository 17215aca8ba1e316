package piitest

import (
	"encoding/json"
	"log/slog"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 8, 300} {
		s := String(r, n)
		if utf8.RuneCountInString(s) != n {
			t.Errorf("String(%d) has %d characters", n, utf8.RuneCountInString(s))
		}
		q, _ := json.Marshal(s)
		if string(q) != `"`+s+`"` {
			t.Errorf("String(%d) = %q needs escaping in JSON", n, s)
		}
	}
}

type secret struct{ v string }

func (s secret) String() string       { return "secret(" + s.v + ")" }
func (s secret) LogValue() slog.Value { return slog.StringValue("L" + s.v) }

func TestLogged(t *testing.T) {
	out := Logged(secret{"xyz"})
	if len(out) != 5 {
		t.Fatalf("Logged gave %d forms", len(out))
	}
	for i, want := range []string{"secret(xyz)", "secret(xyz)", "secret(xyz)", `"s":"Lxyz"`, "s=Lxyz"} {
		if !strings.Contains(out[i], want) {
			t.Errorf("form %d = %q, want it to contain %q", i, out[i], want)
		}
	}
}
