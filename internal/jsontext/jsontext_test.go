package jsontext

import "testing"

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
