package jsonread

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// failWalk reads any document, reporting a problem for every string value
// "E:code" (with that code), every key starting with 'u' (an unknown field)
// and, after its members, every object with a member "bad" (code "obj").
func failWalk(r *Reader) {
	switch r.Peek() {
	case Object:
		bad := false
		r.Object(0, func(key []byte) {
			if len(key) > 0 && key[0] == 'u' {
				r.Fail(CodeUnknownField, "unknown")
				return
			}
			if string(key) == "bad" {
				bad = true
			}
			failWalk(r)
		})
		if bad {
			r.Fail("obj", "bad object")
		}
	case Array:
		r.Array(0, func(int) { failWalk(r) })
	case String:
		if s, _ := r.String(); strings.HasPrefix(s, "E:") {
			r.Fail(s[2:], "bad value")
		}
	default:
		r.Skip()
	}
}

func readProblems(doc string, maxErrors int) *Reader {
	r := New([]byte(doc), Limits{MaxBytes: 1 << 20, MaxDepth: 16, MaxArrayLen: 100, MaxMembers: 100, MaxErrors: maxErrors})
	failWalk(r)
	r.Finish()
	return r
}

// isUnder reports whether path is p or under it, by the text of paths.
func isUnder(path, p string) bool {
	return strings.HasPrefix(path, p) && (len(path) == len(p) || path[len(p)] == '.' || path[len(p)] == '[')
}

// recorded reports whether Unlisted keeps the path of a problem: all but an
// unknown field whose key a path shows whole.
func recorded(path, code string) bool {
	return code != CodeUnknownField || strings.HasSuffix(path, "…") || strings.HasSuffix(path, "…']")
}

// problemDoc returns a random document of the shapes that matter: keys that
// need brackets, keys cut alike in a path, duplicate keys, escaped keys,
// nested arrays, and problems at every level.
func problemDoc(rng *rand.Rand, depth int) string {
	long := strings.Repeat("L", 64)
	keys := []string{"a", "b", "bad", "u1", "u2", "a b", `it\u0027s`, `x\\y`, long + "1", long + "2", "u" + long + "1", "u" + long + "2", `\u0061`, "0"}
	values := []string{`"E:t"`, `"E:r"`, `1`, `"ok"`, `null`}
	if depth == 0 || rng.IntN(3) == 0 {
		return values[rng.IntN(len(values))]
	}
	var b strings.Builder
	if rng.IntN(2) == 0 {
		b.WriteByte('[')
		for i := range rng.IntN(4) {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(problemDoc(rng, depth-1))
		}
		b.WriteByte(']')
		return b.String()
	}
	b.WriteByte('{')
	for i := range rng.IntN(5) {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"` + keys[rng.IntN(len(keys))] + `":` + problemDoc(rng, depth-1))
	}
	b.WriteByte('}')
	return b.String()
}

// Unlisted against the uncapped reader's own list, read as text: the
// distinct (path, code) problems past the cap, the paths at or under them,
// and the exact problems, whatever the cap.
func TestUnlistedAgainstFullList(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	docs := []string{
		`{"a":[{"b":"E:t"},{"b":"E:t","u1":1}],"a b":{"bad":1,"a":"E:t"},"it\u0027s":["E:r","E:r"]}`,
		`{"` + strings.Repeat("L", 64) + `1":{"a":"E:t"},"` + strings.Repeat("L", 64) + `2":{"a":"E:t"}}`,
		`{"u` + strings.Repeat("L", 64) + `1":1,"u` + strings.Repeat("L", 64) + `2":1,"a":"E:t"}`,
		`"E:t"`,
		`[[["E:t"]],"E:t"]`,
		`{"a":"E:t","u` + strings.Repeat(`\u0041`, 12) + `":1,"b":"E:t"}`, // long as written, short in a path
	}
	for range 400 {
		docs = append(docs, problemDoc(rng, 5))
	}
	var many []string
	for i := range 80 { // more codes than an Unlisted has bits
		many = append(many, `{"a":"E:c`+strconv.Itoa(i%40)+`","bad":1}`)
	}
	docs = append(docs, "["+strings.Join(many, ",")+"]")
	for _, doc := range docs {
		checkUnlisted(t, doc)
		if t.Failed() {
			break
		}
	}
}

// checkUnlisted compares, for every cap, the Unlisted of doc with the
// uncapped list.
func checkUnlisted(t *testing.T, doc string) {
	t.Helper()
	full := readProblems(doc, 0)
	if full.Stopped() {
		return
	}
	all := full.Errors()
	for cap := 1; cap <= len(all); cap++ {
		r := readProblems(doc, cap)
		u := r.Unlisted()
		rest := map[[2]string]bool{}
		for _, e := range all[cap:] {
			rest[[2]string{e.Path, e.Code}] = true
		}
		if cap == len(all) {
			if u != nil {
				t.Fatalf("%s cap %d: Unlisted not nil", doc, cap)
			}
			continue
		}
		// Count: the distinct problems past the cap.
		if got := u.Count(); got != len(rest) {
			t.Errorf("%s cap %d: Count %d, want %d", doc, cap, got, len(rest))
		}
		// Has: exactly the problems past the cap with a recorded path.
		for _, e := range all {
			k := [2]string{e.Path, e.Code}
			want := rest[k] && recorded(e.Path, e.Code)
			if got := u.Has(e.Path, e.Code); got != want {
				t.Errorf("%s cap %d: Has(%s, %s) = %v, want %v", doc, cap, e.Path, e.Code, got, want)
			}
		}
		// Covers: every path at or under one of them.
		queries := []string{"$", "$.zz", "$[7]", "$['q']"}
		for _, e := range all {
			queries = append(queries, e.Path, e.Path+".zz", e.Path+"[3]", e.Path+"['a b']")
		}
		for _, q := range queries {
			want := false
			for k := range rest {
				if !recorded(k[0], k[1]) {
					continue
				}
				if isUnder(q, k[0]) {
					want = true
				}
			}
			if got := u.Covers(q); got != want {
				t.Errorf("%s cap %d: Covers(%s) = %v, want %v", doc, cap, q, got, want)
			}
		}
	}
}

// A nil Unlisted (no problem past the cap) has nothing; a fatal error drops
// the record with the problems.
func TestUnlistedNil(t *testing.T) {
	var u *Unlisted
	if u.Count() != 0 || u.Covers("$") || u.Has("$", "t") {
		t.Error("nil Unlisted has something")
	}
	r := readProblems(`["E:t","E:t","E:t"`, 1)
	if r.Unlisted() != nil {
		t.Error("Unlisted after a fatal error")
	}
	r = readProblems(`["E:t","E:t","E:t"]`, 1)
	if u := r.Unlisted(); u.Count() != 2 || !u.Covers("$[2].x") || u.Covers("$[0]") || u.Has("$[1]", "x") || u.Covers("$[") || u.Covers("$x") || u.Covers("$[1") {
		t.Errorf("Unlisted wrong: %d", u.Count())
	}
}

// FuzzUnlisted: for any document, Unlisted agrees with the uncapped list.
func FuzzUnlisted(f *testing.F) {
	f.Add(`{"a":[{"b":"E:t"},{"b":"E:t","u1":1}],"a b":{"bad":1,"a":"E:t"},"it\u0027s":["E:r","E:r"]}`)
	f.Add(`{"` + strings.Repeat("L", 64) + `1":{"a":"E:t"},"` + strings.Repeat("L", 64) + `2":{"a":"E:t"}}`)
	f.Add(`[[["E:t"]],"E:t",{"bad":1,"x\\y":"E:q"}]`)
	f.Fuzz(func(t *testing.T, doc string) {
		if len(doc) > 4096 {
			return
		}
		checkUnlisted(t, doc)
	})
}
