package clienttoken

import (
	"time"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/limits"
)

// Lifetime is how long a client token is valid after its session was
// created (Primer: 24 hours).
const Lifetime = 24 * time.Hour

// CodeDateFormat: a date-time that is not in the form Primer writes
// clientTokenExpirationDate ("2021-08-12T16:14:08.578695").
const CodeDateFormat fielderr.Code = "date_format"

// Expiration returns when a client token created at created expires:
// Lifetime later, in UTC.
func Expiration(created time.Time) time.Time {
	return created.Add(Lifetime).UTC()
}

// Expired reports whether a client token with the given expiration is
// expired at now. The token is valid on the half-open interval
// [created, expiration): at exactly the expiration instant it is expired.
// The library never reads the clock: the caller passes now.
func Expired(expiration, now time.Time) bool {
	return !now.Before(expiration)
}

// Format writes t the way Primer writes
// clientTokenExpirationDate, which is Python's datetime.isoformat() of a naive
// UTC time: t in UTC, "2006-01-02T15:04:05.000000" with exactly six fraction
// digits (microseconds; finer precision is truncated, not rounded), and, as
// isoformat() does, no fraction at all when the microseconds are zero
// ("2021-08-12T16:14:08"). There is no zone designator.
//
// Python's datetime holds years 1 to 9999 only; for a year outside that
// range the result is not accepted by Parse.
func Format(t time.Time) string {
	t = t.UTC().Truncate(time.Microsecond)
	y, mo, d := t.Date()
	if y < 0 || y > 9999 {
		if t.Nanosecond() == 0 {
			return t.Format("2006-01-02T15:04:05")
		}
		return t.Format("2006-01-02T15:04:05.000000")
	}
	h, mi, sec := t.Clock()
	us := t.Nanosecond() / 1000
	var buf [26]byte
	b := buf[:0]
	b = appendDigits(b, y, 4)
	b = append(b, '-')
	b = appendDigits(b, int(mo), 2)
	b = append(b, '-')
	b = appendDigits(b, d, 2)
	b = append(b, 'T')
	b = appendDigits(b, h, 2)
	b = append(b, ':')
	b = appendDigits(b, mi, 2)
	b = append(b, ':')
	b = appendDigits(b, sec, 2)
	if us != 0 {
		b = append(b, '.')
		b = appendDigits(b, us, 6)
	}
	return string(b)
}

// appendDigits appends the n lowest decimal digits of v (v ≥ 0), zero-padded.
func appendDigits(b []byte, v, n int) []byte {
	for i := n - 1; i >= 0; i-- {
		b = append(b, 0)
	}
	for i := len(b) - 1; i >= len(b)-n; i-- {
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return b
}

// Parse parses a clientTokenExpirationDate in either of the two
// forms Format writes: "2021-08-12T16:14:08.578695" (exactly six
// fraction digits) or "2021-08-12T16:14:08". The time is read as UTC; a zone
// designator ("Z", "+00:00"), another number of fraction digits, a space
// instead of "T", an invalid date or time (month 13, February 30, hour 24,
// second 60) or a year outside 0001–9999 is an error: a fielderr.List with one
// fielderr.Error of code CodeDateFormat at "$.clientTokenExpirationDate", the
// field of a create response the value comes from, as the decoders report
// their problems.
func Parse(s string) (time.Time, error) {
	const shape = "dddd-dd-ddTdd:dd:dd"
	ok := len(s) == len(shape) || (len(s) == len(shape)+7 && s[len(shape)] == '.')
	for i := 0; ok && i < len(s); i++ {
		want := byte('d')
		if i < len(shape) {
			want = shape[i]
		} else if i == len(shape) {
			continue
		}
		if want == 'd' {
			ok = s[i] >= '0' && s[i] <= '9'
		} else {
			ok = s[i] == want
		}
	}
	if !ok {
		return time.Time{}, tokenError(limits.Quote(s) + " is not of the form 2021-08-12T16:14:08.578695")
	}
	num := func(i, n int) int {
		v := 0
		for _, c := range []byte(s[i : i+n]) {
			v = v*10 + int(c-'0')
		}
		return v
	}
	y, mo, d := num(0, 4), num(5, 2), num(8, 2)
	h, mi, sec := num(11, 2), num(14, 2), num(17, 2)
	us := 0
	if len(s) > len(shape) {
		us = num(20, 6)
	}
	t := time.Date(y, time.Month(mo), d, h, mi, sec, us*1000, time.UTC)
	// time.Date normalises out-of-range fields (February 30 becomes March 2):
	// a changed field means the input was not a valid date and time.
	if y < 1 || mo < 1 || mo > 12 || h > 23 || mi > 59 || sec > 59 || t.Day() != d || t.Month() != time.Month(mo) {
		return time.Time{}, tokenError(limits.Quote(s) + " is not a valid date and time")
	}
	return t, nil
}

// tokenError is Parse's one problem.
func tokenError(msg string) error {
	return fielderr.List{{Path: "$.clientTokenExpirationDate", Code: CodeDateFormat, Message: msg}}
}
