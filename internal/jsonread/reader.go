package jsonread

import (
	"bytes"
	"strconv"

	"github.com/paysession/paysession/internal/limits"
)

// Codes of the problems a Reader reports. Their text equals the matching
// fielderr.Code, so a decoder converts them with a plain conversion.
const (
	CodeSyntax       = "syntax"
	CodeType         = "type"
	CodeDuplicateKey = "duplicate_key"
	CodeRange        = "range"
	CodeTooLarge     = "too_large"
	// CodeTooManyErrors closes a list cut at Limits.MaxErrors; its message
	// says how many problems were left out (limits.TooManyErrorsMessage).
	CodeTooManyErrors = limits.TooManyErrorsCode
)

// Kind is the JSON type of the next value.
type Kind uint8

// The kinds of JSON values. Invalid is returned by Peek when there is no
// value to read (a syntax error, or the reader has stopped).
const (
	Invalid Kind = iota
	Null
	Bool
	Number
	String
	Array
	Object
)

var kindNames = [...]string{"invalid", "null", "boolean", "number", "string", "array", "object"}

// String returns the kind's name ("null", "boolean", "number", "string",
// "array", "object"; "invalid").
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "invalid"
}

// Limits bounds what a Reader accepts. A zero or negative field means "no
// bound", which only tests should use.
type Limits struct {
	// MaxBytes is the largest input accepted.
	MaxBytes int
	// MaxDepth is the deepest nesting of arrays and objects; the top-level
	// value is at depth 1 when it is an array or object.
	MaxDepth int
	// MaxArrayLen bounds the elements of any array and MaxMembers the members
	// of any object, unless the decoder passes a bound of its own.
	MaxArrayLen int
	MaxMembers  int
	// MaxValues bounds the values Any builds over the whole document (every
	// element and member counts, at every depth), so that free-form data
	// cannot make the decoder allocate far more than the input's size.
	MaxValues int
	// MaxErrors bounds the field-level problems recorded. Past it the reader
	// reads on, only counting the further problems: Errors then returns the
	// first MaxErrors problems followed by one CodeTooManyErrors error at "$"
	// saying how many were left out.
	MaxErrors int
}

// Standard returns the bounds every decoder of the module uses (package
// internal/limits): the Primer request, response and PATCH decoders and the
// KOMOJU decoder read with the same limits.
func Standard() Limits {
	return Limits{
		MaxBytes:    limits.MaxInputBytes,
		MaxDepth:    limits.MaxDepth,
		MaxArrayLen: limits.MaxArrayLen,
		MaxMembers:  limits.MaxObjectMembers,
		MaxValues:   limits.MaxFreeFormValues,
		MaxErrors:   limits.MaxErrors,
	}
}

// Error is one problem, at one place of the document.
type Error struct {
	// Path is the JSONPath of the value concerned ("$" for the document).
	Path string
	// Code is one of the Code constants, or a decoder's own code (Fail).
	Code string
	// Message says what is wrong, in words.
	Message string
	// Offset is the byte offset in the input where the problem was found.
	Offset int
}

// seg is one step of the current path: a key or an array index, in two
// words of 32 bits and no pointer, so that a step costs one small store on
// the way in and nothing on the way out. A key is kept as its place in the
// input; its text (decoded, when it has escapes) is made again only when a
// path is built, that is, when a problem is reported.
type seg struct {
	off int32 // a key: offset of its text, just after the opening quote; an element: -1
	n   int32 // a key: the length of its text as written; an element: its index
}

// keyText returns the text of the key s as written in the input.
func (r *Reader) keyText(s seg) []byte { return r.data[s.off : s.off+s.n] }

// keyBytes returns the key s decoded (its text when it has no escapes).
func (r *Reader) keyBytes(s seg) []byte {
	raw := r.keyText(s)
	if bytes.IndexByte(raw, '\\') < 0 {
		return raw
	}
	k := Reader{data: r.data[:s.off+s.n+1], pos: int(s.off) - 1}
	b, _ := k.scanString(nil) // read once already: it is well-formed
	return b
}

// Reader reads one JSON document. Build it with New; it is not safe for
// concurrent use.
type Reader struct {
	data []byte
	src  string // a copy of data that strings share, or "" (see NewShared)
	pos  int
	// returned sums the lengths of the strings returned (see Returned).
	returned int
	lim      Limits
	depth    int
	path     []seg
	seen     [][]byte // keys of the objects being read, innermost last
	errs     []Error
	fatal    bool
	// omitted counts the problems past lim.MaxErrors, which are not recorded.
	omitted int
	// unlisted records the paths of those problems (see Unlisted).
	unlisted Unlisted
	built    int    // values built by Any so far
	buf      []byte // scratch for StringBytes when a string has escapes

	// Initial backing arrays, so that reading a typical document needs no
	// allocation for the path or the duplicate-key bookkeeping.
	pathArr [16]seg
	seenArr [32][]byte
}

// New returns a Reader over data. If data exceeds lim.MaxBytes the reader has
// already stopped with a CodeTooLarge error at "$".
func New(data []byte, lim Limits) *Reader {
	r := new(Reader)
	r.init(data, lim)
	return r
}

func (r *Reader) init(data []byte, lim Limits) {
	*r = Reader{data: data, lim: lim}
	r.path = r.pathArr[:0]
	r.seen = r.seenArr[:0]
	if lim.MaxBytes > 0 && len(data) > lim.MaxBytes {
		r.stop(CodeTooLarge, "input is larger than the limit of "+strconv.Itoa(lim.MaxBytes)+" bytes", "$")
	}
}

// NewShared is New, except that the strings the reader returns (String,
// Number, Key) are substrings of one private copy of data instead of a copy
// each: reading allocates once for all of them, and every string it returns
// keeps that copy (the input's size) alive.
func NewShared(data []byte, lim Limits) *Reader {
	r := new(Reader)
	r.InitShared(data, lim)
	return r
}

// InitShared makes r, which must not be in use, the reader NewShared(data,
// lim) returns, in place: a caller that keeps its reader inside a value of
// its own so allocates the two at once. r must not be copied afterwards.
func (r *Reader) InitShared(data []byte, lim Limits) {
	r.init(data, lim)
	if !r.fatal {
		r.src = string(data)
	}
}

// Key returns the key of the member being read (call it in Object's member
// callback, before reading nested objects) as a string the caller may keep.
func (r *Reader) Key() string {
	if len(r.path) == 0 || r.path[len(r.path)-1].off < 0 {
		return ""
	}
	sg := r.path[len(r.path)-1]
	k := r.keyBytes(sg)
	r.returned += len(k)
	if r.src != "" && len(k) == int(sg.n) {
		return r.src[sg.off : sg.off+sg.n]
	}
	return string(k)
}

// Returned returns the total length of the strings the reader has returned
// so far (by String, StringOrNull, Number and Key, and so through Any): the
// size of one buffer that can hold a copy of every one of them.
func (r *Reader) Returned() int { return r.returned }

// Stopped reports whether the reader has stopped on a fatal error.
func (r *Reader) Stopped() bool { return r.fatal }

// Errors returns the problems found, in document order. After a fatal error
// it returns that error alone. Past Limits.MaxErrors problems it returns the
// first MaxErrors followed by one CodeTooManyErrors error at "$" saying how
// many more there were. Every message is at most limits.MaxMessageBytes long.
func (r *Reader) Errors() []Error {
	if r.omitted > 0 && !r.fatal {
		return append(r.errs[:len(r.errs):len(r.errs)], Error{Path: "$", Code: CodeTooManyErrors,
			Message: limits.TooManyErrorsMessage(r.omitted), Offset: len(r.data)})
	}
	return r.errs
}

// Unlisted returns the record of the problems past Limits.MaxErrors, or nil
// when there are none (or the reader stopped on a fatal error).
func (r *Reader) Unlisted() *Unlisted {
	if r.omitted == 0 || r.fatal {
		return nil
	}
	return &r.unlisted
}

// Offset returns the current byte offset.
func (r *Reader) Offset() int { return r.pos }

// Finish checks that nothing but whitespace follows the value read; call it
// once the top-level value has been read.
func (r *Reader) Finish() {
	if r.fatal {
		return
	}
	r.ws()
	if r.pos < len(r.data) {
		r.syntax("unexpected " + r.describe() + " after the top-level value")
	}
}

// stop records a fatal error, dropping every field-level error.
func (r *Reader) stop(code, msg, path string) {
	if r.fatal {
		return
	}
	r.fatal = true
	r.omitted = 0
	r.unlisted = Unlisted{}
	r.errs = append(r.errs[:0], Error{Path: path, Code: code, Message: limits.Message(msg), Offset: r.pos})
}

func (r *Reader) syntax(msg string) {
	r.stop(CodeSyntax, "syntax error at byte offset "+strconv.Itoa(r.pos)+": "+msg, "$")
}

// Fail records a field-level problem at the current path (the value being
// read). It does not consume the value: a member or element callback that
// returns without consuming its value has it skipped.
func (r *Reader) Fail(code, msg string) {
	if r.fatal {
		return
	}
	if r.lim.MaxErrors > 0 && len(r.errs) >= r.lim.MaxErrors {
		r.omitted++ // counted, not built: no path, no message
		r.unlisted.record(r, code)
		return
	}
	r.errs = append(r.errs, Error{Path: r.Path(), Code: code, Message: limits.Message(msg), Offset: r.pos})
}
