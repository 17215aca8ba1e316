// Package doccheck holds one test: every exported name of the module is
// documented. It has no code of its own to import; run it with
//
//	go test ./internal/doccheck
//
// The test walks every package directory of the module (skipping testdata,
// hidden directories and directories with their own go.mod), parses the
// non-test .go files that the current build would compile (go/build decides,
// so files behind a "//go:build ignore" line are left out) with go/parser,
// and fails with one line per problem, "file:line: what is missing":
//
//   - a package without a package comment in any of its files;
//   - an exported top-level function without a doc comment;
//   - an exported method of an exported type without a doc comment (methods
//     of unexported types are not shown by go doc and are not checked);
//   - an exported type without a doc comment; in a parenthesized
//     "type ( … )" group the group's comment counts, as go doc shows it;
//   - an exported constant or variable without a doc comment. In a
//     parenthesized "const ( … )" or "var ( … )" group, a comment above the
//     group documents every name in it (go doc prints the group with its
//     comment), and so does a comment above the name or at the end of its
//     line.
//
// Struct fields and interface methods are not checked: go doc shows them
// inside their type's declaration, whose doc comment is checked.
//
// The same checker runs on small source texts in the test, with known
// missing comments, so the test is shown to fail when a comment is missing.
package doccheck
