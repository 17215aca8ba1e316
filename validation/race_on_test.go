//go:build race

package validation

// raceEnabled: the race detector is on. Its instrumentation makes large
// inputs slow, so the tests of linearity and memory on hostile inputs at the
// limits run without it (go test runs them; go test -race skips them).
const raceEnabled = true
