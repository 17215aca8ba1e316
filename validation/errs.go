package validation

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/internal/limits"
)

// collector gathers problems. Its list stays nil until the first problem, so
// validating a valid session allocates nothing; paths and messages are only
// built for problems.
//
// It lists at most limits.MaxErrors problems, the first ones in the order
// sortErrors gives, and counts the others: whenever the list reaches twice
// the bound it is sorted and cut back to the bound, so memory stays bounded
// and the work is n·log(MaxErrors) for n problems, whatever n is.
//
// Problems at or under the path of a decoding problem (covered) are not
// added: a field the decoder could not read is absent from the best-effort
// session, so a rule would report it again, as missing; one mistake gives one
// problem.
type collector struct {
	list    fielderr.List
	omitted int                 // problems counted but not listed
	covered map[string]struct{} // paths of the decoding problems
	// unlisted records the decoding problems the decoder counted past its
	// cap without listing them (nil when there are none): their paths cover
	// rule problems too, and they are counted exactly, once each.
	unlisted *jsonread.Unlisted
	ops      int // set look-ups and problems sorted, for the tests of linearity
	// cutSeen holds the problems (path and code) whose path has a key cut
	// to limits.MaxKeyBytes: the only problems that can share a path and
	// code with another one (two long keys cut alike), which must count
	// once even when cut apart, in different rounds, by cut.
	cutSeen map[fielderr.Error]struct{}
}

func (c *collector) add(path string, code fielderr.Code, msg string) {
	c.addError(fielderr.Error{Path: path, Code: code, Message: msg})
}

// addError adds one problem, cutting its message to limits.MaxMessageBytes.
// A CodeTooManyErrors problem of another list adds its count to the omitted
// problems instead.
func (c *collector) addError(e fielderr.Error) {
	if e.Code == fielderr.CodeTooManyErrors {
		if c.unlisted != nil && c.covered == nil {
			c.omitted += c.unlistedCount()
			return
		}
		if n, ok := limits.OmittedCount(e.Message); ok {
			c.omitted += n
			return
		}
	}
	if c.covered != nil && c.isCovered(e.Path) {
		return
	}
	if strings.Contains(e.Path, limits.Ellipsis) {
		k := fielderr.Error{Path: e.Path, Code: e.Code}
		if _, dup := c.cutSeen[k]; dup {
			return
		}
		if c.cutSeen == nil {
			c.cutSeen = make(map[fielderr.Error]struct{})
		}
		c.cutSeen[k] = struct{}{}
	}
	e.Message = limits.Message(e.Message)
	c.list = append(c.list, e)
	if len(c.list) >= 2*limits.MaxErrors {
		c.cut()
	}
}

// cut sorts the list, drops duplicates and keeps the first MaxErrors.
func (c *collector) cut() {
	c.ops += len(c.list)
	sortErrors(c.list)
	c.list = slices.CompactFunc(c.list, func(a, b fielderr.Error) bool {
		return a.Path == b.Path && a.Code == b.Code
	})
	if len(c.list) > limits.MaxErrors {
		c.omitted += len(c.list) - limits.MaxErrors
		clear(c.list[limits.MaxErrors:])
		c.list = c.list[:limits.MaxErrors]
	}
}

// cover records the paths of the problems listed so far (the decoding
// problems): later problems at or under them are left out.
func (c *collector) cover() {
	if len(c.list) == 0 && c.unlisted == nil {
		return
	}
	c.covered = make(map[string]struct{}, len(c.list))
	for _, e := range c.list {
		c.covered[e.Path] = struct{}{}
	}
}

// unlistedCount returns the number of decoding problems the decoder left
// out of its list, each distinct (path, code) once and none that repeats one
// it listed (two long keys cut to the same text give the same path). It is
// called when the decoder's CodeTooManyErrors problem is merged, after the
// problems it listed.
func (c *collector) unlistedCount() int {
	n := c.unlisted.Count()
	var seen map[fielderr.Error]struct{}
	for _, e := range c.list {
		c.ops++
		if !c.unlisted.Has(e.Path, string(e.Code)) {
			continue
		}
		k := fielderr.Error{Path: e.Path, Code: e.Code}
		if _, dup := seen[k]; dup {
			continue
		}
		if seen == nil {
			seen = make(map[fielderr.Error]struct{})
		}
		seen[k] = struct{}{}
		n--
	}
	return n
}

// isCovered reports whether path, or a path it is inside ($.a for $.a.b and
// $.a[1], not for $.ab), is a decoding problem's: one look-up per step of
// the path, so the check is linear in the path's length.
func (c *collector) isCovered(path string) bool {
	for i := 1; i <= len(path); i++ {
		if i == len(path) || path[i] == '.' || path[i] == '[' {
			c.ops++
			if _, ok := c.covered[path[:i]]; ok {
				return true
			}
		}
	}
	if c.unlisted != nil {
		c.ops++
		return c.unlisted.Covers(path)
	}
	return false
}

// merge adds every problem of err (a fielderr.List, a *fielderr.Error or any other
// error, which is reported at "$").
func (c *collector) merge(err error) {
	if err == nil {
		return
	}
	var l fielderr.List
	if errors.As(err, &l) {
		for _, e := range l {
			c.addError(e)
		}
		return
	}
	var fe *fielderr.Error
	if errors.As(err, &fe) {
		c.addError(*fe)
		return
	}
	c.add("$", fielderr.CodeSyntax, err.Error())
}

// err sorts the problems, drops exact duplicates (same path, code and
// message, or same path and code from two sources) and returns them, or nil:
// at most limits.MaxErrors, then one CodeTooManyErrors problem at "$" saying
// how many more there were.
func (c *collector) err() error {
	if len(c.list) == 0 && c.omitted == 0 {
		return nil
	}
	c.cut()
	if c.omitted > 0 {
		c.list = append(c.list, fielderr.Error{Path: "$", Code: fielderr.CodeTooManyErrors,
			Message: limits.TooManyErrorsMessage(c.omitted)})
	}
	return c.list
}

// sortErrors orders problems by path, comparing array indices as numbers
// ($.order.lineItems[2] before $.order.lineItems[10]) and everything else
// byte by byte, then by code, then by message. The sort is stable.
func sortErrors(l fielderr.List) {
	slices.SortStableFunc(l, func(a, b fielderr.Error) int {
		if c := comparePaths(a.Path, b.Path); c != 0 {
			return c
		}
		if c := strings.Compare(string(a.Code), string(b.Code)); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
}

// comparePaths compares two JSONPath-style paths: byte by byte, except that
// two runs of digits that both follow a '[' compare as numbers.
func comparePaths(a, b string) int {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if i > 0 && j > 0 && a[i-1] == '[' && b[j-1] == '[' && isDigit(a[i]) && isDigit(b[j]) {
			ei, ej := i, j
			for ei < len(a) && isDigit(a[ei]) {
				ei++
			}
			for ej < len(b) && isDigit(b[ej]) {
				ej++
			}
			na, nb := strings.TrimLeft(a[i:ei], "0"), strings.TrimLeft(b[j:ej], "0")
			if len(na) != len(nb) {
				if len(na) < len(nb) {
					return -1
				}
				return 1
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
			i, j = ei, ej
			continue
		}
		if a[i] != b[j] {
			if a[i] < b[j] {
				return -1
			}
			return 1
		}
		i++
		j++
	}
	switch {
	case len(a)-i < len(b)-j:
		return -1
	case len(a)-i > len(b)-j:
		return 1
	}
	return 0
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// index returns prefix + "[i]" + suffix.
func index(prefix string, i int, suffix string) string {
	return prefix + "[" + strconv.Itoa(i) + "]" + suffix
}

// member returns the path of an object member: prefix + ".key", or
// prefix + "['key']" for a key that is not an identifier, by the same rule as
// the decoders' paths (package jsonread), so that a problem the decoder finds
// and one validation finds at the same member have the same path.
func member(prefix, key string) string {
	return string(jsonread.AppendKey([]byte(prefix), []byte(key)))
}

// runeLen returns the length of s in code points, as JSON Schema counts
// (each invalid UTF-8 byte counts as one).
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// longerThan reports whether s has more than max code points, without
// counting when its byte length already settles it.
func longerThan(s string, max int) bool {
	return len(s) > max && runeLen(s) > max
}

// quoted returns s in Go quotes for a message, cut to 64 bytes at a UTF-8
// boundary. Never use it for the value of a personal field.
func quoted(s string) string { return limits.Quote(s) }

func itoa(i int64) string { return strconv.FormatInt(i, 10) }
