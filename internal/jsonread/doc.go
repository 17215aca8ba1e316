// Package jsonread is a small, strict, allocation-conscious JSON reader for
// the hand-written decoders of paysession (Primer's and KOMOJU's session
// JSON). It is internal: its API serves those decoders and nothing else.
//
// # What it reads
//
// A Reader walks one JSON document held in a []byte, strictly per RFC 8259:
//
//   - Exactly one value, with only whitespace (space, tab, CR, LF) around it;
//     anything after it is trailing garbage and a syntax error. A byte-order
//     mark is a syntax error.
//   - Numbers follow JSON's grammar: no leading zeros ("01"), no "+1", no
//     ".5", no "1.", no NaN or Infinity, no hex.
//   - Strings must be valid UTF-8 and must not contain raw control characters
//     (U+0000–U+001F); escapes are only \" \\ \/ \b \f \n \r \t and \uXXXX.
//     A \u escape that is a lone UTF-16 surrogate is grammatical JSON but not a
//     character: it is decoded as U+FFFD (the replacement character), as
//     encoding/json does. A valid surrogate pair is decoded to its character.
//   - Literals are exactly true, false and null.
//
// # Errors
//
// Problems come in two kinds. A syntax error (or a limit exceeded, see below)
// is fatal: the reader stops, every later call returns at once, and Errors
// returns that one error. A field-level problem (a value of the wrong type, an
// integer out of range, a duplicate key, or whatever the decoder reports with
// Fail) is recorded with the JSONPath of the value, the value is skipped, and
// reading goes on, so that every problem of a document comes out at once, in
// document order. Past Limits.MaxErrors problems the reader still reads on,
// only counting: Errors lists the first MaxErrors and one CodeTooManyErrors
// saying how many more there were. Of the problems it only counts it keeps
// their paths, a node of 16 bytes per step (Unlisted), so that a validator
// can tell exactly which of its own problems repeat them and how many
// distinct problems they are. Every message is at most 200 bytes, and
// quotes at most 64 bytes of a key or literal (package internal/limits).
//
// # Paths
//
// Paths are JSONPath-style, as Primer reports them: "$" is the document,
// ".key" a member, "[2]" an element: "$.order.lineItems[2].amount". A key is
// written after a dot when it is an identifier — an ASCII letter, "_" or "$"
// followed by ASCII letters, digits, "_" or "$" ("$.metadata.productId").
// Any other key (empty, with a space, a dot, a quote, a non-ASCII letter, or
// starting with a digit) is written in brackets and single quotes, with a
// backslash before "\" and "'", and control characters as \u00XX:
//
//	$.metadata['a b']
//	$.metadata['it\'s']
//	$.metadata['']
//
// A path repeats at most 64 bytes of a key, cut at a UTF-8 boundary and
// marked with "…" ($.metadata.aaaa…); the part shown decides the form. So a
// path costs at most the depth limit times about 70 bytes, whatever the keys.
//
// # Limits
//
// A Reader enforces the Limits it is given as it goes: the input size (before
// reading anything), the nesting depth, and the number of elements of an
// array or members of an object (the decoder may pass a tighter bound per
// array or object), and the number of values Any builds over the whole
// document. Each check happens before the work it guards, so reading
// takes time linear in the input and memory in proportion to it, whatever
// the input. Exceeding a limit is a fatal error with code CodeTooLarge at the
// path of the offending value.
//
// # Allocation
//
// Keys are handed to the decoder as []byte views into the input (or, when the
// key has escapes, a private decoded copy), valid only during the member
// callback; switching on string(key) does not allocate. StringBytes returns a
// view into the input when the string has no escapes. String, Number and Key
// return strings the caller may keep: with a reader made by New each is a
// copy; with one made by NewShared each is a substring of one private copy of
// the input, made once (so reading allocates once for all strings, and what
// the caller keeps keeps that copy alive; the session decoders copy a
// session's strings into one compact allocation at the end). Either way no
// string the reader returns, nor any error's path or message, is a view of
// the input: changing the input after reading changes none of them.
//
// # Speed
//
// The reader reads every byte of the input once. Strings are scanned eight
// bytes at a time: one little-endian 64-bit load and a few integer
// operations flag a quote, a backslash, a control byte or a non-ASCII byte
// anywhere in the word (portable Go, no unsafe); a non-ASCII character is
// checked as UTF-8 where it stands. An object of a fixed schema read with
// ObjectFields has its keys numbered by a Fields, a perfect hash built once
// per schema: a key costs one hash and one comparison, and a repeated key
// one bit test. The path of the value being read is kept as the place of
// each key in the input or the index of each element (two 32-bit numbers a
// step); the path's text is made only when a problem is reported.
package jsonread
