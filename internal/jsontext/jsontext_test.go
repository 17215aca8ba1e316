package jsontext

import (
	"strings"
	"testing"
)

func TestAppendStringEscapes(t *testing.T) {
	cases := map[string]string{
		"plain":          `"plain"`,
		"q\"b\\":         `"q\"b\\"`,
		"\n\r\t":         `"\n\r\t"`,
		"\x00\x1f\b\f":   `"\u0000\u001f\u0008\u000c"`,
		"<&>":            `"<&>"`,
		"é日😀":            `"é日😀"`,
		"a\xffb":         "\"a\ufffdb\"",
		"\xc3":           "\"\ufffd\"",
		"x\u2028y\u2029": `"x\u2028y\u2029"`,
	}
	for in, want := range cases {
		if got := string(AppendString(nil, in)); got != want {
			t.Errorf("%q: got %s, want %s", in, got, want)
		}
	}
}

func TestIsNumber(t *testing.T) {
	for _, s := range []string{"0", "-0", "1", "-12", "1.5", "0.0001", "1e3", "1E+3", "-2.5e-7", "123456789012345678901234567890"} {
		if !IsNumber(s) {
			t.Errorf("IsNumber(%q) = false", s)
		}
	}
	for _, s := range []string{"", "-", "01", "+1", "1.", ".5", "1e", "1e+", "0x1", "1.5.5", "NaN", "Infinity", " 1", "1 ", "--1", "1e3.5"} {
		if IsNumber(s) {
			t.Errorf("IsNumber(%q) = true", s)
		}
	}
}

func TestAppendStrings(t *testing.T) {
	for in, want := range map[string]string{"": `[]`, "a": `["a"]`, "a,\"b\"": `["a","\"b\""]`, "a,\"": `["a","\""]`} {
		var ss []string
		if in != "" {
			ss = strings.Split(in, ",")
		}
		if got := string(AppendStrings([]byte("x"), ss)); got != "x"+want {
			t.Errorf("AppendStrings(%q) = %s", ss, got)
		}
	}
}
