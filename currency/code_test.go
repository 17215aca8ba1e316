package currency

import (
	"errors"
	"strings"
	"testing"
	"unsafe"

	xcurrency "golang.org/x/text/currency"
)

func TestCodeSizeAndZeroValue(t *testing.T) {
	if got := unsafe.Sizeof(Code{}); got != 2 {
		t.Errorf("unsafe.Sizeof(Code{}) = %d, want 2", got)
	}
	var z Code
	if z.IsValid() || z.String() != "" || z.Numeric() != "" || z.Name() != "" || z.IsFund() {
		t.Errorf("zero Code: IsValid=%v String=%q Numeric=%q Name=%q IsFund=%v",
			z.IsValid(), z.String(), z.Numeric(), z.Name(), z.IsFund())
	}
	if d, ok := z.MinorUnits(); ok || d != 0 {
		t.Errorf("zero Code MinorUnits = %d, %v; want 0, false", d, ok)
	}
	for _, c := range Codes() {
		if c == z {
			t.Errorf("%s equals the zero Code", c)
		}
	}
	if _, err := ToMinor("1", z, Exact); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("ToMinor with zero Code: %v, want ErrInvalidCode", err)
	}
	if _, err := ToMajor(1, z); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("ToMajor with zero Code: %v, want ErrInvalidCode", err)
	}
	if _, err := Format(1, z, "en-US"); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("Format with zero Code: %v, want ErrInvalidCode", err)
	}
	if _, err := CashRound(1, z, HalfUp); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("CashRound with zero Code: %v, want ErrInvalidCode", err)
	}
}

// TestSpecFacts pins the ISO 4217 facts of the rules, written out by hand.
func TestSpecFacts(t *testing.T) {
	tests := []struct {
		code    string
		numeric string
		name    string
		digits  int // -1: N.A.
		fund    bool
	}{
		{"JPY", "392", "Yen", 0, false},
		{"USD", "840", "US Dollar", 2, false},
		{"IQD", "368", "Iraqi Dinar", 3, false},
		{"IDR", "360", "Rupiah", 2, false},
		{"MGA", "969", "Malagasy Ariary", 2, false},
		{"ISK", "352", "Iceland Krona", 0, false},
		{"UYI", "940", "Uruguay Peso en Unidades Indexadas (UI)", 0, true},
		{"CLF", "990", "Unidad de Fomento", 4, true},
		{"UYW", "927", "Unidad Previsional", 4, false},
		{"KWD", "414", "Kuwaiti Dinar", 3, false},
		{"XAU", "959", "Gold", -1, false},
		{"XXX", "999", "The codes assigned for transactions where no currency is involved", -1, false},
		{"XCG", "532", "Caribbean Guilder", 2, false},
		{"ZWG", "924", "Zimbabwe Gold", 2, false},
		{"XAD", "396", "Arab Accounting Dinar", 2, false},
		{"SLE", "925", "Leone", 2, false},
		{"VES", "928", "Bolívar Soberano", 2, false},
		{"VED", "926", "Bolívar Soberano", 2, false},
		{"MRU", "929", "Ouguiya", 2, false},
		{"ALL", "008", "Lek", 2, false},
		{"CHE", "947", "WIR Euro", 2, true},
	}
	for _, tt := range tests {
		c, err := Parse(tt.code)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.code, err)
			continue
		}
		d, ok := c.MinorUnits()
		if tt.digits < 0 && ok || tt.digits >= 0 && (!ok || d != tt.digits) {
			t.Errorf("%s MinorUnits = %d, %v; want %d", tt.code, d, ok, tt.digits)
		}
		if c.String() != tt.code || c.Numeric() != tt.numeric || c.Name() != tt.name || c.IsFund() != tt.fund {
			t.Errorf("%s = %q %q %q fund=%v; want %q %q %q fund=%v", tt.code,
				c.String(), c.Numeric(), c.Name(), c.IsFund(), tt.code, tt.numeric, tt.name, tt.fund)
		}
		if n, err := ParseNumeric(tt.numeric); err != nil || n != c {
			t.Errorf("ParseNumeric(%q) = %v, %v; want %s", tt.numeric, n, err, tt.code)
		}
	}
}

func TestDigitGroups(t *testing.T) {
	want := map[int]string{
		0:  "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF",
		3:  "BHD IQD JOD KWD LYD OMR TND",
		4:  "CLF UYW",
		-1: "XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA XXX",
	}
	got := map[int][]string{}
	var funds []string
	for _, c := range Codes() {
		d, ok := c.MinorUnits()
		if !ok {
			d = -1
		}
		if d != 2 {
			got[d] = append(got[d], c.String())
		}
		if c.IsFund() {
			funds = append(funds, c.String())
		}
	}
	for d, w := range want {
		if g := strings.Join(got[d], " "); g != w {
			t.Errorf("digits %d: got %s, want %s", d, g, w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("unexpected digit groups: %v", got)
	}
	if g := strings.Join(funds, " "); g != "BOV CHE CHW CLF COU MXV USN UYI" {
		t.Errorf("funds = %s", g)
	}
	if n := len(Codes()); n != 178 {
		t.Errorf("len(Codes()) = %d, want 178 (List One of 2026-01-01)", n)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in        string
		err       error
		withdrawn string
		msg       string
	}{
		{"usd", ErrMalformed, "", `currency: "usd": malformed currency code`},
		{"", ErrMalformed, "", `currency: "": malformed currency code`},
		{"US", ErrMalformed, "", ""},
		{"USDX", ErrMalformed, "", ""},
		{"U5D", ErrMalformed, "", ""},
		{"ÜSD", ErrMalformed, "", ""},
		{" USD", ErrMalformed, "", ""},
		{"ABC", ErrUnknown, "", `currency: "ABC": unknown currency code`},
		{"HRK", ErrWithdrawn, "2023-01", `currency: "HRK": withdrawn currency code (withdrawal date 2023-01)`},
		{"BGN", ErrWithdrawn, "2026-01", ""},
		{"CUC", ErrWithdrawn, "2021-06", ""},
		{"ANG", ErrWithdrawn, "2025-03", ""},
		{"SLL", ErrWithdrawn, "2023-12", ""},
		{"VEF", ErrWithdrawn, "2018-08", ""},
		{"ZWL", ErrWithdrawn, "2024-09", ""},
		{"RUR", ErrWithdrawn, "2004-01", ""},
		{"DEM", ErrWithdrawn, "2002-03", ""},
		{"ILP", ErrWithdrawn, "1981", ""},
		{"XFO", ErrWithdrawn, "2006-10", ""},
	}
	for _, tt := range tests {
		c, err := Parse(tt.in)
		if c.IsValid() || !errors.Is(err, tt.err) {
			t.Errorf("Parse(%q) = %v, %v; want error %v", tt.in, c, err, tt.err)
			continue
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != tt.in || pe.Withdrawn != tt.withdrawn {
			t.Errorf("Parse(%q): error %#v, want *ParseError with Input %q, Withdrawn %q", tt.in, err, tt.in, tt.withdrawn)
		}
		if tt.msg != "" && err.Error() != tt.msg {
			t.Errorf("Parse(%q) message %q, want %q", tt.in, err.Error(), tt.msg)
		}
		date, ok := Withdrawn(tt.in)
		if ok != (tt.withdrawn != "") || date != tt.withdrawn {
			t.Errorf("Withdrawn(%q) = %q, %v", tt.in, date, ok)
		}
	}
	// A code that is current is never withdrawn, although List Three lists
	// earlier EUR, ... entries.
	for _, s := range []string{"EUR", "USD", "XCG"} {
		if _, ok := Withdrawn(s); ok {
			t.Errorf("Withdrawn(%q) = true", s)
		}
	}
}

func TestParseNumericErrors(t *testing.T) {
	tests := []struct {
		in  string
		err error
	}{
		{"", ErrMalformed}, {"39", ErrMalformed}, {"3920", ErrMalformed}, {"39a", ErrMalformed},
		{"+92", ErrMalformed}, {"000", ErrUnknown}, {"191", ErrUnknown /* HRK, withdrawn */},
	}
	for _, tt := range tests {
		if c, err := ParseNumeric(tt.in); c.IsValid() || !errors.Is(err, tt.err) {
			t.Errorf("ParseNumeric(%q) = %v, %v; want %v", tt.in, c, err, tt.err)
		}
	}
	if c, err := ParseNumeric("532"); err != nil || c.String() != "XCG" {
		t.Errorf("ParseNumeric(532) = %v, %v; want XCG (ANG's number, reused)", c, err)
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParse(\"usd\") did not panic")
		}
	}()
	MustParse("usd")
}

// TestNoExponentFromXText proves the exponents are ISO's even where
// golang.org/x/text's CLDR data disagrees.
func TestNoExponentFromXText(t *testing.T) {
	for _, tt := range []struct {
		code       string
		iso, xtext int
	}{
		{"IQD", 3, 0},
		{"IDR", 2, 0},
		{"MGA", 2, 0},
	} {
		u, err := xcurrency.ParseISO(tt.code)
		if err != nil {
			t.Fatalf("x/text ParseISO(%s): %v", tt.code, err)
		}
		if scale, _ := xcurrency.Standard.Rounding(u); scale != tt.xtext {
			t.Errorf("x/text now says %s has %d digits; update this test", tt.code, scale)
		}
		if d, _ := MustParse(tt.code).MinorUnits(); d != tt.iso {
			t.Errorf("%s MinorUnits = %d, want ISO's %d", tt.code, d, tt.iso)
		}
	}
	if got, err := ToMinor("1.234", MustParse("IQD"), Exact); err != nil || got != 1234 {
		t.Errorf("ToMinor(1.234 IQD) = %d, %v; want 1234", got, err)
	}
	// x/text does not know XCG at all; we do.
	if _, err := xcurrency.ParseISO("XCG"); err == nil {
		t.Log("x/text learned XCG")
	}
}
