package bigdoc

import "testing"

func TestBodies(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{Keys(0, ":1"), ``},
		{Keys(2, ":1"), `"k0":1,"k1":1`},
		{Keys(3, `:"v"`), `"k0":"v","k1":"v","k2":"v"`},
		{DuplicatePairs(0), ``},
		{DuplicatePairs(2), `"d0":0,"d0":0,"d1":0,"d1":0`},
	} {
		if tc.got != tc.want {
			t.Errorf("got %s, want %s", tc.got, tc.want)
		}
	}
}
