// Package peers measures paysession's strict decoder against the Go JSON
// decoders a service would otherwise use, on the same work: bytes of a Primer
// create-session request → decoded session → amount.
//
// It is a Go module of its own, so that no peer library ever enters
// paysession's go.mod; its go.mod replaces paysession with the repository's
// working tree (../..).
//
// Each path decodes the same document (Doc: the realistic session of
// session/json_bench_test.go, with 10, 100 or 1 000 line items) and sums the
// amount: line totals (amount × quantity − discount + tax), shipping and
// fees, with overflow checks.
//
//   - Paysession: session.DecodeRequest then pricing.Calculate: unknown
//     fields, duplicate keys, invalid UTF-8, types, limits, every problem at
//     once.
//   - EncodingJSON: encoding/json's Decoder with DisallowUnknownFields, into
//     plain structs (no duplicate-key or UTF-8 checks).
//   - JSONv2: github.com/go-json-experiment/json with RejectUnknownMembers
//     (rejects duplicates and invalid UTF-8; first error only).
//   - Goccy: github.com/goccy/go-json's v2 API with RejectUnknownMembers
//     (the same checks as JSONv2; first error only).
//   - Sonic: github.com/bytedance/sonic, the standard configuration with
//     DisallowUnknownFields and ValidateString (no duplicate-key check;
//     first error only).
//
// The benchmarks (peers_test.go) run every path on every size; the script
// scripts/bench-peers at the repository's root runs them in interleaved
// rounds and prints a table of paired ratios, or, with -callgrind, counts
// instructions with valgrind by running cmd/peerrun.
package peers
