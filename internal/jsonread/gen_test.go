package jsonread

// The package's gopter generators: random JSON documents written by the test
// itself, each with the text the reader must produce for it. A document is
// built as a tree; the test writes it as JSON (with random whitespace and
// random \u escapes) and, separately, as the canonical text the tree Builder
// of reader_test.go renders (compact, keys in document order, strings as
// encoding/json writes them). Neither rendering uses the reader.
//
// Entry points:
//
//	genDoc()   doc: a JSON value of depth ≤ 4, its wire text and its
//	           canonical text
//	genInt()   int64, biased towards the ends of the range and small values

import (
	"encoding/json"
	"math"
	"math/rand"
	"strconv"
	"strings"

	"github.com/leanovate/gopter"
	"github.com/paysession/paysession/internal/propgen"
)

// doc is one generated JSON document.
type doc struct {
	wire      string // the JSON text fed to the reader
	canonical string // what Any with the tree Builder must return
}

func genDoc() gopter.Gen { return propgen.FromRand(func(r *rand.Rand) doc { return randDoc(r, 4) }) }

func genInt() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) int64 {
		switch r.Intn(4) {
		case 0:
			return math.MaxInt64 - r.Int63n(1000)
		case 1:
			return math.MinInt64 + r.Int63n(1000)
		case 2:
			return r.Int63n(2001) - 1000
		}
		return r.Int63() - r.Int63()
	})
}

func ws(r *rand.Rand) string {
	return [...]string{"", "", "", " ", "\n\t", "\r\n  "}[r.Intn(6)]
}

// randString returns a random string (ASCII, control characters, quotes,
// multi-byte and astral runes), its JSON text with random escapes, and its
// canonical text.
func randString(r *rand.Rand) (raw, wire string) {
	alphabet := []rune{'a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\t', '\x01', '\x1f', 'é', '日', '😀', '\u2028', '\'', '$'}
	n := r.Intn(8)
	var b, w strings.Builder
	w.WriteByte('"')
	for i := 0; i < n; i++ {
		c := alphabet[r.Intn(len(alphabet))]
		b.WriteRune(c)
		switch {
		case r.Intn(4) == 0: // a \u escape, as a surrogate pair above the BMP
			if c > 0xFFFF {
				c -= 0x10000
				w.WriteString(`\u` + strconv.FormatInt(int64(0xD800+(c>>10)), 16) + `\u` + strconv.FormatInt(int64(0xDC00+(c&0x3FF)), 16))
			} else {
				h := strconv.FormatInt(int64(c), 16)
				w.WriteString(`\u` + strings.Repeat("0", 4-len(h)) + strings.ToUpper(h))
			}
		case c == '"' || c == '\\':
			w.WriteString(`\` + string(c))
		case c == '\n':
			w.WriteString(`\n`)
		case c == '\t':
			w.WriteString(`\t`)
		case c < 0x20:
			w.WriteString(`\u00` + strconv.FormatInt(int64(c>>4), 16) + strconv.FormatInt(int64(c&0xF), 16))
		case c == '/' && r.Intn(2) == 0:
			w.WriteString(`\/`)
		default:
			w.WriteRune(c)
		}
	}
	w.WriteByte('"')
	return b.String(), w.String()
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func randNumber(r *rand.Rand) string {
	var b strings.Builder
	if r.Intn(2) == 0 {
		b.WriteByte('-')
	}
	if r.Intn(3) == 0 {
		b.WriteByte('0')
	} else {
		b.WriteString(strconv.Itoa(1 + r.Intn(99999)))
	}
	if r.Intn(3) == 0 {
		b.WriteString("." + strconv.Itoa(r.Intn(1000)))
	}
	if r.Intn(4) == 0 {
		b.WriteString([...]string{"e", "E", "e+", "e-"}[r.Intn(4)] + strconv.Itoa(r.Intn(400)))
	}
	return b.String()
}

// randDoc returns a random value of at most the given depth. Object keys are
// distinct, so that no member is dropped as a duplicate.
func randDoc(r *rand.Rand, depth int) doc {
	k := r.Intn(7)
	if depth == 0 && k >= 5 {
		k = r.Intn(5)
	}
	switch k {
	case 0:
		return doc{"null", "null"}
	case 1:
		if r.Intn(2) == 0 {
			return doc{"true", "true"}
		}
		return doc{"false", "false"}
	case 2, 3:
		n := randNumber(r)
		return doc{n, n}
	case 4:
		raw, wire := randString(r)
		return doc{wire, jsonString(raw)}
	case 5:
		n := r.Intn(4)
		var w, c []string
		for i := 0; i < n; i++ {
			d := randDoc(r, depth-1)
			w = append(w, ws(r)+d.wire+ws(r))
			c = append(c, d.canonical)
		}
		return doc{"[" + ws(r) + strings.Join(w, ",") + "]", "[" + strings.Join(c, ",") + "]"}
	}
	n := r.Intn(4)
	seen := map[string]bool{}
	var w, c []string
	for i := 0; i < n; i++ {
		raw, wire := randString(r)
		if seen[raw] {
			continue
		}
		seen[raw] = true
		d := randDoc(r, depth-1)
		w = append(w, ws(r)+wire+ws(r)+":"+ws(r)+d.wire+ws(r))
		c = append(c, jsonString(raw)+":"+d.canonical)
	}
	return doc{"{" + ws(r) + strings.Join(w, ",") + "}", "{" + strings.Join(c, ",") + "}"}
}
