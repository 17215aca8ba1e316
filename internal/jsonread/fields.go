package jsonread

import (
	"encoding/binary"
	"math/bits"
	"strconv"
)

// Fields is the fixed set of keys of an object schema, numbered in the
// order given to NewFields. Looking a key up costs one multiplicative hash of
// its length and first and last eight bytes (and, for a key of more than 16
// bytes, of the bytes between) and one comparison with the only name
// that can match, whatever the number of names (a perfect hash, chosen when
// the set is built). A Fields is read-only once built and safe for
// concurrent use.
type Fields struct {
	names []string
	slots []slot // by hash
	mul   uint64
	shift uint8
}

// slot holds a name as its length and its first and last eight bytes (lo is
// zero-padded for a name of fewer than eight bytes, and hi is then zero; for
// one of more than 16, hi also folds in the bytes between): for a key of up
// to 16 bytes, equal words mean equal strings; a longer one is also compared
// whole.
type slot struct {
	lo, hi uint64
	n      int32 // -1: an empty slot
	i      uint8 // the name's number
}

// MaxFields is the most names a Fields holds (their duplicates are tracked
// in one 64-bit word).
const MaxFields = 64

// NewFields builds the set of names. It panics when a name repeats or there
// are more than MaxFields: a schema is fixed, so that is a programming error
// found by any test that reads the schema.
func NewFields(names ...string) *Fields {
	if len(names) > MaxFields {
		panic("jsonread.NewFields: more than " + strconv.Itoa(MaxFields) + " names")
	}
	for i, a := range names {
		for _, b := range names[:i] {
			if a == b {
				panic("jsonread.NewFields: duplicate name " + strconv.Quote(a))
			}
		}
	}
	// The smallest table, then the first multiplier of a fixed sequence, with
	// no two names in one slot: deterministic, so every process builds the
	// same table.
	for size := max(bits.Len(uint(2*len(names))), 2); size <= 16; size++ {
		mul := uint64(0x9E3779B97F4A7C15)
	next:
		for try := 0; try < 4096; try++ {
			mul += 0x2545F4914F6CDD1E // even step, odd start: mul stays odd
			f := &Fields{names: names, slots: make([]slot, 1<<size), mul: mul, shift: uint8(64 - size)}
			for i := range f.slots {
				f.slots[i].n = -1
			}
			for i, n := range names {
				lo, hi := words([]byte(n))
				s := &f.slots[f.hash(lo, hi, len(n))]
				if s.n >= 0 {
					continue next
				}
				*s = slot{lo: lo, hi: hi, n: int32(len(n)), i: uint8(i)}
			}
			return f
		}
	}
	panic("jsonread.NewFields: no perfect hash found") // not reached for sets of distinct names
}

// words returns the first and last eight bytes of key (see slot). When key
// is shorter than eight bytes but its capacity is not, as a key read from
// the input is, the first word is one load, masked.
func words(key []byte) (lo, hi uint64) {
	n := len(key)
	switch {
	case n > 16:
		// The bytes between the two words, folded into the second (FNV-1a),
		// so that long names differing only in the middle hash apart.
		m := uint64(14695981039346656037)
		for _, c := range key[8 : n-8] {
			m = (m ^ uint64(c)) * 1099511628211
		}
		return binary.LittleEndian.Uint64(key), binary.LittleEndian.Uint64(key[n-8:]) ^ m
	case n >= 8:
		return binary.LittleEndian.Uint64(key), binary.LittleEndian.Uint64(key[n-8:])
	case cap(key) >= 8:
		return binary.LittleEndian.Uint64(key[:8]) & (1<<(8*uint(n)) - 1), 0
	}
	var t [8]byte
	copy(t[:], key)
	return binary.LittleEndian.Uint64(t[:]), 0
}

func (f *Fields) hash(lo, hi uint64, n int) uint64 {
	return (((lo^uint64(n))*f.mul + hi) * f.mul) >> f.shift
}

// Index returns the number of key in the set, or -1 when it is not one of
// its names.
func (f *Fields) Index(key []byte) int {
	lo, hi := words(key)
	return f.find(lo, hi, key)
}

// find is Index for a key whose words (see words) the caller has.
func (f *Fields) find(lo, hi uint64, key []byte) int {
	s := &f.slots[f.hash(lo, hi, len(key))]
	if int(s.n) != len(key) || s.lo != lo || s.hi != hi || len(key) > 16 && f.names[s.i] != string(key) {
		return -1
	}
	return int(s.i)
}

// Name returns the name numbered i.
func (f *Fields) Name(i int) string { return f.names[i] }

// Len returns the number of names.
func (f *Fields) Len() int { return len(f.names) }
