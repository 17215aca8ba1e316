package peers

import (
	"math"
	"strconv"
	"testing"
)

var sizes = []int{10, 100, 1000}

// want is the amount of Doc(n), computed here from the formula of Doc, not
// by any decoder: Σ (1999+100i)·(1+i%3) − 100 + 320, plus shipping 499 and
// fees 250 and 99.
func want(n int) int64 {
	var sum int64
	for i := range n {
		sum += int64(1999+100*i)*int64(1+i%3) - 100 + 320
	}
	return sum + 499 + 250 + 99
}

// Every path gets the same amount from every document, and it is the right
// one: the comparison is of the same work.
func TestSameAmount(t *testing.T) {
	for _, n := range sizes {
		in := Doc(n)
		for _, p := range Paths {
			got, err := p.Decode(in)
			if err != nil || got != want(n) {
				t.Errorf("%s, %d lines: %d, %v; want %d", p.Name, n, got, err, want(n))
			}
		}
	}
}

// Every path is strict about unknown fields, and each rejects what it
// documents rejecting; only paysession reports every problem.
func TestStrict(t *testing.T) {
	unknown := []byte(`{"order":{"lineItems":[{"amount":1,"amuont":2}]}}`)
	dup := []byte(`{"order":{"lineItems":[{"amount":1,"amount":2}]}}`)
	for _, p := range Paths {
		if _, err := p.Decode(unknown); err == nil {
			t.Errorf("%s accepts an unknown field", p.Name)
		}
		_, err := p.Decode(dup)
		rejects := p.Name != "encoding/json" && p.Name != "sonic"
		if (err != nil) != rejects {
			t.Errorf("%s: duplicate key gives %v", p.Name, err)
		}
	}
}

func TestOverflowChecks(t *testing.T) {
	for _, c := range []struct {
		a, b int64
		ok   bool
	}{{3, 4, true}, {-3, 4, true}, {math.MaxInt64, 2, false}, {math.MinInt64, -1, false}, {math.MinInt64, 1, true}, {1 << 32, 1 << 31, false}, {-(1 << 32), 1 << 31, true}} {
		if p, ok := mul(c.a, c.b); ok != c.ok || ok && p != c.a*c.b {
			t.Errorf("mul(%d, %d) = %d, %v", c.a, c.b, p, ok)
		}
	}
	if _, ok := add(math.MaxInt64, 1); ok {
		t.Error("add overflow")
	}
	if _, ok := sub(math.MinInt64, 1); ok {
		t.Error("sub overflow")
	}
	if s, ok := sub(-5, -7); !ok || s != 2 {
		t.Error("sub")
	}
}

// BenchmarkDecode runs every path on every size: Decode/<lines>/<path>.
func BenchmarkDecode(b *testing.B) {
	for _, n := range sizes {
		in := Doc(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for _, p := range Paths {
				b.Run(p.Name, func(b *testing.B) {
					p.Decode(in) // sonic compiles its decoder on the first call
					b.SetBytes(int64(len(in)))
					b.ReportAllocs()
					for b.Loop() {
						if a, err := p.Decode(in); err != nil || a != want(n) {
							b.Fatal(a, err)
						}
					}
				})
			}
		})
	}
}
