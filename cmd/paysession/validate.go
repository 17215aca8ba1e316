package main

import (
	"fmt"
	"io"
)

// runValidate implements "paysession validate" (SPEC §8). Not implemented yet:
// this stub belongs to another issue and will be replaced.
func runValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "validate: not implemented")
	return exitUsage
}
