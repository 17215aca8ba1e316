package currency

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"testing"
	"unsafe"

	"github.com/leanovate/gopter/prop"
)

func TestAmountSizeAndZeroValue(t *testing.T) {
	if got := unsafe.Sizeof(Amount{}); got != 16 {
		t.Errorf("unsafe.Sizeof(Amount{}) = %d, want 16 (two words)", got)
	}
	var z Amount
	if z.IsValid() || !z.IsZero() || z.String() != "" || z.Decimal() != "" || z.Code() != (Code{}) || z.Minor() != 0 {
		t.Errorf("zero Amount: IsValid=%v IsZero=%v String=%q", z.IsValid(), z.IsZero(), z.String())
	}
	one := mustAmount(t, 1, "USD")
	for name, err := range map[string]error{
		"Add":    second(z.Add(one)),
		"Add2":   second(one.Add(z)),
		"Sub":    second(z.Sub(one)),
		"Neg":    second(z.Neg()),
		"Cmp":    second(z.Cmp(one)),
		"Format": second(z.Format("en-US")),
	} {
		if !errors.Is(err, ErrInvalidCode) {
			t.Errorf("%s with the zero Amount: %v, want ErrInvalidCode", name, err)
		}
	}
	if zero := mustAmount(t, 0, "USD"); zero.IsZero() || !zero.IsValid() || zero.String() != "USD 0.00" {
		t.Errorf("USD 0: IsZero=%v IsValid=%v String=%q", zero.IsZero(), zero.IsValid(), zero.String())
	}
}

func second[T any](_ T, err error) error { return err }

func mustAmount(t *testing.T, minor int64, code string) Amount {
	t.Helper()
	a, err := NewAmount(minor, MustParse(code))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestNewAmountRefuses(t *testing.T) {
	if _, err := NewAmount(1, Code{}); !errors.Is(err, ErrInvalidCode) {
		t.Errorf("NewAmount(zero Code) = %v, want ErrInvalidCode", err)
	}
	if _, err := NewAmount(1, MustParse("XAU")); !errors.Is(err, ErrNoMinorUnit) {
		t.Errorf("NewAmount(XAU) = %v, want ErrNoMinorUnit", err)
	}
	if _, err := ParseAmount("1.005", MustParse("USD"), Exact); !errors.Is(err, ErrInexact) {
		t.Errorf("ParseAmount(1.005 USD) = %v, want ErrInexact", err)
	}
	if a, err := ParseAmount("1.005", MustParse("USD"), HalfUp); err != nil || a != mustAmount(t, 101, "USD") {
		t.Errorf("ParseAmount(1.005 USD, HalfUp) = %v, %v; want USD 1.01", a, err)
	}
}

func TestAmountArithmetic(t *testing.T) {
	gbp := func(v int64) Amount { return mustAmount(t, v, "GBP") }
	if s, err := gbp(500).Add(gbp(60)); err != nil || s != gbp(560) {
		t.Errorf("500 + 60 = %v, %v", s, err)
	}
	if s, err := gbp(500).Sub(gbp(560)); err != nil || s != gbp(-60) {
		t.Errorf("500 - 560 = %v, %v", s, err)
	}
	if s, err := gbp(7).Neg(); err != nil || s != gbp(-7) {
		t.Errorf("-7 = %v, %v", s, err)
	}
	for name, err := range map[string]error{
		"MaxInt64+1": second(gbp(math.MaxInt64).Add(gbp(1))),
		"MinInt64-1": second(gbp(math.MinInt64).Sub(gbp(1))),
		"-MinInt64":  second(gbp(math.MinInt64).Neg()),
	} {
		if !errors.Is(err, ErrOverflow) {
			t.Errorf("%s: %v, want ErrOverflow", name, err)
		}
	}
	usd := mustAmount(t, 1, "USD")
	for name, err := range map[string]error{
		"Add": second(gbp(1).Add(usd)),
		"Sub": second(gbp(1).Sub(usd)),
		"Cmp": second(gbp(1).Cmp(usd)),
	} {
		var ae *AmountError
		if !errors.Is(err, ErrCurrencyMismatch) || !errors.As(err, &ae) || ae.Code != MustParse("GBP") {
			t.Errorf("%s GBP with USD: %v, want an *AmountError wrapping ErrCurrencyMismatch", name, err)
		}
	}
	if got := second(gbp(1).Add(usd)).Error(); got != `currency: amount "USD 0.01" GBP: amounts of different currencies` {
		t.Errorf("mismatch message = %q", got)
	}
	for _, c := range []struct {
		a, b int64
		want int
	}{{1, 2, -1}, {2, 2, 0}, {3, 2, 1}, {math.MinInt64, math.MaxInt64, -1}} {
		if got, err := gbp(c.a).Cmp(gbp(c.b)); err != nil || got != c.want {
			t.Errorf("Cmp(%d, %d) = %d, %v; want %d", c.a, c.b, got, err, c.want)
		}
	}
	for v, want := range map[int64]int{-5: -1, 0: 0, 5: 1} {
		if got := gbp(v).Sign(); got != want {
			t.Errorf("Sign(%d) = %d, want %d", v, got, want)
		}
	}
}

func TestAmountText(t *testing.T) {
	for _, c := range []struct {
		minor int64
		code  string
		text  string
		dec   string
	}{
		{560, "GBP", "GBP 5.60", "5.60"},
		{100, "JPY", "JPY 100", "100"},
		{-1234, "KWD", "KWD -1.234", "-1.234"},
		{5, "CLF", "CLF 0.0005", "0.0005"},
		{math.MinInt64, "USD", "USD -92233720368547758.08", "-92233720368547758.08"},
	} {
		a := mustAmount(t, c.minor, c.code)
		if got := a.String(); got != c.text {
			t.Errorf("String(%d %s) = %q, want %q", c.minor, c.code, got, c.text)
		}
		if got := a.Decimal(); got != c.dec {
			t.Errorf("Decimal(%d %s) = %q, want %q", c.minor, c.code, got, c.dec)
		}
		var back Amount
		if err := back.UnmarshalText([]byte(c.text)); err != nil || back != a {
			t.Errorf("UnmarshalText(%q) = %v, %v", c.text, back, err)
		}
	}
	for _, bad := range []struct {
		text string
		err  error
	}{
		{"5.60", ErrSyntax},
		{"GBP 5.601", ErrInexact},
		{"gbp 5.60", ErrMalformed},
		{"GBP  5.60", ErrSyntax},
		{"GBP 5.60 ", ErrSyntax},
		{"GBP +5", ErrSyntax},
		{"XAU 1", ErrNoMinorUnit},
		{"HRK 1.00", ErrWithdrawn},
		{" GBP 1", ErrMalformed},
	} {
		a := mustAmount(t, 7, "EUR")
		if err := a.UnmarshalText([]byte(bad.text)); !errors.Is(err, bad.err) || a != mustAmount(t, 7, "EUR") {
			t.Errorf("UnmarshalText(%q) = %v (left %v), want %v and unchanged", bad.text, err, a, bad.err)
		}
	}
	var z Amount = mustAmount(t, 1, "USD")
	if err := z.UnmarshalText(nil); err != nil || !z.IsZero() {
		t.Errorf("UnmarshalText(\"\") = %v, %v; want the zero Amount", z, err)
	}
	if b, _ := mustAmount(t, 560, "GBP").AppendText([]byte("x=")); string(b) != "x=GBP 5.60" {
		t.Errorf("AppendText = %q", b)
	}
	if s, err := mustAmount(t, -560, "GBP").Format("en-GB", Accounting()); err != nil || s != "(£5.60)" {
		t.Errorf("Format(en-GB, Accounting) = %q, %v", s, err)
	}
	if b, err := mustAmount(t, 560, "GBP").AppendFormat([]byte("x"), "de-DE", WithDisplay(DisplayCode)); err != nil || string(b) != "x5,60\u00a0GBP" {
		t.Errorf("AppendFormat(de-DE, code) = %q, %v", b, err)
	}
	if s, err := mustAmount(t, 560, "GBP").Format("en-GB"); err != nil || s != "£5.60" {
		t.Errorf("Format(en-GB) = %q, %v", s, err)
	}
}

func TestCodeText(t *testing.T) {
	var c Code
	if err := c.UnmarshalText([]byte("JPY")); err != nil || c != MustParse("JPY") {
		t.Errorf("UnmarshalText(JPY) = %v, %v", c, err)
	}
	for _, bad := range []string{"jpy", " JPY", "JPY ", "HRK", "ZZZ", "JP"} {
		c := MustParse("EUR")
		var pe *ParseError
		if err := c.UnmarshalText([]byte(bad)); !errors.As(err, &pe) || pe.Input != bad || c != MustParse("EUR") {
			t.Errorf("UnmarshalText(%q) = %v, left %v; want a *ParseError and unchanged", bad, err, c)
		}
	}
	c = MustParse("EUR")
	if err := c.UnmarshalText([]byte{}); err != nil || c.IsValid() {
		t.Errorf("UnmarshalText(\"\") = %v, %v; want the zero Code", c, err)
	}
	if b, _ := MustParse("KWD").AppendText([]byte("c=")); string(b) != "c=KWD" {
		t.Errorf("AppendText = %q", b)
	}
	codes := []Code{MustParse("USD"), {}, MustParse("EUR"), MustParse("AED"), MustParse("ZWG")}
	slices.SortFunc(codes, Code.Compare)
	want := []Code{{}, MustParse("AED"), MustParse("EUR"), MustParse("USD"), MustParse("ZWG")}
	if !slices.Equal(codes, want) {
		t.Errorf("sorted = %v, want %v", codes, want)
	}
	all := Codes()
	for i := 1; i < len(all); i++ {
		if all[i-1].Compare(all[i]) != -1 || all[i].Compare(all[i-1]) != 1 || all[i].Compare(all[i]) != 0 ||
			!(all[i-1].String() < all[i].String()) {
			t.Errorf("Compare(%s, %s) disagrees with the codes' alphabetical order", all[i-1], all[i])
		}
	}
}

// TestJSON pins what encoding/json writes for a Code and an Amount, and that
// it reads them back.
func TestJSON(t *testing.T) {
	type doc struct {
		Currency Code            `json:"currency"`
		Price    Amount          `json:"price"`
		Opt      Code            `json:"opt,omitzero"`
		OptPrice Amount          `json:"optPrice,omitzero"`
		ByCode   map[Code]Amount `json:"byCode"`
	}
	d := doc{
		Currency: MustParse("GBP"),
		Price:    mustAmount(t, 560, "GBP"),
		ByCode:   map[Code]Amount{MustParse("JPY"): mustAmount(t, 100, "JPY"), MustParse("EUR"): mustAmount(t, -5, "EUR")},
	}
	b, err := json.Marshal(d)
	const want = `{"currency":"GBP","price":"GBP 5.60","byCode":{"EUR":"EUR -0.05","JPY":"JPY 100"}}`
	if err != nil || string(b) != want {
		t.Fatalf("json.Marshal = %s, %v\nwant %s", b, err, want)
	}
	var back doc
	if err := json.Unmarshal(b, &back); err != nil || back.Currency != d.Currency || back.Price != d.Price ||
		len(back.ByCode) != 2 || back.ByCode[MustParse("EUR")] != d.ByCode[MustParse("EUR")] {
		t.Errorf("json.Unmarshal = %+v, %v", back, err)
	}
	if b, err := json.Marshal(doc{}); err != nil || string(b) != `{"currency":"","price":"","byCode":null}` {
		t.Errorf("json.Marshal(zero) = %s, %v", b, err)
	}
	if err := json.Unmarshal([]byte(`{"currency":"gbp"}`), &back); !errors.Is(err, ErrMalformed) {
		t.Errorf("json.Unmarshal of a lower-case code = %v, want ErrMalformed", err)
	}
}

// TestPropertiesAmount checks Add, Sub, Neg and Cmp against math/big, and the
// text round trip, for every currency with a minor unit.
func TestPropertiesAmount(t *testing.T) {
	p := properties(t)
	fits := func(z *big.Int) bool { return z.IsInt64() }
	p.Property("Add and Sub are exact or ErrOverflow (math/big oracle)", prop.ForAll(
		func(c Code, x, y int64) bool {
			a, _ := NewAmount(x, c)
			b, _ := NewAmount(y, c)
			sum := new(big.Int).Add(big.NewInt(x), big.NewInt(y))
			dif := new(big.Int).Sub(big.NewInt(x), big.NewInt(y))
			s, errS := a.Add(b)
			d, errD := a.Sub(b)
			okS := fits(sum) == (errS == nil) && (errS != nil && errors.Is(errS, ErrOverflow) && s.IsZero() ||
				errS == nil && s.Code() == c && s.Minor() == sum.Int64())
			okD := fits(dif) == (errD == nil) && (errD != nil && errors.Is(errD, ErrOverflow) && d.IsZero() ||
				errD == nil && d.Code() == c && d.Minor() == dif.Int64())
			return okS && okD
		}, genPaymentCode(), genMinor(), genMinor()))
	p.Property("Neg is exact or ErrOverflow; Cmp agrees with math/big", prop.ForAll(
		func(c Code, x, y int64) bool {
			a, _ := NewAmount(x, c)
			b, _ := NewAmount(y, c)
			n, err := a.Neg()
			neg := new(big.Int).Neg(big.NewInt(x))
			if fits(neg) != (err == nil) || err == nil && n.Minor() != neg.Int64() {
				return false
			}
			got, err := a.Cmp(b)
			return err == nil && got == big.NewInt(x).Cmp(big.NewInt(y))
		}, genPaymentCode(), genMinor(), genMinor()))
	p.Property("UnmarshalText(MarshalText(a)) == a and String is ToMajor's decimal", prop.ForAll(
		func(c Code, x int64) bool {
			a, _ := NewAmount(x, c)
			text, _ := a.MarshalText()
			var back Amount
			major, _ := ToMajor(x, c)
			return back.UnmarshalText(text) == nil && back == a && string(text) == c.String()+" "+major
		}, genPaymentCode(), genMinor()))
	p.Property("amounts of two currencies never combine", prop.ForAll(
		func(c, d Code, x, y int64) bool {
			if c == d {
				return true
			}
			a, _ := NewAmount(x, c)
			b, _ := NewAmount(y, d)
			_, e1 := a.Add(b)
			_, e2 := a.Sub(b)
			_, e3 := a.Cmp(b)
			return errors.Is(e1, ErrCurrencyMismatch) && errors.Is(e2, ErrCurrencyMismatch) && errors.Is(e3, ErrCurrencyMismatch)
		}, genPaymentCode(), genPaymentCode(), genMinor(), genMinor()))
	p.Property("Code text round trip", prop.ForAll(
		func(c Code) bool {
			text, _ := c.MarshalText()
			var back Code
			return back.UnmarshalText(text) == nil && back == c && string(text) == c.String()
		}, genCode()))
	p.TestingRun(t)
}

func FuzzAmountUnmarshalText(f *testing.F) {
	for _, s := range []string{"GBP 5.60", "JPY 100", "", "GBP", "GBP 5.601", "XAU 1", "usd 1", "USD -0.00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var a Amount
		if err := a.UnmarshalText([]byte(s)); err != nil {
			if !a.IsZero() {
				t.Fatalf("UnmarshalText(%q) failed (%v) but changed the Amount", s, err)
			}
			return
		}
		text, _ := a.MarshalText()
		var back Amount
		if err := back.UnmarshalText(text); err != nil || back != a {
			t.Fatalf("UnmarshalText(%q) = %v; its text %q reads back as %v, %v", s, a, text, back, err)
		}
	})
}

func ExampleAmount() {
	gbp := MustParse("GBP")
	price, _ := NewAmount(500, gbp)
	shipping, _ := ParseAmount("0.60", gbp, Exact)
	total, _ := price.Add(shipping)
	fmt.Println(total, total.Minor())
	text, _ := total.Format("en-GB")
	fmt.Println(text)
	b, _ := json.Marshal(map[string]any{"currency": gbp, "total": total})
	fmt.Println(string(b))
	yen, _ := NewAmount(100, MustParse("JPY"))
	_, err := total.Add(yen)
	fmt.Println(errors.Is(err, ErrCurrencyMismatch))
	// Output:
	// GBP 5.60 560
	// £5.60
	// {"currency":"GBP","total":"GBP 5.60"}
	// true
}
