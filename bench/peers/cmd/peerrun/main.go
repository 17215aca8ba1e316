// Command peerrun decodes the benchmark document with one path a number of
// times, for counting instructions with valgrind (scripts/bench-peers
// -callgrind runs it with -n 0 and -n N and divides the difference by N, so
// that start-up, building the document and ten warm-up calls, in which sonic
// compiles its decoders, are left out).
//
// Usage: peerrun -path NAME -lines N -n ITERATIONS
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"

	"github.com/paysession/paysession/bench/peers"
)

func main() {
	path := flag.String("path", "paysession", "the path to run: paysession, encoding/json, go-json-experiment, goccy or sonic")
	lines := flag.Int("lines", 10, "line items of the document")
	n := flag.Int("n", 100, "decodes after the first")
	flag.Parse()
	var decode func([]byte) (int64, error)
	for _, p := range peers.Paths {
		if p.Name == *path {
			decode = p.Decode
		}
	}
	if decode == nil || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: peerrun -path NAME -lines N -n ITERATIONS")
		os.Exit(2)
	}
	in := peers.Doc(*lines)
	want, err := decode(in)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// Warm up (sonic compiles decoders on the first calls), then start from
	// a collected heap, so that the runs with and without the decodes
	// measured differ by the decodes alone.
	for range 10 {
		decode(in)
	}
	runtime.GC()
	for range *n {
		if a, err := decode(in); err != nil || a != want {
			fmt.Fprintln(os.Stderr, "different result:", a, err)
			os.Exit(1)
		}
	}
	fmt.Println(len(in), want)
}
