package session

import (
	"errors"
	"testing"
	"time"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
)

func TestTokenExpiration(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	tests := []struct {
		created time.Time
		want    string
	}{
		{time.Date(2021, 8, 11, 16, 14, 8, 578695000, time.UTC), "2021-08-12T16:14:08.578695"},
		{time.Date(2021, 8, 12, 1, 14, 8, 578695000, jst), "2021-08-12T16:14:08.578695"},       // converted to UTC
		{time.Date(2021, 8, 11, 16, 14, 8, 0, time.UTC), "2021-08-12T16:14:08"},                // isoformat drops zero microseconds
		{time.Date(2021, 8, 11, 16, 14, 8, 578695999, time.UTC), "2021-08-12T16:14:08.578695"}, // truncated, not rounded
		{time.Date(2021, 8, 11, 16, 14, 8, 999, time.UTC), "2021-08-12T16:14:08"},              // below a microsecond
		{time.Date(2021, 8, 11, 16, 14, 8, 1000, time.UTC), "2021-08-12T16:14:08.000001"},
		{time.Date(2024, 2, 28, 12, 0, 0, 500000000, time.UTC), "2024-02-29T12:00:00.500000"}, // leap day
		{time.Date(2021, 12, 31, 23, 59, 59, 0, time.UTC), "2022-01-01T23:59:59"},
	}
	for _, tt := range tests {
		exp := TokenExpiration(tt.created)
		if exp.Location() != time.UTC {
			t.Errorf("TokenExpiration(%v) is in %v; want UTC", tt.created, exp.Location())
		}
		if got := FormatTokenExpiration(exp); got != tt.want {
			t.Errorf("FormatTokenExpiration(TokenExpiration(%v)) = %q; want %q", tt.created, got, tt.want)
		}
	}
}

func TestParseTokenExpiration(t *testing.T) {
	good := []struct {
		in   string
		want time.Time
	}{
		{"2021-08-12T16:14:08.578695", time.Date(2021, 8, 12, 16, 14, 8, 578695000, time.UTC)},
		{"2021-08-12T16:14:08", time.Date(2021, 8, 12, 16, 14, 8, 0, time.UTC)},
		{"2021-08-12T16:14:08.000000", time.Date(2021, 8, 12, 16, 14, 8, 0, time.UTC)},
		{"0001-01-01T00:00:00", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"9999-12-31T23:59:59.999999", time.Date(9999, 12, 31, 23, 59, 59, 999999000, time.UTC)},
		{"2024-02-29T00:00:00", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range good {
		got, err := ParseTokenExpiration(tt.in)
		if err != nil || !got.Equal(tt.want) || got.Location() != time.UTC {
			t.Errorf("ParseTokenExpiration(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	bad := []string{
		"",
		"2021-08-12",
		"2021-08-12T16:14:08Z",
		"2021-08-12T16:14:08+00:00",
		"2021-08-12T16:14:08.578695Z",
		"2021-08-12T16:14:08.578",       // three digits: not what Primer writes
		"2021-08-12T16:14:08.578695123", // nine digits
		"2021-08-12T16:14:08.",
		"2021-08-12 16:14:08",
		"2021-8-12T16:14:08",
		"2021-08-12t16:14:08",
		"2021-13-12T16:14:08",
		"2021-02-29T16:14:08", // not a leap year
		"2021-08-12T24:00:00",
		"2021-08-12T16:60:08",
		"2021-08-12T16:14:61",
		"0000-01-01T00:00:00",
		"+021-08-12T16:14:08",
		"2021-08-12T16:14:08.5786a5",
		"２021-08-12T16:14:08",
	}
	for _, in := range bad {
		got, err := ParseTokenExpiration(in)
		if err == nil {
			t.Errorf("ParseTokenExpiration(%q) = %v; want an error", in, got)
			continue
		}
		var l ErrorList
		if !errors.Is(err, CodeDateFormat) || !errors.As(err, &l) || len(l) != 1 || l[0].Path != "$.clientTokenExpirationDate" {
			t.Errorf("ParseTokenExpiration(%q) error %v: want an ErrorList of one CodeDateFormat at $.clientTokenExpirationDate", in, err)
		}
	}
	_, err := ParseTokenExpiration("2021-02-30T00:00:00")
	if want := `$.clientTokenExpirationDate: "2021-02-30T00:00:00" is not a valid date and time`; err == nil || err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
}

func TestTokenExpired(t *testing.T) {
	created := time.Date(2021, 8, 11, 16, 14, 8, 578695000, time.UTC)
	exp := TokenExpiration(created)
	tests := []struct {
		now  time.Time
		want bool
	}{
		{created, false},
		{exp.Add(-time.Nanosecond), false},
		{exp, true}, // expired at exactly the expiration instant
		{exp.In(time.FixedZone("JST", 9*3600)), true},
		{exp.Add(time.Nanosecond), true},
		{created.Add(-time.Hour), false},
	}
	for _, tt := range tests {
		if got := TokenExpired(exp, tt.now); got != tt.want {
			t.Errorf("TokenExpired(%v, %v) = %v; want %v", exp, tt.now, got, tt.want)
		}
	}
}

func TestTokenLaws(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())

	properties.Property("parse∘format is the time in UTC truncated to the microsecond", prop.ForAll(
		func(tm time.Time) bool {
			s := FormatTokenExpiration(tm)
			got, err := ParseTokenExpiration(s)
			return err == nil && got.Equal(tm.Truncate(time.Microsecond)) && FormatTokenExpiration(got) == s
		}, genTime()))

	properties.Property("a token is valid for exactly TokenLifetime", prop.ForAll(
		func(created time.Time) bool {
			exp := TokenExpiration(created)
			return !TokenExpired(exp, created) && !TokenExpired(exp, exp.Add(-1)) && TokenExpired(exp, exp) &&
				exp.Sub(created) == 24*time.Hour
		}, genTime()))

	properties.TestingRun(t)
}

func FuzzParseTokenExpiration(f *testing.F) {
	for _, s := range []string{"2021-08-12T16:14:08.578695", "2021-08-12T16:14:08", "2021-08-12T16:14:08Z", "", "9999-12-31T23:59:59.999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, err := ParseTokenExpiration(s)
		if err != nil {
			if !errors.Is(err, CodeDateFormat) {
				t.Fatalf("error %v does not wrap CodeDateFormat", err)
			}
			return
		}
		// Whatever parses writes back byte for byte, except that zero
		// microseconds are written without the fraction.
		out := FormatTokenExpiration(tm)
		if out != s && !(len(s) == 26 && s[19:] == ".000000" && out == s[:19]) {
			t.Fatalf("Format(Parse(%q)) = %q", s, out)
		}
	})
}

var strSink string
var timeSink time.Time

// BenchmarkFormatTokenExpiration against time.Format(RFC3339Nano), the
// baseline of a plain layout.
func BenchmarkFormatTokenExpiration(b *testing.B) {
	t := time.Date(2021, 8, 12, 16, 14, 8, 578695000, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		strSink = FormatTokenExpiration(t)
	}
}

func BenchmarkFormatTokenExpirationBaselineRFC3339(b *testing.B) {
	t := time.Date(2021, 8, 12, 16, 14, 8, 578695000, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		strSink = t.Format(time.RFC3339Nano)
	}
}

func BenchmarkParseTokenExpiration(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		timeSink, _ = ParseTokenExpiration("2021-08-12T16:14:08.578695")
	}
}

func BenchmarkParseTokenExpirationBaselineRFC3339(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		timeSink, _ = time.Parse(time.RFC3339Nano, "2021-08-12T16:14:08.578695Z")
	}
}
