package jsonread

import (
	"bytes"
	"math/bits"
	"strconv"

	"github.com/paysession/paysession/internal/limits"
)

// CodeUnknownField is the code a decoder gives a key its schema does not
// define (its text equals fielderr.CodeUnknownField). Past Limits.MaxErrors
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
// order: a node of 16 bytes per step, made only for the steps of those
// paths, with the codes of the problems at it as bits, so its size is at
// most proportional to the input. Nodes with the same path (under two keys
// cut alike) are made one by an open-addressing table of their steps' text,
// built at the first question; a hash only finds candidates, the text
// decides. The first question builds that table: an Unlisted is not safe
// for concurrent use.
type Unlisted struct {
	data      []byte
	chunks    [][]unode // the nodes, in chunks of chunkLen; node 0 is "$"
	nnodes    int
	codes     []string // the distinct codes, indexed by their bit
	extra     map[uprob]struct{}
	countOnly int     // unknown fields recorded by count alone
	lastSegs  []seg   // the path of the last problem recorded ...
	lastNodes []int32 // ... and its nodes

	// Built by index, at the first question.
	indexed bool
	canon   []int32 // node → its canonical node (the first with its path)
	table   []int32 // open addressing: canonical node + 1, or 0
	n       int     // distinct problems
	scratch []byte  // a candidate's step, in find
	query   []byte  // the step looked for
}

type unode struct {
	parent int32
	s      seg
	bits   uint32 // bit i: a problem with codes[i] is at the node
}

// uprob is a problem whose code has no bit (the 33rd code and beyond).
type uprob struct {
	node int32
	code string
}

// record notes one problem at the reader's current path.
func (u *Unlisted) record(r *Reader, code string) {
	p := r.path
	if code == CodeUnknownField && len(p) > 0 && p[len(p)-1].off >= 0 {
		// Shown whole in a path (the key as written is at least as long
		// as the key itself).
		if s := p[len(p)-1]; int(s.n) <= limits.MaxKeyBytes || len(r.keyBytes(s)) <= limits.MaxKeyBytes {
			u.countOnly++
			return
		}
	}
	if u.nnodes == 0 {
		u.data = r.data
		u.add(unode{parent: -1, s: seg{off: -1, n: -1}})
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
		u.lastSegs = append(u.lastSegs, s)
		u.lastNodes = append(u.lastNodes, u.add(unode{parent: parent, s: s}))
	}
	node := int32(0)
	if n := len(u.lastNodes); n > 0 {
		node = u.lastNodes[n-1]
	}
	c := u.codeBit(code)
	if c < 0 {
		if u.extra == nil {
			u.extra = make(map[uprob]struct{})
		}
		u.extra[uprob{node: node, code: code}] = struct{}{}
	} else {
		u.node(node).bits |= 1 << uint(c)
	}
	u.indexed = false
}

// chunkLen is the number of nodes in a chunk: whole chunks, not a slice
// grown by copying, so the nodes cost their own size and no more.
const chunkLen = 4096

// add appends a node and returns its number.
func (u *Unlisted) add(n unode) int32 {
	if u.nnodes%chunkLen == 0 {
		u.chunks = append(u.chunks, make([]unode, 0, chunkLen))
	}
	ch := &u.chunks[len(u.chunks)-1]
	*ch = append(*ch, n)
	u.nnodes++
	return int32(u.nnodes - 1)
}

// node returns node i.
func (u *Unlisted) node(i int32) *unode { return &u.chunks[i/chunkLen][i%chunkLen] }

// codeBit returns the bit of code, giving it one if it has none and there is
// one left; -1 when there is none.
func (u *Unlisted) codeBit(code string) int {
	for i, x := range u.codes {
		if x == code {
			return i
		}
	}
	if len(u.codes) == 32 {
		return -1
	}
	u.codes = append(u.codes, code)
	return len(u.codes) - 1
}

// step appends the step of s as a path writes it (".key", "['k y']",
// "[3]") to b.
func (u *Unlisted) step(b []byte, s seg) []byte {
	if s.off < 0 {
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(s.n), 10)
		b = append(b, ']')
	} else {
		r := Reader{data: u.data}
		b = AppendKey(b, r.keyBytes(s))
	}
	return b
}

// hash is FNV-1a of a canonical parent and a step's text.
func hash(parent int32, step []byte) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < 4; i++ {
		h = (h ^ uint64(byte(parent>>(8*i)))) * 1099511628211
	}
	for _, c := range step {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// find returns the canonical node with this canonical parent and the step
// u.query, or -1, and the slot where it is or would be.
func (u *Unlisted) find(parent int32) (int32, int) {
	mask := len(u.table) - 1
	i := int(hash(parent, u.query)) & mask
	for ; ; i = (i + 1) & mask {
		c := u.table[i] - 1
		if c < 0 {
			return -1, i
		}
		if u.canon[u.node(c).parent] != parent {
			continue
		}
		u.scratch = u.step(u.scratch[:0], u.node(c).s)
		if bytes.Equal(u.scratch, u.query) {
			return c, i
		}
	}
}

// index makes nodes with the same path one and counts the problems.
func (u *Unlisted) index() {
	if u.indexed {
		return
	}
	u.indexed = true
	size := 1
	for size < 2*u.nnodes {
		size <<= 1
	}
	u.table = make([]int32, size)
	u.canon = make([]int32, u.nnodes)
	var merged map[uprob]struct{}
	for i := 1; i < u.nnodes; i++ {
		nd := u.node(int32(i))
		parent := u.canon[nd.parent]
		u.query = u.step(u.query[:0], nd.s)
		c, slot := u.find(parent)
		if c < 0 {
			u.canon[i] = int32(i)
			u.table[slot] = int32(i) + 1
			continue
		}
		u.canon[i] = c
		u.node(c).bits |= nd.bits
		nd.bits = 0
	}
	u.n = 0
	for _, ch := range u.chunks {
		for _, nd := range ch {
			u.n += bits.OnesCount32(nd.bits)
		}
	}
	if u.extra != nil {
		merged = make(map[uprob]struct{}, len(u.extra))
		for p := range u.extra {
			p.node = u.canon[p.node]
			merged[p] = struct{}{}
		}
		u.extra = merged
		u.n += len(merged)
	}
}

// Count returns the number of distinct problems (by path and code) past the
// cap.
func (u *Unlisted) Count() int {
	if u == nil {
		return 0
	}
	if u.nnodes == 0 {
		return u.countOnly
	}
	u.index()
	return u.countOnly + u.n
}

// marked reports whether a problem is at the canonical node n.
func (u *Unlisted) marked(n int32) bool {
	if u.node(n).bits != 0 {
		return true
	}
	for p := range u.extra { // only past 32 codes, which no decoder has
		if p.node == n {
			return true
		}
	}
	return false
}

// Covers reports whether path (a path as the reader writes them) is at or
// under the path of a problem past the cap that has a recorded path (every
// problem but an unknown field's: see CodeUnknownField). The work is linear
// in the path's length.
func (u *Unlisted) Covers(path string) bool {
	if u == nil || u.nnodes == 0 {
		return false
	}
	u.index()
	covered := false
	u.walk(path, func(n int32) bool {
		covered = u.marked(n)
		return !covered
	})
	return covered
}

// Has reports whether a problem past the cap has exactly this path and
// code, among those with a recorded path.
func (u *Unlisted) Has(path, code string) bool {
	if u == nil || u.nnodes == 0 {
		return false
	}
	u.index()
	last := int32(-1)
	if !u.walk(path, func(n int32) bool { last = n; return true }) {
		return false
	}
	for i, x := range u.codes {
		if x == code {
			return u.node(last).bits&(1<<uint(i)) != 0
		}
	}
	_, ok := u.extra[uprob{node: last, code: code}]
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
		j := i + 1
		switch {
		case path[i] == '.':
			for j < len(path) && path[j] != '.' && path[j] != '[' {
				j++
			}
		case path[i] == '[' && j < len(path) && path[j] == '\'':
			for j++; j < len(path) && path[j] != '\''; j++ {
				if path[j] == '\\' {
					j++
				}
			}
			if j+1 >= len(path) || path[j+1] != ']' {
				return false
			}
			j += 2
		case path[i] == '[':
			for j < len(path) && path[j] != ']' {
				j++
			}
			if j == len(path) {
				return false
			}
			j++
		default:
			return false
		}
		u.query = append(u.query[:0], path[i:j]...)
		c, _ := u.find(node)
		if c < 0 {
			return false
		}
		node = c
		if !visit(node) {
			return false
		}
		i = j
	}
	return true
}
