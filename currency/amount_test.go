package currency

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestToMinor(t *testing.T) {
	tests := []struct {
		in   string
		code string
		mode RoundingMode
		want int64
		err  error
	}{
		{"49.99", "GBP", Exact, 4999, nil},
		{"7", "USD", Exact, 700, nil},
		{"100", "JPY", Exact, 100, nil},
		{"1.234", "KWD", Exact, 1234, nil},
		{"-0.5", "USD", Exact, -50, nil},
		{"-0", "USD", Exact, 0, nil},
		{"007.50", "USD", Exact, 750, nil},
		{"49.990000", "GBP", Exact, 4999, nil},
		{"1.2345", "CLF", Exact, 12345, nil},
		{"1.5", "IQD", Exact, 1500, nil},
		{"0.01", "IDR", Exact, 1, nil},
		{"92233720368547758.07", "USD", Exact, math.MaxInt64, nil},
		{"-92233720368547758.08", "USD", Exact, math.MinInt64, nil},
		{"9223372036854775807", "JPY", Exact, math.MaxInt64, nil},
		{"-9223372036854775808", "JPY", Exact, math.MinInt64, nil},
		{"92233720368547758.08", "USD", Exact, 0, ErrOverflow},
		{"-92233720368547758.09", "USD", Exact, 0, ErrOverflow},
		{"9223372036854775808", "JPY", Exact, 0, ErrOverflow},
		{"99999999999999999999999", "JPY", Exact, 0, ErrOverflow},
		{"92233720368547758.071", "USD", Up, 0, ErrOverflow},
		// Out of range and inexact too: ErrOverflow, below and above 2^64
		// minor units alike.
		{"10000000000000000.0001", "KWD", Exact, 0, ErrOverflow},
		{"-9223372036854775808.5", "JPY", Exact, 0, ErrInexact},
		{"-9223372036854775809.5", "JPY", Exact, 0, ErrOverflow},
		{"99999999999999999999.5", "JPY", Exact, 0, ErrOverflow},
		{"92233720368547758.071", "USD", Down, math.MaxInt64, nil},
		{"0.125", "USD", Exact, 0, ErrInexact},
		{"0.125", "USD", HalfEven, 12, nil},
		{"0.135", "USD", HalfEven, 14, nil},
		{"0.125", "USD", HalfUp, 13, nil},
		{"0.125", "USD", HalfDown, 12, nil},
		{"0.1251", "USD", HalfDown, 13, nil},
		{"0.1249", "USD", HalfUp, 12, nil},
		{"0.121", "USD", Up, 13, nil},
		{"0.129", "USD", Down, 12, nil},
		{"0.121", "USD", Ceiling, 13, nil},
		{"-0.121", "USD", Ceiling, -12, nil},
		{"0.129", "USD", Floor, 12, nil},
		{"-0.121", "USD", Floor, -13, nil},
		{"-0.125", "USD", HalfUp, -13, nil},
		{"-0.125", "USD", HalfDown, -12, nil},
		{"-0.125", "USD", HalfEven, -12, nil},
		{"-0.001", "USD", Down, 0, nil},
		{"0.5", "JPY", HalfEven, 0, nil},
		{"1.5", "JPY", HalfEven, 2, nil},
		{"2.5", "JPY", HalfEven, 2, nil},
		{"0.5", "JPY", Exact, 0, ErrInexact},
		{"0.1", "USD", RoundingMode(99), 10, nil},
		{"0.101", "USD", RoundingMode(99), 0, ErrInexact},
		{"", "USD", Exact, 0, ErrSyntax},
		{"-", "USD", Exact, 0, ErrSyntax},
		{"+1", "USD", Exact, 0, ErrSyntax},
		{".5", "USD", Exact, 0, ErrSyntax},
		{"5.", "USD", Exact, 0, ErrSyntax},
		{"1e3", "USD", Exact, 0, ErrSyntax},
		{"0x10", "USD", Exact, 0, ErrSyntax},
		{"NaN", "USD", Exact, 0, ErrSyntax},
		{"Inf", "USD", Exact, 0, ErrSyntax},
		{" 1", "USD", Exact, 0, ErrSyntax},
		{"1 ", "USD", Exact, 0, ErrSyntax},
		{"1,000", "USD", Exact, 0, ErrSyntax},
		{"1_000", "USD", Exact, 0, ErrSyntax},
		{"1.2.3", "USD", Exact, 0, ErrSyntax},
		{"--1", "USD", Exact, 0, ErrSyntax},
		{"١", "USD", Exact, 0, ErrSyntax},
		{"1e999999999", "USD", Exact, 0, ErrSyntax},
		{strings.Repeat("9", 65), "USD", Exact, 0, ErrTooLong},
		{strings.Repeat("1", 100000), "USD", Exact, 0, ErrTooLong},
		{"0." + strings.Repeat("0", 62), "USD", Exact, 0, nil},
		{"1", "XAU", Exact, 0, ErrNoMinorUnit},
		{"1", "XXX", Exact, 0, ErrNoMinorUnit},
	}
	for _, tt := range tests {
		c := MustParse(tt.code)
		got, err := ToMinor(tt.in, c, tt.mode)
		if !errors.Is(err, tt.err) || err == nil && tt.err != nil || got != tt.want {
			t.Errorf("ToMinor(%.20q, %s, %v) = %d, %v; want %d, %v", tt.in, tt.code, tt.mode, got, err, tt.want, tt.err)
		}
		if err != nil {
			var ae *AmountError
			if !errors.As(err, &ae) || ae.Input != tt.in || ae.Code != c {
				t.Errorf("ToMinor(%.20q): error %#v does not carry the input", tt.in, err)
			}
		}
	}
}

func TestAmountErrorMessage(t *testing.T) {
	_, err := ToMinor("0.125", MustParse("USD"), Exact)
	if got, want := err.Error(), `currency: amount "0.125" USD: amount needs rounding`; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	_, err = ToMinor(strings.Repeat("1", 100000), MustParse("USD"), Exact)
	if len(err.Error()) > 200 {
		t.Errorf("message of a long input is %d bytes", len(err.Error()))
	}
}

func TestToMajor(t *testing.T) {
	tests := []struct {
		minor int64
		code  string
		want  string
	}{
		{4999, "GBP", "49.99"},
		{100, "JPY", "100"},
		{1234, "KWD", "1.234"},
		{-5, "USD", "-0.05"},
		{0, "USD", "0.00"},
		{5, "CLF", "0.0005"},
		{-1, "JPY", "-1"},
		{math.MinInt64, "USD", "-92233720368547758.08"},
		{math.MaxInt64, "KWD", "9223372036854775.807"},
		{math.MinInt64, "JPY", "-9223372036854775808"},
	}
	for _, tt := range tests {
		got, err := ToMajor(tt.minor, MustParse(tt.code))
		if err != nil || got != tt.want {
			t.Errorf("ToMajor(%d, %s) = %q, %v; want %q", tt.minor, tt.code, got, err, tt.want)
		}
	}
	if _, err := ToMajor(1, MustParse("XAU")); !errors.Is(err, ErrNoMinorUnit) {
		t.Errorf("ToMajor XAU: %v", err)
	}
}

func TestRoundingModeNames(t *testing.T) {
	names := map[RoundingMode]string{
		Exact: "exact", HalfEven: "half-even", HalfUp: "half-up", HalfDown: "half-down",
		Up: "up", Down: "down", Ceiling: "ceiling", Floor: "floor",
	}
	for m, n := range names {
		if m.String() != n {
			t.Errorf("%d.String() = %q, want %q", m, m.String(), n)
		}
		if got, err := ParseRoundingMode(n); err != nil || got != m {
			t.Errorf("ParseRoundingMode(%q) = %v, %v", n, got, err)
		}
	}
	if Exact != 0 {
		t.Error("Exact is not the zero value")
	}
	for _, s := range []string{"", "HALF-EVEN", "half_even", "halfeven", "nearest"} {
		_, err := ParseRoundingMode(s)
		var re *RoundingModeError
		if !errors.Is(err, ErrRoundingMode) || !errors.As(err, &re) || re.Input != s {
			t.Errorf("ParseRoundingMode(%q) error %v", s, err)
		}
	}
	if got := RoundingMode(42).String(); got != "RoundingMode(42)" {
		t.Errorf("RoundingMode(42).String() = %q", got)
	}
}

func TestCashRound(t *testing.T) {
	tests := []struct {
		minor int64
		code  string
		mode  RoundingMode
		want  int64
		err   error
	}{
		{1234, "CHF", HalfUp, 1235, nil},
		{1232, "CHF", HalfUp, 1230, nil},
		{1232, "CHF", HalfEven, 1230, nil},
		{1233, "CHF", HalfEven, 1235, nil},
		{-1233, "CHF", HalfUp, -1235, nil},
		{-1231, "CHF", Ceiling, -1230, nil},
		{1235, "CHF", Exact, 1235, nil},
		{1234, "CHF", Exact, 0, ErrInexact},
		{1225, "DKK", HalfEven, 1200, nil},
		{1275, "DKK", HalfEven, 1300, nil},
		{1250, "SEK", HalfUp, 1300, nil},
		{1249, "SEK", HalfUp, 1200, nil},
		{1234, "USD", HalfUp, 1234, nil},
		{1234, "JPY", HalfUp, 1234, nil},
		{1234, "IQD", HalfUp, 1234, nil}, // x/text's 0 digits are not a cash rule
		{1234, "XCG", HalfUp, 1234, nil}, // unknown to x/text
		{math.MaxInt64, "CHF", Up, 0, ErrOverflow},
		{math.MinInt64, "CHF", Down, math.MinInt64 + 3, nil},
		{1, "XAU", HalfUp, 0, ErrNoMinorUnit},
	}
	for _, tt := range tests {
		got, err := CashRound(tt.minor, MustParse(tt.code), tt.mode)
		if !errors.Is(err, tt.err) || err == nil && tt.err != nil || got != tt.want {
			t.Errorf("CashRound(%d, %s, %v) = %d, %v; want %d, %v", tt.minor, tt.code, tt.mode, got, err, tt.want, tt.err)
		}
	}
	for code, want := range map[string]int64{"CHF": 5, "CAD": 5, "DKK": 50, "SEK": 100, "USD": 1, "JPY": 1, "IQD": 1, "XCG": 1, "XAU": 0} {
		if got := CashIncrement(MustParse(code)); got != want {
			t.Errorf("CashIncrement(%s) = %d, want %d", code, got, want)
		}
	}
}
