package session

import (
	"fmt"
	"time"
)

// TokenLifetime is how long a client token is valid after its session was
// created (Primer: 24 hours).
const TokenLifetime = 24 * time.Hour

// CodeDateFormat: a date-time that is not in the form Primer writes
// clientTokenExpirationDate ("2021-08-12T16:14:08.578695").
const CodeDateFormat ErrorCode = "date_format"

// TokenExpiration returns when a client token created at created expires:
// TokenLifetime later, in UTC.
func TokenExpiration(created time.Time) time.Time {
	return created.Add(TokenLifetime).UTC()
}

// TokenExpired reports whether a client token with the given expiration is
// expired at now. The token is valid on the half-open interval
// [created, expiration): at exactly the expiration instant it is expired.
// The library never reads the clock: the caller passes now.
func TokenExpired(expiration, now time.Time) bool {
	return !now.Before(expiration)
}

// FormatTokenExpiration writes t the way Primer writes
// clientTokenExpirationDate, which is Python's datetime.isoformat() of a naive
// UTC time: t in UTC, "2006-01-02T15:04:05.000000" with exactly six fraction
// digits (microseconds; finer precision is truncated, not rounded), and, as
// isoformat() does, no fraction at all when the microseconds are zero
// ("2021-08-12T16:14:08"). There is no zone designator.
//
// Python's datetime holds years 1 to 9999 only; for a year outside that
// range the result is not accepted by ParseTokenExpiration.
func FormatTokenExpiration(t time.Time) string {
	t = t.UTC().Truncate(time.Microsecond)
	if t.Nanosecond() == 0 {
		return t.Format("2006-01-02T15:04:05")
	}
	return t.Format("2006-01-02T15:04:05.000000")
}

// ParseTokenExpiration parses a clientTokenExpirationDate in either of the two
// forms FormatTokenExpiration writes: "2021-08-12T16:14:08.578695" (exactly six
// fraction digits) or "2021-08-12T16:14:08". The time is read as UTC; a zone
// designator ("Z", "+00:00"), another number of fraction digits, a space
// instead of "T", or a year outside 0001–9999 is an error that wraps
// CodeDateFormat.
func ParseTokenExpiration(s string) (time.Time, error) {
	// Fixed shape first: time.Parse alone would also accept fractions of any
	// length after the seconds.
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
		return time.Time{}, fmt.Errorf("session: token expiration %s is not of the form 2021-08-12T16:14:08.578695: %w", quote(s), CodeDateFormat)
	}
	layout := "2006-01-02T15:04:05"
	if len(s) > len(shape) {
		layout = "2006-01-02T15:04:05.000000"
	}
	t, err := time.Parse(layout, s)
	if err != nil || t.Year() < 1 {
		return time.Time{}, fmt.Errorf("session: token expiration %s is not a valid date and time: %w", quote(s), CodeDateFormat)
	}
	return t, nil
}
