package jsonread

import (
	"testing"
	"unicode/utf8"
)

// plainRunOracle is plainRun one byte at a time.
func plainRunOracle(d []byte, i int) int {
	for ; i < len(d); i++ {
		if c := d[i]; c == '"' || c == '\\' || c < 0x20 || c >= 0x80 {
			return i
		}
	}
	return len(d)
}

// Every byte value, at every position of inputs of 0 to 19 bytes (so within a
// word, at its edges and in the padded tail), stops the run exactly when the
// byte-at-a-time oracle says it does.
func TestPlainRunEveryByte(t *testing.T) {
	for n := range 20 {
		for p := range n {
			for c := range 256 {
				d := make([]byte, n)
				for k := range d {
					d[k] = byte('a' + k%26)
				}
				d[p] = byte(c)
				for i := 0; i <= n; i++ {
					if got, want := plainRun(d, i), plainRunOracle(d, i); got != want {
						t.Fatalf("plainRun(%q, %d) = %d, want %d", d, i, got, want)
					}
				}
			}
		}
	}
}

// Every pair of byte values in one word (where a borrow from one byte's test
// could flag the other) gives the oracle's answer.
func TestPlainRunEveryPair(t *testing.T) {
	d := []byte("abcdefgh")
	for a := range 256 {
		for b := range 256 {
			d[2], d[3] = byte(a), byte(b)
			if got, want := plainRun(d, 0), plainRunOracle(d, 0); got != want {
				t.Fatalf("plainRun(%q) = %d, want %d", d, got, want)
			}
		}
	}
}

// utf8Len accepts exactly what utf8.DecodeRune accepts, for every one- to
// three-byte prefix whose first byte is non-ASCII.
func TestUTF8Len(t *testing.T) {
	for a := 0x80; a < 256; a++ {
		for b := range 256 {
			for _, c := range []byte{0x00, 0x80, 0xBF, 0xC0, 'x'} {
				in := []byte{byte(a), byte(b), c, 0x80}
				r, n := utf8.DecodeRune(in)
				want := n
				if r == utf8.RuneError && n <= 1 {
					want = 0
				}
				if got := utf8Len(in); got != want {
					t.Fatalf("utf8Len(% x) = %d, want %d", in, got, want)
				}
			}
		}
	}
	if utf8Len([]byte{0xC3}) != 0 || utf8Len(nil) != 0 {
		t.Error("truncated sequence accepted")
	}
}

// FuzzPlainRun compares the word-at-a-time scan with the byte-at-a-time one.
func FuzzPlainRun(f *testing.F) {
	f.Add([]byte(`abc"def`), 0)
	f.Add([]byte("a\x00\xff\\\x1f\x20\x7f\x80"), 1)
	f.Fuzz(func(t *testing.T, d []byte, i int) {
		if i < 0 || i > len(d) {
			return
		}
		if got, want := plainRun(d, i), plainRunOracle(d, i); got != want {
			t.Fatalf("plainRun(%q, %d) = %d, want %d", d, i, got, want)
		}
	})
}
