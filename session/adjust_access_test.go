package session

import (
	"errors"
	"runtime"
	"strconv"
	"testing"
	"unsafe"

	"github.com/paysession/paysession/internal/model"
)

func TestWithLineAmounts(t *testing.T) {
	s, err := New(Params{CurrencyCode: "USD", Order: Order{LineItems: []LineItem{
		{ItemID: "a", Amount: Some[int64](500), TaxAmount: Some[int64](7)},
		{ItemID: "b", Amount: Some[int64](300), DiscountAmount: Some[int64](10)},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	u, err := s.WithLineAmounts(nil, []Opt[int64]{Some[int64](44), {}})
	if err != nil || u.LineItem(0).TaxAmount != Some[int64](44) || u.LineItem(1).TaxAmount.IsSet() ||
		u.LineItem(1).DiscountAmount != Some[int64](10) || u.LineItem(0).ItemID != "a" {
		t.Errorf("tax: %+v %+v, %v", u.LineItem(0), u.LineItem(1), err)
	}
	if s.LineItem(0).TaxAmount != Some[int64](7) {
		t.Error("s changed")
	}
	u, err = s.WithLineAmounts([]Opt[int64]{Some[int64](1), Some[int64](2)}, nil)
	if err != nil || u.LineItem(0).DiscountAmount != Some[int64](1) || u.LineItem(1).DiscountAmount != Some[int64](2) || u.LineItem(0).TaxAmount != Some[int64](7) {
		t.Errorf("discount: %+v, %v", u.LineItem(0), err)
	}
	if _, err := s.WithLineAmounts(make([]Opt[int64], 1), nil); !errors.Is(err, ErrLineCount) {
		t.Errorf("length: %v", err)
	}
	if e, err := (Session{}).WithLineAmounts(nil, nil); err != nil || !e.Equal(Session{}) {
		t.Errorf("empty: %v", err)
	}
}

func TestWithLineAmountsSizes(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 9, 17, 33, 40} {
		items := make([]LineItem, n)
		for i := range items {
			items[i] = LineItem{ItemID: strconv.Itoa(i), Amount: Some(int64(i))}
		}
		s, err := New(Params{Order: Order{LineItems: items}})
		if err != nil {
			t.Fatal(err)
		}
		tax := make([]Opt[int64], n)
		for i := range tax {
			tax[i] = Some(int64(10 * i))
		}
		u, err := s.WithLineAmounts(nil, tax)
		if err != nil || u.NumLineItems() != n {
			t.Fatalf("%d lines: %v", n, err)
		}
		for i := range n {
			if li := u.LineItem(i); li.ItemID != strconv.Itoa(i) || li.TaxAmount != Some(int64(10*i)) || s.LineItem(i).TaxAmount.IsSet() {
				t.Errorf("%d lines: line %d = %+v", n, i, li)
			}
		}
		allocs := testing.AllocsPerRun(20, func() { _, _ = s.WithLineAmounts(nil, tax) })
		if want := map[bool]float64{true: 1, false: 2}[n <= 32]; allocs != want {
			t.Errorf("%d lines: %v allocations, want %v", n, allocs, want)
		}
	}
}

// TestWithLineAmountsBytes checks that the copy is sized for its lines: at
// most the size of the data and the n line items rounded up by the
// allocator's size classes (under 1/5 more), where rounding the lines up to a
// power of two would be up to 60 % more.
func TestWithLineAmountsBytes(t *testing.T) {
	for n := 1; n <= 32; n++ {
		s, err := New(Params{Order: Order{LineItems: make([]LineItem, n)}})
		if err != nil {
			t.Fatal(err)
		}
		tax := make([]Opt[int64], n)
		exact := unsafe.Sizeof(model.Data{}) + uintptr(n)*unsafe.Sizeof(LineItem{})
		var before, after runtime.MemStats
		const runs = 100
		runtime.ReadMemStats(&before)
		for range runs {
			if _, err := s.WithLineAmounts(nil, tax); err != nil {
				t.Fatal(err)
			}
		}
		runtime.ReadMemStats(&after)
		if got := (after.TotalAlloc - before.TotalAlloc) / runs; got < uint64(exact) || got > uint64(exact+exact/5) {
			t.Errorf("%d lines: %d bytes a copy, want %d rounded up by under 1/5", n, got, exact)
		}
	}
}
