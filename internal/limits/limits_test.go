package limits

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCutAtRuneBoundary(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int
		want string
		cut  bool
	}{
		{"abc", 3, "abc", false},
		{"abcd", 3, "abc", true},
		{"ab€", 3, "ab", true}, // € is 3 bytes: never half of it
		{"ab€", 4, "ab", true},
		{"ab€", 5, "ab€", false},
		{"€€", 1, "", true},
		{"", 0, "", false},
	} {
		got, cut := Cut(tc.in, tc.max)
		if got != tc.want || cut != tc.cut {
			t.Errorf("Cut(%q, %d) = %q, %v; want %q, %v", tc.in, tc.max, got, cut, tc.want, tc.cut)
		}
		gb, cutb := CutBytes([]byte(tc.in), tc.max)
		if string(gb) != tc.want || cutb != tc.cut {
			t.Errorf("CutBytes(%q, %d) = %q, %v", tc.in, tc.max, gb, cutb)
		}
	}
}

func TestQuote(t *testing.T) {
	if got := Quote("a@b"); got != `"a@b"` {
		t.Errorf("Quote short = %s", got)
	}
	long := strings.Repeat("é", 100) // 200 bytes
	got := Quote(long)
	want := `"` + strings.Repeat("é", 32) + `"…`
	if got != want {
		t.Errorf("Quote long = %s, want %s", got, want)
	}
}

func TestMessage(t *testing.T) {
	if Message("short") != "short" {
		t.Error("short message changed")
	}
	for _, r := range []string{"x", "é", "€", "😀"} {
		m := Message(strings.Repeat(r, 300))
		if len(m) > MaxMessageBytes || !utf8.ValidString(m) || !strings.HasSuffix(m, Ellipsis) {
			t.Errorf("Message of %q×300: %d bytes, valid %v: %q", r, len(m), utf8.ValidString(m), m)
		}
	}
	exact := strings.Repeat("y", MaxMessageBytes)
	if Message(exact) != exact {
		t.Error("a message of exactly the bound was cut")
	}
}

func TestTooManyErrorsMessage(t *testing.T) {
	m := TooManyErrorsMessage(39001)
	if m != "39001 more problems not listed" {
		t.Errorf("message %q", m)
	}
	for _, n := range []int{0, 1, 39001} {
		if got, ok := OmittedCount(TooManyErrorsMessage(n)); !ok || got != n {
			t.Errorf("OmittedCount(%d) = %d, %v", n, got, ok)
		}
	}
	for _, bad := range []string{"", "x more problems", "12", "-1 more problems not listed", "5 more problems"} {
		if _, ok := OmittedCount(bad); ok {
			t.Errorf("OmittedCount(%q) ok", bad)
		}
	}
}
