//go:build race

package session

// raceEnabled: the race detector is on; allocation counts are not checked
// under its instrumentation.
const raceEnabled = true
