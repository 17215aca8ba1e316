package jsonread

import (
	"encoding/binary"
	"math/bits"
	"strconv"
)

// Fields is the fixed set of keys of an object schema, numbered in the
// order given to NewFields. Looking a key up costs one multiplicative hash of
// its length and first and last eight bytes and one comparison with the only name
// that can match, whatever the number of names (a perfect hash, chosen when
// the set is built). A Fields is read-only once built and safe for
// concurrent use.
type Fields struct {
	names []string
	slots []uint8 // hash slot → index+1 of the name there, 0 for none
	mul   uint64
	shift uint8
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
			f := &Fields{names: names, slots: make([]uint8, 1<<size), mul: mul, shift: uint8(64 - size)}
			for i, n := range names {
				h := f.hash([]byte(n))
				if f.slots[h] != 0 {
					continue next
				}
				f.slots[h] = uint8(i + 1)
			}
			return f
		}
	}
	panic("jsonread.NewFields: no perfect hash found") // not reached for sets of distinct names
}

// hash mixes the length and the first and last eight bytes of key (so keys
// of up to 16 bytes are told apart whole).
func (f *Fields) hash(key []byte) uint32 {
	n := len(key)
	var lo, hi uint64
	if n >= 8 {
		lo = binary.LittleEndian.Uint64(key)
		hi = binary.LittleEndian.Uint64(key[n-8:])
	} else {
		var t [8]byte
		copy(t[:], key)
		lo = binary.LittleEndian.Uint64(t[:])
	}
	return uint32((((lo^uint64(n))*f.mul + hi) * f.mul) >> f.shift)
}

// Index returns the number of key in the set, or -1 when it is not one of
// its names.
func (f *Fields) Index(key []byte) int {
	i := int(f.slots[f.hash(key)]) - 1
	if i < 0 || f.names[i] != string(key) {
		return -1
	}
	return i
}

// Name returns the name numbered i.
func (f *Fields) Name(i int) string { return f.names[i] }

// Len returns the number of names.
func (f *Fields) Len() int { return len(f.names) }
