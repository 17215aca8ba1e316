package clienttoken

import (
	"errors"
	"math/rand"
	"testing"
	"time"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/propgen"
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
		exp := Expiration(tt.created)
		if exp.Location() != time.UTC {
			t.Errorf("Expiration(%v) is in %v; want UTC", tt.created, exp.Location())
		}
		if got := Format(exp); got != tt.want {
			t.Errorf("Format(Expiration(%v)) = %q; want %q", tt.created, got, tt.want)
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
		got, err := Parse(tt.in)
		if err != nil || !got.Equal(tt.want) || got.Location() != time.UTC {
			t.Errorf("Parse(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
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
		got, err := Parse(in)
		if err == nil {
			t.Errorf("Parse(%q) = %v; want an error", in, got)
			continue
		}
		var l fielderr.List
		if !errors.Is(err, CodeDateFormat) || !errors.As(err, &l) || len(l) != 1 || l[0].Path != "$.clientTokenExpirationDate" {
			t.Errorf("Parse(%q) error %v: want an ErrorList of one CodeDateFormat at $.clientTokenExpirationDate", in, err)
		}
	}
	_, err := Parse("2021-02-30T00:00:00")
	if want := `$.clientTokenExpirationDate: "2021-02-30T00:00:00" is not a valid date and time`; err == nil || err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
}

func TestTokenExpired(t *testing.T) {
	created := time.Date(2021, 8, 11, 16, 14, 8, 578695000, time.UTC)
	exp := Expiration(created)
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
		if got := Expired(exp, tt.now); got != tt.want {
			t.Errorf("Expired(%v, %v) = %v; want %v", exp, tt.now, got, tt.want)
		}
	}
}

func TestTokenLaws(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())

	properties.Property("parse∘format is the time in UTC truncated to the microsecond", prop.ForAll(
		func(tm time.Time) bool {
			s := Format(tm)
			got, err := Parse(s)
			return err == nil && got.Equal(tm.Truncate(time.Microsecond)) && Format(got) == s
		}, genTime()))

	properties.Property("a token is valid for exactly Lifetime", prop.ForAll(
		func(created time.Time) bool {
			exp := Expiration(created)
			return !Expired(exp, created) && !Expired(exp, exp.Add(-1)) && Expired(exp, exp) &&
				exp.Sub(created) == 24*time.Hour
		}, genTime()))

	properties.TestingRun(t)
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2021-08-12T16:14:08.578695", "2021-08-12T16:14:08", "2021-08-12T16:14:08Z", "", "9999-12-31T23:59:59.999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tm, err := Parse(s)
		if err != nil {
			if !errors.Is(err, CodeDateFormat) {
				t.Fatalf("error %v does not wrap CodeDateFormat", err)
			}
			return
		}
		// Whatever parses writes back byte for byte, except that zero
		// microseconds are written without the fraction.
		out := Format(tm)
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
		strSink = Format(t)
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
		timeSink, _ = Parse("2021-08-12T16:14:08.578695")
	}
}

func BenchmarkParseTokenExpirationBaselineRFC3339(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		timeSink, _ = time.Parse(time.RFC3339Nano, "2021-08-12T16:14:08.578695Z")
	}
}

func TestFormatOutsidePythonYears(t *testing.T) {
	cases := []struct {
		t    time.Time
		want string
	}{
		{time.Date(10000, 1, 2, 3, 4, 5, 0, time.UTC), "10000-01-02T03:04:05"},
		{time.Date(10000, 1, 2, 3, 4, 5, 123456789, time.UTC), "10000-01-02T03:04:05.123456"},
		{time.Date(-1, 12, 31, 23, 59, 59, 1000, time.UTC), "-0001-12-31T23:59:59.000001"},
		{time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), "0000-01-01T00:00:00"},
	}
	for _, c := range cases {
		got := Format(c.t)
		if got != c.want {
			t.Errorf("Format(%v) = %q, want %q", c.t, got, c.want)
		}
		if _, err := Parse(got); !errors.Is(err, CodeDateFormat) {
			t.Errorf("Parse(%q) accepted a year outside 1..9999: %v", got, err)
		}
	}
}

func randTime(r *rand.Rand) time.Time {
	sec := r.Int63n(253402300799-(-62135596800)) - 62135596800 // years 1..9999
	nsec := int64(0)
	switch r.Intn(3) {
	case 1:
		nsec = r.Int63n(1_000_000) * 1000
	case 2:
		nsec = r.Int63n(1_000_000_000)
	}
	loc := propgen.Pick(r, time.UTC, time.FixedZone("JST", 9*3600), time.FixedZone("X", -5*3600-1800))
	return time.Unix(sec, nsec).In(loc)
}

func genTime() gopter.Gen { return propgen.FromRand(randTime) }
