package main

import (
	"fmt"
	"io"
)

// runQuote implements "paysession quote" (SPEC §8). Not implemented yet:
// this stub belongs to another issue and will be replaced.
func runQuote(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "quote: not implemented")
	return exitUsage
}
