// Package conctest is the one harness of the concurrency tests: it runs a
// test body from many goroutines at once, waits for all of them, and reports
// every failure through the test's Errorf, so that a concurrency test can
// neither hang (no channel to fill) nor lose a failure.
//
// The tests that use it check that the library's values are safe to share:
// each body compares what it computes with what was computed alone
// beforehand, and go test -race reports any write to shared state.
package conctest

import (
	"fmt"
	"sync"
	"testing"
)

// MaxReported is how many failures Run reports one by one; the rest are
// counted in one last error, so that a body failing on every iteration does
// not flood the output.
const MaxReported = 20

// Run calls body(g, i) for every iteration i in [0, iterations) in each of
// goroutines goroutines, all running at once, and returns when every call has
// returned. A body reports a failure by returning a non-nil error (join
// several with errors.Join); a body that panics fails too, and the other
// goroutines go on. Each failure is reported with t.Errorf, with the
// goroutine and iteration, up to MaxReported; the number of the others is
// reported after them. Run never blocks on a failure, however many there
// are.
func Run(t testing.TB, goroutines, iterations int, body func(g, i int) error) {
	t.Helper()
	var (
		mu       sync.Mutex
		failures int
		wg       sync.WaitGroup
	)
	fail := func(g, i int, err any) {
		mu.Lock()
		failures++
		n := failures
		mu.Unlock()
		if n <= MaxReported {
			t.Errorf("goroutine %d, iteration %d: %v", g, i, err)
		}
	}
	call := func(g, i int) {
		defer func() {
			if p := recover(); p != nil {
				fail(g, i, fmt.Sprintf("panic: %v", p))
			}
		}()
		if err := body(g, i); err != nil {
			fail(g, i, err)
		}
	}
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range iterations {
				call(g, i)
			}
		}()
	}
	wg.Wait()
	if failures > MaxReported {
		t.Errorf("%d more failures not shown (%d in all)", failures-MaxReported, failures)
	}
}
