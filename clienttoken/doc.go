// Package clienttoken computes, writes and reads the expiry of a Primer
// client token.
//
// A create response carries a client token that expires Lifetime (24 hours)
// after the session was created. Expiration computes the expiry;
// Expired(expiration, now) says whether a token is expired (it is valid on
// [created, expiration): at exactly the expiration instant it is expired);
// Format and Parse write and read Primer's clientTokenExpirationDate format:
// UTC without a zone, with six fraction digits, "2021-08-12T16:14:08.578695",
// or none when the microseconds are zero (Python's datetime.isoformat() of a
// naive UTC time). Parse is strict: a zone designator, another number of
// fraction digits, an invalid date or time or a year outside 0001–9999 is a
// fielderr.List with one CodeDateFormat problem at
// $.clientTokenExpirationDate.
//
// The package never reads the clock: the caller passes the time.
package clienttoken
