package currency

import (
	"errors"
	"math/big"
	"regexp"
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{"USD", "usd", "HRK", "XAU", "", "ABCD", "ÜSD", "ZZZ", "XCG"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Parse(s)
		if err != nil {
			if c.IsValid() {
				t.Fatalf("Parse(%q) returned a valid code with error %v", s, err)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != s {
				t.Fatalf("Parse(%q): error %v does not carry the input", s, err)
			}
			if errors.Is(err, ErrWithdrawn) != (pe.Withdrawn != "") {
				t.Fatalf("Parse(%q): Withdrawn %q with error %v", s, pe.Withdrawn, err)
			}
			return
		}
		if c.String() != s || len(s) != 3 {
			t.Fatalf("Parse(%q) = %q", s, c)
		}
		if n, err := ParseNumeric(c.Numeric()); err != nil || n != c {
			t.Fatalf("ParseNumeric(%q) = %v, %v; want %s", c.Numeric(), n, err, s)
		}
	})
}

func FuzzParseNumeric(f *testing.F) {
	for _, s := range []string{"392", "008", "000", "", "1234", "x12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseNumeric(s)
		if err != nil {
			if c.IsValid() {
				t.Fatalf("ParseNumeric(%q): valid code with error", s)
			}
			return
		}
		if c.Numeric() != s {
			t.Fatalf("ParseNumeric(%q) = %s (numeric %s)", s, c, c.Numeric())
		}
	})
}

func FuzzParseRoundingMode(f *testing.F) {
	for _, s := range modeNames {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseRoundingMode(s)
		if err == nil && m.String() != s {
			t.Fatalf("ParseRoundingMode(%q) = %v", s, m)
		}
	})
}

var plainDecimal = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

func FuzzToMinor(f *testing.F) {
	for _, s := range []string{"49.99", "-0.5", "100", "0.125", "1e3", "", "+1", ".5", "5.", "92233720368547758.08", "-92233720368547758.08"} {
		f.Add(s, "USD", uint8(0))
		f.Add(s, "JPY", uint8(1))
		f.Add(s, "CLF", uint8(2))
	}
	f.Fuzz(func(t *testing.T, s, code string, mode uint8) {
		c, err := Parse(code)
		if err != nil {
			return
		}
		m := RoundingMode(mode % 8)
		got, err := ToMinor(s, c, m)
		d, hasMinor := c.MinorUnits()
		if !hasMinor {
			if !errors.Is(err, ErrNoMinorUnit) {
				t.Fatalf("ToMinor(%q, %s) = %d, %v; want ErrNoMinorUnit", s, c, got, err)
			}
			return
		}
		if !plainDecimal.MatchString(s) || len(s) > MaxAmountLen {
			if err == nil {
				t.Fatalf("ToMinor(%q, %s) accepted a non-plain decimal: %d", s, c, got)
			}
			return
		}
		// Compare with math/big.
		x := exact(s, d)
		if err != nil {
			switch {
			case errors.Is(err, ErrInexact):
				if m != Exact || x.IsInt() {
					t.Fatalf("ToMinor(%q, %s, %v): unexpected ErrInexact", s, c, m)
				}
			case errors.Is(err, ErrOverflow):
				lim := new(big.Rat).SetFrac(big.NewInt(1), big.NewInt(1)).SetInt64(1 << 62)
				lim.Mul(lim, big.NewRat(2, 1)) // 2^63
				if new(big.Rat).Abs(x).Cmp(new(big.Rat).Sub(lim, big.NewRat(1, 1))) < 0 {
					t.Fatalf("ToMinor(%q, %s, %v): ErrOverflow for a value in range", s, c, m)
				}
			default:
				t.Fatalf("ToMinor(%q, %s, %v): %v", s, c, m, err)
			}
			return
		}
		diff := new(big.Rat).Sub(new(big.Rat).SetInt64(got), x)
		if diff.Cmp(big.NewRat(1, 1)) >= 0 || diff.Cmp(big.NewRat(-1, 1)) <= 0 || m == Exact && diff.Sign() != 0 {
			t.Fatalf("ToMinor(%q, %s, %v) = %d, exact %s", s, c, m, got, x.FloatString(8))
		}
		// Round trip: the canonical string converts back exactly.
		major, err := ToMajor(got, c)
		if err != nil {
			t.Fatal(err)
		}
		if back, err := ToMinor(major, c, Exact); err != nil || back != got {
			t.Fatalf("ToMinor(ToMajor(%d)) = %d, %v", got, back, err)
		}
	})
}

// FuzzFormat: any tag, amount, currency and options either format or fail
// with ErrLocale (bounded message, never a panic); Format and AppendFormat
// agree; a tag that formats is read the same with -u-nu-latn added, and
// then the ASCII digits of the text are ToMajor's.
func FuzzFormat(f *testing.F) {
	for _, s := range []string{"en-US", "de-DE", "ar-EG", "hi-IN", "und", "en_US", "xx-YY", "zh-TW", "iw",
		"ar-EG-u-nu-latn", "sr-ME", "pt-CV", "en-BE", "th-u-nu-thai", "en--US", "a-b-c-d-e", "", "EN-us",
		"zh-Hant-TW-u-nu-hanidec-cu-eur", "en-US-u-nu-", "x-private",
		// Well-formed for Intl though x/text refuses or misreads them, and
		// malformed ones x/text accepts.
		"AS-T-00-0A", "as-t-a0", "en-t-a0-123", "EaN", "en-Abcd-IN", "en-POSIX", "abcde-IN", "EN-t-en-en"} {
		f.Add(s, int64(-123456789), uint8(3), uint8(1), true)
	}
	codes := Codes()
	f.Fuzz(func(t *testing.T, tag string, minor int64, ci, display uint8, accounting bool) {
		c := codes[int(ci)%len(codes)]
		if _, ok := c.MinorUnits(); !ok {
			return
		}
		opts := []FormatOption{WithDisplay(Display(display % 4))}
		if accounting {
			opts = append(opts, Accounting())
		}
		s, err := Format(minor, c, tag, opts...)
		b, err2 := AppendFormat([]byte("x"), minor, c, tag, opts...)
		if (err == nil) != (err2 == nil) || err == nil && string(b) != "x"+s || err != nil && string(b) != "x" {
			t.Fatalf("Format %q, %v; AppendFormat %q, %v", s, err, b, err2)
		}
		if err != nil {
			var le *LocaleError
			if !errors.Is(err, ErrLocale) || !errors.As(err, &le) || le.Input != tag || len(err.Error()) > 200 {
				t.Fatalf("Format(%q): error %v", tag, err)
			}
			return
		}
		if s == "" {
			t.Fatalf("Format(%q) is empty", tag)
		}
		// Subtags are case-insensitive: "-X-" starts a private-use section
		// too, where "-u-nu-latn" is private use, not an extension (ICU
		// formats "AS-X-0-u-nu-latn" with Bengali digits, as for "as").
		if lower := strings.ToLower(tag); strings.Contains(lower, "-u-") || strings.Contains(lower, "-x-") || strings.HasPrefix(lower, "x-") || len(tag) > 110 {
			return
		}
		latn, err := Format(minor, c, tag+"-u-nu-latn", opts...)
		if err != nil {
			t.Fatalf("Format(%q) = %q but %q-u-nu-latn fails: %v", tag, s, tag, err)
		}
		major, _ := ToMajor(minor, c)
		if got, want := asciiDigits(latn), asciiDigits(major); got != want {
			t.Fatalf("Format(%d %s, %q-u-nu-latn) = %q: digits %s, want %s", minor, c, tag, latn, got, want)
		}
	})
}

// asciiDigits keeps the ASCII digits of s.
func asciiDigits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
