// Package bigdoc builds the large JSON object bodies the limit and
// linear-time tests of this module feed to the decoders: many distinct
// members, or many duplicated ones. It is for tests only: no package of the
// library imports it outside its _test.go files.
package bigdoc

import (
	"strconv"
	"strings"
)

// Keys returns n members for an object body, without the braces: the keys
// "k0" … "k<n-1>", each followed by suffix (":1", `:"v"`), separated by
// commas. Keys(2, ":1") is `"k0":1,"k1":1`.
func Keys(n int, suffix string) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"k` + strconv.Itoa(i) + `"` + suffix)
	}
	return b.String()
}

// DuplicatePairs returns n distinct members "d0":0 … "d<n-1>":0 for an
// object body, each given twice in a row: n duplicate-key problems.
// DuplicatePairs(2) is `"d0":0,"d0":0,"d1":0,"d1":0`.
func DuplicatePairs(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		k := `"d` + strconv.Itoa(i) + `":0`
		b.WriteString(k + "," + k)
	}
	return b.String()
}
