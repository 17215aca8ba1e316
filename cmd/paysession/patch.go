package main

import (
	"fmt"
	"io"
)

// runPatch implements "paysession patch" (SPEC §8). Not implemented yet:
// this stub belongs to another issue and will be replaced.
func runPatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "patch: not implemented")
	return exitUsage
}
