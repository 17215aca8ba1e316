// Package piitest generates personal values for the tests that check no
// message, log line or printed form of a value leaks personal data, and
// prints a value every way a program might log it. It is for tests only: no
// package of the library imports it outside its _test.go files.
package piitest

import (
	"bytes"
	"fmt"
	"log/slog"
	"math/rand"
)

// runes are the characters of generated personal values: none needs
// escaping in JSON or in slog's text output, so a leaked value appears
// verbatim in either.
var runes = []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@.+-_éß日本語")

// String returns a personal value of n characters drawn by r from a set of
// letters, digits, "@.+-_" and non-ASCII letters that need no escaping in
// JSON or slog's text output. It draws n values from r.
func String(r *rand.Rand, n int) string {
	b := make([]rune, n)
	for i := range b {
		b[i] = runes[r.Intn(len(runes))]
	}
	return string(b)
}

// Logged returns every way v can be printed or logged: String, fmt's %v
// and %+v, and a slog record with v as the attribute "s" through the JSON
// and the text handler.
func Logged(v interface {
	fmt.Stringer
	slog.LogValuer
}) []string {
	var jb, tb bytes.Buffer
	slog.New(slog.NewJSONHandler(&jb, nil)).Info("session", "s", v)
	slog.New(slog.NewTextHandler(&tb, nil)).Info("session", "s", v)
	return []string{v.String(), fmt.Sprint(v), fmt.Sprintf("%+v", v), jb.String(), tb.String()}
}
