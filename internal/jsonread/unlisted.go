package jsonread

import (
	"strconv"

	"github.com/paysession/paysession/internal/limits"
)

// CodeUnknownField is the code a decoder gives a key its schema does not
// define (its text equals session.CodeUnknownField). Past Limits.MaxErrors
// the reader records no path for such a problem (Unlisted), unless its key
// is long enough to be cut in a path: nothing a decoder keeps is at or under
// an unknown key, and two such problems can share a path only when their
// keys are cut to the same text.
const CodeUnknownField = "unknown_field"

// Unlisted is what a Reader keeps of the problems past Limits.MaxErrors,
// which it counts but does not list: enough to tell, exactly, whether a path
// is at or under one of them (Covers), whether one of them has a given path
// and code (Has), and how many distinct (path, code) problems they are
// (Count). A validator that checks rules on a best-effort result uses it so
// that a rule problem repeating a decoding problem the list left out is not
// counted twice.
//
// It is a tree of the paths concerned, built while reading in document
// order: a node per step (about 12 bytes), made only for the steps of those
// paths, so its size is at most proportional to the input. No hash of a
// path stands for the path: nodes are compared by their steps' text.
type Unlisted struct {
	data      []byte
	nodes     []unode // nodes[0] is "$"
	probs     []uprob
	codes     []string // the distinct codes of probs, indexed by uprob.code
	countOnly int      // unknown fields recorded by count alone
	lastSegs  []seg    // the path of the last problem recorded ...
	lastNodes []int32  // ... and its nodes

	// Built by index, at the first question.
	indexed  bool
	children map[ukey]int32 // (canonical parent, step) → canonical node
	canon    []int32        // node → its canonical node (the first with its path)
	problems map[uprob]struct{}
	marked   []bool // canonical node → some problem is at it
}

type unode struct {
	parent int32
	s      seg
}

type uprob struct {
	node int32
	code uint8
}

// ukey is one step from a node: an index (key == "" and idx ≥ 0), or a key
// by the text a path shows of it (idx == -1): the key itself when it shows
// as ".key", else the whole bracketed step ("['a b']").
type ukey struct {
	parent int32
	idx    int32
	key    string
}

// record notes one problem at the reader's current path.
func (u *Unlisted) record(r *Reader, code string) {
	p := r.path
	if code == CodeUnknownField && len(p) > 0 && p[len(p)-1].off >= 0 && int(p[len(p)-1].n) <= limits.MaxKeyBytes {
		u.countOnly++
		return
	}
	if u.nodes == nil {
		u.data = r.data
		u.nodes = append(u.nodes, unode{parent: -1, s: seg{off: -1, n: -1}})
	}
	k := 0
	for k < len(p) && k < len(u.lastSegs) && p[k] == u.lastSegs[k] {
		k++
	}
	u.lastSegs, u.lastNodes = u.lastSegs[:k], u.lastNodes[:k]
	for _, s := range p[k:] {
		parent := int32(0)
		if n := len(u.lastNodes); n > 0 {
			parent = u.lastNodes[n-1]
		}
		u.nodes = append(u.nodes, unode{parent: parent, s: s})
		u.lastSegs = append(u.lastSegs, s)
		u.lastNodes = append(u.lastNodes, int32(len(u.nodes)-1))
	}
	node := int32(0)
	if n := len(u.lastNodes); n > 0 {
		node = u.lastNodes[n-1]
	}
	c := -1
	for i, x := range u.codes {
		if x == code {
			c = i
			break
		}
	}
	if c < 0 {
		if len(u.codes) == 256 { // no reader has that many codes
			panic("jsonread: more than 256 problem codes")
		}
		u.codes = append(u.codes, code)
		c = len(u.codes) - 1
	}
	u.probs = append(u.probs, uprob{node: node, code: uint8(c)})
	u.indexed = false
}

// stepKey returns the step of node i from its (canonical) parent.
func (u *Unlisted) stepKey(parent int32, s seg) ukey {
	if s.off < 0 {
		return ukey{parent: parent, idx: s.n}
	}
	r := Reader{data: u.data}
	step := AppendKey(nil, r.keyBytes(s))
	if step[0] == '.' {
		step = step[1:]
	}
	return ukey{parent: parent, idx: -1, key: string(step)}
}

// index builds the look-up structures: nodes with the same path are one.
func (u *Unlisted) index() {
	if u.indexed {
		return
	}
	u.indexed = true
	u.children = make(map[ukey]int32, len(u.nodes))
	u.canon = make([]int32, len(u.nodes))
	u.marked = make([]bool, len(u.nodes))
	for i := 1; i < len(u.nodes); i++ {
		nd := u.nodes[i]
		k := u.stepKey(u.canon[nd.parent], nd.s)
		if c, ok := u.children[k]; ok {
			u.canon[i] = c
		} else {
			u.canon[i] = int32(i)
			u.children[k] = int32(i)
		}
	}
	u.problems = make(map[uprob]struct{}, len(u.probs))
	for _, p := range u.probs {
		p.node = u.canon[p.node]
		u.problems[p] = struct{}{}
		u.marked[p.node] = true
	}
}

// Count returns the number of distinct problems (by path and code) past the
// cap.
func (u *Unlisted) Count() int {
	if u == nil {
		return 0
	}
	if len(u.nodes) == 0 {
		return u.countOnly
	}
	u.index()
	return u.countOnly + len(u.problems)
}

// Covers reports whether path (a path as the reader writes them) is at or
// under the path of a problem past the cap that has a recorded path (every
// problem but an unknown field's: see CodeUnknownField). The work is linear
// in the path's length.
func (u *Unlisted) Covers(path string) bool {
	if u == nil || len(u.nodes) == 0 {
		return false
	}
	u.index()
	covered := false
	u.walk(path, func(n int32) bool {
		covered = u.marked[n]
		return !covered
	})
	return covered
}

// Has reports whether a problem past the cap has exactly this path and
// code, among those with a recorded path.
func (u *Unlisted) Has(path, code string) bool {
	if u == nil || len(u.nodes) == 0 {
		return false
	}
	u.index()
	c := -1
	for i, x := range u.codes {
		if x == code {
			c = i
		}
	}
	if c < 0 {
		return false
	}
	last := int32(-1)
	if !u.walk(path, func(n int32) bool { last = n; return true }) {
		return false
	}
	_, ok := u.problems[uprob{node: last, code: uint8(c)}]
	return ok
}

// walk calls visit with the node of "$" and of each step of path in turn
// while visit returns true. It reports whether the whole path has nodes
// and visit never returned false.
func (u *Unlisted) walk(path string, visit func(int32) bool) bool {
	if len(path) == 0 || path[0] != '$' {
		return false
	}
	node := int32(0)
	if !visit(node) {
		return false
	}
	for i := 1; i < len(path); {
		var k ukey
		switch {
		case path[i] == '.':
			j := i + 1
			for j < len(path) && path[j] != '.' && path[j] != '[' {
				j++
			}
			k, i = ukey{parent: node, idx: -1, key: path[i+1 : j]}, j
		case path[i] == '[' && i+1 < len(path) && path[i+1] == '\'':
			j := i + 2
			for j < len(path) && path[j] != '\'' {
				if path[j] == '\\' {
					j++
				}
				j++
			}
			if j+1 >= len(path) || path[j+1] != ']' {
				return false
			}
			k, i = ukey{parent: node, idx: -1, key: path[i : j+2]}, j+2
		case path[i] == '[':
			j := i + 1
			for j < len(path) && path[j] != ']' {
				j++
			}
			n, err := strconv.ParseInt(path[i+1:j], 10, 32)
			if err != nil || j == len(path) {
				return false
			}
			k, i = ukey{parent: node, idx: int32(n)}, j+1
		default:
			return false
		}
		c, ok := u.children[k]
		if !ok {
			return false
		}
		node = c
		if !visit(node) {
			return false
		}
	}
	return true
}
