package jsonread

import (
	"slices"
	"strings"
	"testing"
)

// StringOrNull is String after a check for null, with either constructor:
// the same value, the same errors, at the same offsets.
func TestStringOrNull(t *testing.T) {
	long := strings.Repeat("abcdefgh", 5)
	for _, in := range []string{
		`null`, ` null `, `"a"`, `"abcdefghijklmnop"`, `"` + long + `"`, `""`, `"a\nb"`, `"` + long + `\u00e9"`,
		`"café"`, `"caf\xc3"`, "\"a\x01\"", `"abc`, `7`, `{}`, `nul`, `x`, ``, ` `, `"abcdefgh"`, `"abcdefg"`,
	} {
		for _, mk := range []func([]byte, Limits) *Reader{New, NewShared} {
			a, b := mk([]byte(in), Limits{}), mk([]byte(in), Limits{})
			s, null, ok := a.StringOrNull()
			var want string
			wantNull, wantOK := b.Null(), true
			if !wantNull {
				want, wantOK = b.String()
			} else if b.Stopped() {
				wantOK = false
			}
			if s != want || null != wantNull || ok != wantOK || a.Offset() != b.Offset() || !slices.Equal(a.Errors(), b.Errors()) {
				t.Errorf("%q: StringOrNull() = %q, %v, %v at %d (%+v); want %q, %v, %v at %d (%+v)",
					in, s, null, ok, a.Offset(), a.Errors(), want, wantNull, wantOK, b.Offset(), b.Errors())
			}
		}
	}
}

func TestIntOrNull(t *testing.T) {
	for _, in := range []string{`null`, ` null`, `7`, `-0`, `123456789012345678`, `1234567890123456789`, `9223372036854775808`,
		`-9223372036854775808`, `01`, `1.5`, `1e3`, `"7"`, `nul`, ``, `12-`, `1E2`} {
		a, b := New([]byte(in), Limits{}), New([]byte(in), Limits{})
		v, null, ok := a.IntOrNull()
		var want int64
		wantNull, wantOK := b.Null(), true
		if !wantNull {
			want, wantOK = b.Int()
		} else if b.Stopped() {
			wantOK = false
		}
		if v != want || null != wantNull || ok != wantOK || a.Offset() != b.Offset() || !slices.Equal(a.Errors(), b.Errors()) {
			t.Errorf("%q: IntOrNull() = %d, %v, %v at %d (%+v); want %d, %v, %v at %d (%+v)",
				in, v, null, ok, a.Offset(), a.Errors(), want, wantNull, wantOK, b.Offset(), b.Errors())
		}
	}
}

// Keys of every length around the one- and two-word fast path, plain,
// escaped or not ASCII, are read whole and found in a Fields.
func TestObjectKeyLengths(t *testing.T) {
	for n := range 40 {
		for _, k := range []string{strings.Repeat("k", n), strings.Repeat("é", n/2), "\\u006b" + strings.Repeat("k", n)} {
			want := strings.ReplaceAll(k, "\\u006b", "k")
			f := NewFields(want, "other")
			for _, pad := range []string{"", strings.Repeat(" ", 20)} {
				in := `{"` + k + `":1,"other":2}` + pad
				r := New([]byte(in), Limits{})
				var got []string
				r.ObjectFields(0, f, func(i int, key []byte) {
					got = append(got, string(key))
					if i < 0 || f.Name(i) != string(key) {
						t.Errorf("%q: key %q numbered %d", in, key, i)
					}
					r.Skip()
				})
				r.Finish()
				if len(got) != 2 || got[0] != want || len(r.Errors()) != 0 {
					t.Errorf("%q: keys %q, errors %+v", in, got, r.Errors())
				}
			}
		}
	}
}
