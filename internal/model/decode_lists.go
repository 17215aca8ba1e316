package model

import (
	"slices"

	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/internal/valueview"
	"github.com/paysession/paysession/jsonvalue"
)

// The decoders' building blocks: the Value builder, lists read without
// growing, and the strict result.

// The jsonvalue builders of internal/valueview: the decoders keep the
// strings and slices they read, and compact them at the end.
var (
	valueBuilder = valueview.Builder.(jsonread.Builder[jsonvalue.Value])
	objectOf     = valueview.Object.(func([]jsonvalue.Member) jsonvalue.Value)
	compactValue = valueview.Compact.(func(*jsonvalue.Value, valueview.Strings))
)

// list gathers the elements of a list of a session (line items, fees,
// orderedAllowedCardNetworks, the members of metadata, the payment method
// options and their networks) in one pass over the input, without knowing
// their number in advance: the first SmallList elements go to an array inside the list, which lives on the
// decoding function's stack; past that, the elements move once to the heap,
// to a slice sized by extrapolating from the bytes the first elements took to
// the bytes of input left (at most max elements, and at most one per two
// bytes left, since an element and its comma take at least two); should that
// estimate fall short, the slice doubles. done copies a list still in the
// array to the heap at its exact length, and keeps a heap slice as it is
// unless the estimate left more than a quarter of it unused. A 10-line or a
// 1 000-line session so costs one allocation for its line items, as when
// they were counted first, without reading them twice, and a short list one
// allocation, of its exact length (appending would allocate for 1, 2, 4, …
// elements).
type list[T any] struct {
	small [SmallList]T
	big   []T // every element, once small is full
	n     int // elements in small
	start int // input offset of the array's '['
	max   int
}

// SmallList is how many elements of a list the decoder holds before it
// moves them to the heap.
const SmallList = 16

func newList[T any](r *jsonread.Reader, max int) list[T] {
	return list[T]{start: r.Offset(), max: max}
}

// next appends a zero element and returns it.
func (l *list[T]) next(dec *decoder) *T {
	if l.big == nil {
		if l.n < SmallList {
			l.n++
			return &l.small[l.n-1]
		}
		off := dec.r.Offset()
		used, left := max(off-l.start, 1), dec.size-off
		c := min(SmallList+1+SmallList*left/used, SmallList+1+left/2, l.max)
		l.big = make([]T, SmallList, c)
		copy(l.big, l.small[:])
	}
	var zero T
	l.big = append(l.big, zero)
	return &l.big[len(l.big)-1]
}

// done returns the list to keep: nil when it is empty.
func (l *list[T]) done() []T {
	if l.big == nil {
		if l.n == 0 {
			return nil
		}
		t := make([]T, l.n)
		copy(t, l.small[:l.n])
		return t
	}
	if cap(l.big)-len(l.big) > len(l.big)/4 {
		t := make([]T, len(l.big))
		copy(t, l.big)
		return t
	}
	return slices.Clip(l.big)
}
