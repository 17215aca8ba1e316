package jsonread

import (
	"strconv"
	"strings"
	"testing"
)

// Every name of a set is found at its number, and no other key is, for
// sets of every size up to MaxFields (names chosen to share lengths, first
// and last bytes).
func TestFieldsIndex(t *testing.T) {
	for n := 0; n <= MaxFields; n++ {
		names := make([]string, n)
		for i := range names {
			names[i] = "f" + strings.Repeat("x", i%5) + strconv.Itoa(i) + "d"
		}
		f := NewFields(names...)
		if f.Len() != n {
			t.Fatalf("Len() = %d, want %d", f.Len(), n)
		}
		for i, name := range names {
			if got := f.Index([]byte(name)); got != i || f.Name(i) != name {
				t.Fatalf("%d names: Index(%q) = %d, want %d", n, name, got, i)
			}
			for _, other := range []string{name + "x", name[:len(name)-1], "F" + name[1:], ""} {
				if got := f.Index([]byte(other)); got != -1 {
					t.Fatalf("%d names: Index(%q) = %d, want -1", n, other, got)
				}
			}
		}
	}
}

func TestNewFieldsPanics(t *testing.T) {
	for name, names := range map[string][]string{
		"duplicate": {"a", "b", "a"},
		"too many":  make([]string, MaxFields+1),
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			NewFields(names...)
		}()
	}
}

// ObjectFields passes each key's number, -1 for other keys, reports a
// repeated name or a repeated other key as a duplicate, and skips it.
func TestObjectFields(t *testing.T) {
	f := NewFields("amount", "name", "amountX")
	r := New([]byte(`{"name":"a","zz":1,"amount":2,"name":"b","zz":3,"am\u006funt":4,"amountX":5}`), Limits{})
	var got []string
	r.ObjectFields(0, f, func(i int, key []byte) {
		got = append(got, strconv.Itoa(i)+":"+string(key))
		r.Skip()
	})
	r.Finish()
	if strings.Join(got, " ") != "1:name -1:zz 0:amount 2:amountX" {
		t.Errorf("members %q", got)
	}
	errs := r.Errors()
	if len(errs) != 3 || errs[0].Path != "$.name" || errs[1].Path != "$.zz" || errs[2].Path != "$.amount" {
		t.Errorf("errors %+v", errs)
	}
	for _, e := range errs {
		if e.Code != CodeDuplicateKey {
			t.Errorf("error %+v", e)
		}
	}
}

// A short key whose slice has room past its end (a view into the input) is
// told apart by its own bytes only.
func TestFieldsIndexShortView(t *testing.T) {
	f := NewFields("amount", "amoun", "a", "")
	in := []byte("amountXYZW")
	for n, want := range map[int]int{6: 0, 5: 1, 1: 2, 0: 3, 4: -1, 2: -1} {
		if got := f.Index(in[:n]); got != want {
			t.Errorf("Index(%q) = %d, want %d", in[:n], got, want)
		}
	}
	long := NewFields("aaaaaaaaXaaaaaaaa", "aaaaaaaaYaaaaaaaa")
	if long.Index([]byte("aaaaaaaaYaaaaaaaa")) != 1 || long.Index([]byte("aaaaaaaaZaaaaaaaa")) != -1 {
		t.Error("a key of more than 16 bytes is compared whole")
	}
}
