package model

import (
	"strings"
	"testing"
)

func TestQuoteClips(t *testing.T) {
	long := strings.Repeat("x", 100)
	if got := quote(long); got != `"`+strings.Repeat("x", 64)+`"…` {
		t.Errorf("quote(100 x) = %s", got)
	}
	// Never half a character: 63 x and a 2-byte é leave the é out.
	if got := quote(strings.Repeat("x", 63) + "éé"); got != `"`+strings.Repeat("x", 63)+`"…` {
		t.Errorf("quote cut inside a rune: %s", got)
	}
	if got := quote(`a"b`); got != `"a\"b"` {
		t.Errorf("quote = %s", got)
	}
}
