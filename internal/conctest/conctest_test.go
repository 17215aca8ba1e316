package conctest

import (
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// recorder is a testing.TB that keeps what Errorf reports.
type recorder struct {
	testing.TB
	mu   sync.Mutex
	msgs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, format)
	_ = args
}

func TestRunCallsEveryIteration(t *testing.T) {
	var calls atomic.Int64
	seen := make([][]bool, 16)
	for g := range seen {
		seen[g] = make([]bool, 50)
	}
	r := &recorder{TB: t}
	Run(r, 16, 50, func(g, i int) error {
		calls.Add(1)
		seen[g][i] = true // each (g, i) is written by one goroutine only
		return nil
	})
	if calls.Load() != 16*50 || len(r.msgs) != 0 {
		t.Fatalf("%d calls, %d failures; want %d, 0", calls.Load(), len(r.msgs), 16*50)
	}
	for g := range seen {
		for i, ok := range seen[g] {
			if !ok {
				t.Errorf("body(%d, %d) never called", g, i)
			}
		}
	}
}

// TestRunManyFailures: far more failures than any channel buffer (16 × 100)
// neither hang nor flood: MaxReported are shown and the rest counted.
func TestRunManyFailures(t *testing.T) {
	r := &recorder{TB: t}
	Run(r, 16, 100, func(g, i int) error { return errors.New("differs") })
	if len(r.msgs) != MaxReported+1 || !strings.Contains(r.msgs[MaxReported], "more failures") {
		t.Fatalf("reported %d messages, want %d with the count last: %q", len(r.msgs), MaxReported+1, r.msgs)
	}
}

func TestRunPanicIsAFailure(t *testing.T) {
	r := &recorder{TB: t}
	var after atomic.Int64
	Run(r, 2, 3, func(g, i int) error {
		if g == 0 && i == 1 {
			panic("boom")
		}
		after.Add(1)
		return nil
	})
	if len(r.msgs) != 1 || after.Load() != 5 {
		t.Fatalf("messages %q, %d other calls; want 1 failure and 5 calls", r.msgs, after.Load())
	}
}

func TestRunFewFailuresAllShown(t *testing.T) {
	r := &recorder{TB: t}
	Run(r, 4, 2, func(g, i int) error {
		if i == 0 {
			return errors.New("x")
		}
		return nil
	})
	if len(r.msgs) != 4 {
		t.Fatalf("reported %d, want 4", len(r.msgs))
	}
}
