package rate

import (
	"errors"
	"math"
	"math/big"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/internal/propgen"
	"github.com/shopspring/decimal"
)

var modes = []currency.RoundingMode{currency.Exact, currency.HalfEven, currency.HalfUp, currency.HalfDown,
	currency.Up, currency.Down, currency.Ceiling, currency.Floor}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"8.875%", "0.08875"},
		{"0.08875", "0.08875"},
		{"151.237", "151.237"},
		{"7", "7"},
		{"0", "0"},
		{"0.0", "0"},
		{"0%", "0"},
		{"100%", "1"},
		{"10.75%", "0.1075"},
		{"21%", "0.21"},
		{"007.50", "7.5"},
		{"0.100000000000000000000000000", "0.1"},
		{"0.000000000000000001", "0.000000000000000001"},
		{"0.0000000000000001%", "0.000000000000000001"},
		{"999999999999999999", "999999999999999999"},
		{"999999999999999999%", "9999999999999999.99"},
		{"123456789.123456789", "123456789.123456789"},
	} {
		r, err := Parse(tc.in)
		if err != nil || r.String() != tc.want {
			t.Errorf("Parse(%q) = %v, %v; want %s", tc.in, r, err, tc.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want error
	}{
		{"1e-3", ErrSyntax},
		{"8.875 %", ErrSyntax},
		{" 8.875%", ErrSyntax},
		{"NaN", ErrSyntax},
		{"Inf", ErrSyntax},
		{"", ErrSyntax},
		{"%", ErrSyntax},
		{"+1", ErrSyntax},
		{".5", ErrSyntax},
		{"5.", ErrSyntax},
		{"1,000", ErrSyntax},
		{"0x10", ErrSyntax},
		{"8.875%%", ErrSyntax},
		{"-0.5", ErrNegative},
		{"-8.875%", ErrNegative},
		{"-x", ErrSyntax},
		{strings.Repeat("1", 1000), ErrTooLong},
		{"1" + strings.Repeat("0", 64), ErrTooLong},
		{"123456789012345.678901234567890", ErrDigits}, // 30 digits
		{"1000000000000000000", ErrDigits},             // 19 digits
		{"0.0000000000000000001", ErrDigits},           // 19 places
		{"0.000000000000000001%", ErrDigits},           // 20 places
		{"1.0000000000000000001", ErrDigits},
		{"12345678901234567890x", ErrSyntax},
	} {
		r, err := Parse(tc.in)
		var pe *ParseError
		if !errors.Is(err, tc.want) || !errors.As(err, &pe) || pe.Input != tc.in || r != (Rate{}) {
			t.Errorf("Parse(%.30q) = %v, %v; want %v", tc.in, r, err, tc.want)
		}
		if len(err.Error()) > 250 {
			t.Errorf("Parse(%.30q): message of %d bytes", tc.in, len(err.Error()))
		}
	}
	if _, err := Parse("1e-3"); err.Error() != `rate: "1e-3": `+ErrSyntax.Error() {
		t.Errorf("message %q", err)
	}
	_, err := Parse(strings.Repeat("9", 100))
	if !strings.Contains(err.Error(), `"999999999999999999999999"...: rate too long`) {
		t.Errorf("long message %q", err)
	}
}

func TestNewAndBPS(t *testing.T) {
	for _, tc := range []struct {
		bps  int64
		want string
	}{{290, "0.029"}, {8875, "0.8875"}, {0, "0"}, {10000, "1"}, {110, "0.011"}} {
		r, err := FromBPS(tc.bps)
		if err != nil || r.String() != tc.want {
			t.Errorf("FromBPS(%d) = %v, %v", tc.bps, r, err)
		}
	}
	if _, err := FromBPS(-1); !errors.Is(err, ErrNegative) || err.Error() != `rate: "-1 bps": rate must not be negative` {
		t.Errorf("FromBPS(-1): %v", err)
	}
	if _, err := FromBPS(math.MaxInt64); !errors.Is(err, ErrDigits) {
		t.Errorf("FromBPS(max): %v", err)
	}
	if r, err := New(88750, 6); err != nil || r != MustParse("8.875%") {
		t.Errorf("New(88750, 6) = %v, %v", r, err)
	}
	if _, err := New(1, 19); !errors.Is(err, ErrDigits) {
		t.Errorf("New(1, 19): %v", err)
	}
	if _, err := New(1, -1); !errors.Is(err, ErrDigits) {
		t.Errorf("New(1, -1): %v", err)
	}
	if _, err := New(-1, 0); !errors.Is(err, ErrNegative) {
		t.Errorf("New(-1, 0): %v", err)
	}
	if r, err := New(0, 40); err != nil || !r.IsZero() {
		t.Errorf("New(0, 40) = %v, %v", r, err)
	}
	c, s := MustParse("8.875%").Coefficient()
	if c != 8875 || s != 5 {
		t.Errorf("Coefficient = %d, %d", c, s)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParse(x) did not panic")
		}
	}()
	MustParse("x")
}

func TestText(t *testing.T) {
	for _, tc := range []struct{ in, pct string }{
		{"0.08875", "8.875%"}, {"151.237", "15123.7%"}, {"0", "0%"}, {"0.5", "50%"}, {"1", "100%"},
		{"0.000000000000000001", "0.0000000000000001%"},
	} {
		r := MustParse(tc.in)
		if r.Percent() != tc.pct || MustParse(tc.pct) != r {
			t.Errorf("%s: Percent %q", tc.in, r.Percent())
		}
		b, _ := r.MarshalText()
		var u Rate
		if err := u.UnmarshalText(b); err != nil || u != r || string(b) != tc.in {
			t.Errorf("%s: text %q → %v, %v", tc.in, b, u, err)
		}
	}
	var u Rate
	if err := u.UnmarshalText([]byte("x")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(x): %v", err)
	}
	if MustParse("0.5").Cmp(MustParse("50%")) != 0 || MustParse("0.5").Cmp(MustParse("0.49")) != 1 ||
		MustParse("0.000000000000000001").Cmp(MustParse("999999999999999999")) != -1 {
		t.Error("Cmp")
	}
}

// The documented examples (issue 15's table).
func TestExamples(t *testing.T) {
	usd, jpy, kwd := currency.MustParse("USD"), currency.MustParse("JPY"), currency.MustParse("KWD")
	for _, tc := range []struct {
		name string
		got  func() (int64, error)
		want int64
	}{
		{"24.99 × 10.75 % = 268.6425", func() (int64, error) { return MustParse("10.75%").Of(2499, currency.HalfEven) }, 269},
		{"12.00 × 8.875 % half-even", func() (int64, error) { return MustParse("8.875%").Of(1200, currency.HalfEven) }, 106},
		{"12.00 × 8.875 % half-up", func() (int64, error) { return MustParse("8.875%").Of(1200, currency.HalfUp) }, 107},
		{"12.00 × 8.875 % half-down", func() (int64, error) { return MustParse("8.875%").Of(1200, currency.HalfDown) }, 106},
		{"1.1 % of 1000", func() (int64, error) { return MustParse("1.1%").Of(1000, currency.HalfUp) }, 11},
		{"inclusive 21 % of 100.00", func() (int64, error) { return MustParse("21%").Inclusive(10000, currency.HalfEven) }, 1736},
		{"19.99 USD × 151.237", func() (int64, error) { return MustParse("151.237").Convert(1999, usd, jpy, currency.HalfEven) }, 3023},
		{"1 KWD × 3.2567", func() (int64, error) { return MustParse("3.2567").Convert(1000, kwd, usd, currency.HalfEven) }, 326},
		{"100 JPY × 0.0066", func() (int64, error) { return MustParse("0.0066").Convert(100, jpy, usd, currency.HalfEven) }, 66},
		{"-12.00 × 8.875 % half-up", func() (int64, error) { return MustParse("8.875%").Of(-1200, currency.HalfUp) }, -107},
		{"min int64 × 1", func() (int64, error) { return MustParse("1").Of(math.MinInt64, currency.Exact) }, math.MinInt64},
	} {
		got, err := tc.got()
		if err != nil || got != tc.want {
			t.Errorf("%s = %d, %v; want %d", tc.name, got, err, tc.want)
		}
	}
}

func TestArithErrors(t *testing.T) {
	r := MustParse("8.875%")
	if _, err := r.Of(1200, currency.Exact); !errors.Is(err, ErrInexact) {
		t.Errorf("Exact: %v", err)
	}
	if _, err := r.Of(1200, currency.RoundingMode(99)); !errors.Is(err, ErrMode) {
		t.Errorf("mode 99: %v", err)
	}
	if _, err := r.Inclusive(1, currency.RoundingMode(99)); !errors.Is(err, ErrMode) {
		t.Errorf("mode 99: %v", err)
	}
	if _, err := MustParse("2").Of(math.MaxInt64, currency.HalfEven); !errors.Is(err, ErrOverflow) {
		t.Errorf("overflow: %v", err)
	}
	if _, err := MustParse("1").Of(math.MaxInt64, currency.HalfEven); err != nil {
		t.Errorf("max × 1: %v", err)
	}
	if _, err := MustParse("0.9999999999").Of(math.MaxInt64, currency.Up); err != nil {
		t.Errorf("max × 0.99…: %v", err)
	}
	usd, jpy := currency.MustParse("USD"), currency.MustParse("JPY")
	if _, err := r.Convert(1, usd, currency.MustParse("XAU"), currency.HalfEven); !errors.Is(err, ErrCurrency) {
		t.Errorf("XAU: %v", err)
	}
	if _, err := r.Convert(1, currency.Code{}, usd, currency.HalfEven); !errors.Is(err, ErrCurrency) {
		t.Errorf("zero code: %v", err)
	}
	if _, err := r.Convert(1, usd, jpy, currency.RoundingMode(99)); !errors.Is(err, ErrMode) {
		t.Errorf("mode: %v", err)
	}
	big := MustParse("999999999999999999")
	if _, err := big.Convert(math.MaxInt64, jpy, currency.MustParse("CLF"), currency.HalfEven); !errors.Is(err, ErrOverflow) {
		t.Errorf("huge convert: %v", err)
	}
	if _, err := big.WithMarkup(MustParse("0.5")); !errors.Is(err, ErrDigits) {
		t.Errorf("markup digits: %v", err)
	}
	if m, err := MustParse("151.237").WithMarkup(MustParse("2%")); err != nil || m.String() != "154.26174" {
		t.Errorf("markup = %v, %v", m, err)
	}
	if m, err := MustParse("1.5").WithMarkup(MustParse("1")); err != nil || m.String() != "3" {
		t.Errorf("markup = %v, %v", m, err)
	}
	dst := make([]int64, 2)
	if _, err := r.Split(dst[:1], []int64{1, 2}, currency.HalfEven); !errors.Is(err, ErrLength) {
		t.Errorf("Split length: %v", err)
	}
	if _, err := r.Split(dst, []int64{1, -2}, currency.HalfEven); !errors.Is(err, ErrNegative) {
		t.Errorf("Split negative: %v", err)
	}
	if _, err := r.Split(dst, []int64{1, 2}, currency.RoundingMode(9)); !errors.Is(err, ErrMode) {
		t.Errorf("Split mode: %v", err)
	}
	if _, err := MustParse("2").Split(dst, []int64{math.MaxInt64, 0}, currency.HalfEven); !errors.Is(err, ErrOverflow) {
		t.Errorf("Split overflow: %v", err)
	}
	if _, err := MustParse("1").Split(dst, []int64{math.MaxInt64, 1}, currency.HalfEven); !errors.Is(err, ErrOverflow) {
		t.Errorf("Split sum overflow: %v", err)
	}
	if _, err := r.Split(dst, []int64{1200, 0}, currency.Exact); !errors.Is(err, ErrInexact) {
		t.Errorf("Split exact: %v", err)
	}
}

func TestSplitTable(t *testing.T) {
	// 8.875 % on ten lines of 12.34 … : per line against per order.
	r := MustParse("8.875%")
	xs := []int64{1234, 999, 2500, 1, 4999, 1999, 350, 12000, 75, 640}
	var perLine int64
	for _, x := range xs {
		v, _ := r.Of(x, currency.HalfEven)
		perLine += v
	}
	dst := make([]int64, len(xs))
	total, err := r.Split(dst, xs, currency.HalfEven)
	// Exact shares: 109.5175 88.66125 221.875 0.08875 443.66125 177.41125
	// 31.0625 1065 6.65625 56.8; Σ = 2200.73375 → 2201. Per line (half-even):
	// 110 89 222 0 444 177 31 1065 7 57 = 2202. Per order: floors 2196,
	// five units to the remainders .875, .8, .66125, .66125 (twice, the
	// lower index first) and .65625.
	want := []int64{109, 89, 222, 0, 444, 177, 31, 1065, 7, 57}
	if err != nil || total != 2201 || !slices.Equal(dst, want) || perLine != 2202 {
		t.Errorf("Split = %v %d %v (per line %d); want %v 2201 (per line 2202)", dst, total, err, perLine, want)
	}
	// Ties go to the lower index: three equal shares of 1/3 each.
	third := MustParse("0.333333333333333333")
	dst = make([]int64, 3)
	total, _ = third.Split(dst, []int64{1000, 1000, 1000}, currency.Up)
	if total != 1000 || !slices.Equal(dst, []int64{334, 333, 333}) {
		t.Errorf("thirds = %v %d", dst, total)
	}
	// Many units: the bisection path.
	xs = make([]int64, 40)
	for i := range xs {
		xs[i] = 1
	}
	dst = make([]int64, 40)
	total, _ = MustParse("0.5").Split(dst, xs, currency.HalfEven)
	if total != 20 || dst[0] != 1 || dst[19] != 1 || dst[20] != 0 {
		t.Errorf("halves = %v %d", dst, total)
	}
}

// Generators.

func randRate(r *rand.Rand) Rate {
	digits := 1 + r.Intn(MaxDigits)
	c := r.Int63n(int64(pow10[digits]))
	if r.Intn(4) == 0 {
		c = r.Int63n(100000)
	}
	rt, err := New(c, r.Intn(MaxScale+1))
	if err != nil {
		panic(err)
	}
	return rt
}

func randAmount(r *rand.Rand) int64 {
	switch r.Intn(5) {
	case 0:
		return r.Int63n(100000)
	case 1:
		return -r.Int63n(100000)
	case 2:
		return r.Int63() >> uint(r.Intn(63))
	case 3:
		return -(r.Int63() >> uint(r.Intn(63)))
	}
	return propgen.Pick[int64](r, math.MaxInt64, math.MinInt64, 0, 1, -1)
}

func genCase() gopter.Gen {
	type c struct {
		R    Rate
		X    int64
		Mode currency.RoundingMode
	}
	return propgen.FromRand(func(r *rand.Rand) c {
		return c{randRate(r), randAmount(r), modes[r.Intn(len(modes))]}
	})
}

func params() *gopter.TestParameters {
	p := gopter.DefaultTestParameters()
	p.MinSuccessfulTests = 2000
	return p
}

func sameErr(a, b error) bool { return errors.Is(a, b) || a == nil && b == nil }

func TestPropertiesOracles(t *testing.T) {
	p := gopter.NewProperties(params())
	codes := []currency.Code{currency.MustParse("USD"), currency.MustParse("JPY"), currency.MustParse("KWD"), currency.MustParse("CLF")}
	p.Property("Of equals math/big and shopspring", prop.ForAll(func(c struct {
		R    Rate
		X    int64
		Mode currency.RoundingMode
	}) bool {
		got, err := c.R.Of(c.X, c.Mode)
		exact := new(big.Rat).Mul(new(big.Rat).SetInt64(c.X), ratOf(c.R))
		want, werr := bigWant(exact, c.Mode)
		if got != want || !sameErr(err, werr) {
			t.Logf("%v × %d %v = %d, %v; big %d, %v", c.R, c.X, c.Mode, got, err, want, werr)
			return false
		}
		dw, derr, ok := decWant(decimal.NewFromInt(c.X).Mul(decOf(c.R)), c.Mode)
		return !ok || dw == got && sameErr(err, derr)
	}, genCase()))
	p.Property("Inclusive equals math/big and shopspring", prop.ForAll(func(c struct {
		R    Rate
		X    int64
		Mode currency.RoundingMode
	}) bool {
		got, err := c.R.Inclusive(c.X, c.Mode)
		rr := ratOf(c.R)
		exact := new(big.Rat).Quo(new(big.Rat).Mul(new(big.Rat).SetInt64(c.X), rr), new(big.Rat).Add(rr, big.NewRat(1, 1)))
		want, werr := bigWant(exact, c.Mode)
		if got != want || !sameErr(err, werr) {
			t.Logf("%v in %d %v = %d, %v; big %d, %v", c.R, c.X, c.Mode, got, err, want, werr)
			return false
		}
		d := decimal.NewFromInt(c.X).Mul(decOf(c.R)).DivRound(decOf(c.R).Add(decimal.NewFromInt(1)), 40)
		dw, derr, ok := decWant(d, c.Mode)
		if c.Mode == currency.Exact {
			return true // 40 places cannot tell shopspring an exact quotient
		}
		return !ok || dw == got && sameErr(err, derr)
	}, genCase()))
	p.Property("Convert equals math/big and shopspring", prop.ForAll(func(c struct {
		R    Rate
		X    int64
		Mode currency.RoundingMode
	}, i, j int) bool {
		from, to := codes[i], codes[j]
		got, err := c.R.Convert(c.X, from, to, c.Mode)
		ef, _ := from.MinorUnits()
		et, _ := to.MinorUnits()
		exact := new(big.Rat).Mul(new(big.Rat).SetInt64(c.X), ratOf(c.R))
		shift := new(big.Rat).SetFrac(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(max(et-ef, 0))), nil),
			new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(max(ef-et, 0))), nil))
		exact.Mul(exact, shift)
		want, werr := bigWant(exact, c.Mode)
		if got != want || !sameErr(err, werr) {
			t.Logf("%d %v→%v × %v %v = %d, %v; big %d, %v", c.X, from, to, c.R, c.Mode, got, err, want, werr)
			return false
		}
		dw, derr, ok := decWant(decimal.NewFromInt(c.X).Mul(decOf(c.R)).Shift(int32(et-ef)), c.Mode)
		return !ok || dw == got && sameErr(err, derr)
	}, genCase(), propgenInt(len(codes)), propgenInt(len(codes))))
	p.Property("WithMarkup equals math/big", prop.ForAll(func(a, b struct {
		R    Rate
		X    int64
		Mode currency.RoundingMode
	}) bool {
		got, err := a.R.WithMarkup(b.R)
		exact := new(big.Rat).Mul(ratOf(a.R), new(big.Rat).Add(ratOf(b.R), big.NewRat(1, 1)))
		// Representable iff exact × 10^18 is an integer below 10^18 × 10^18
		// with at most 18 significant digits.
		s := exact.FloatString(MaxScale)
		want, perr := Parse(strings.TrimRight(strings.TrimRight(s, "0"), "."))
		if new(big.Rat).SetFrac(ratOf(want).Num(), ratOf(want).Denom()).Cmp(exact) != 0 {
			perr = ErrDigits
		}
		if perr != nil {
			return errors.Is(err, ErrDigits)
		}
		return err == nil && got == want
	}, genCase(), genCase()))
	p.Property("Split equals the math/big rule", prop.ForAll(func(c struct {
		R    Rate
		X    int64
		Mode currency.RoundingMode
	}, seed int) bool {
		rnd := rand.New(rand.NewSource(int64(seed)))
		xs := make([]int64, 1+rnd.Intn(30))
		for i := range xs {
			xs[i] = rnd.Int63n(1 + (c.X&math.MaxInt64)/int64(len(xs)+1))
			if rnd.Intn(3) == 0 {
				xs[i] = xs[0] // ties
			}
		}
		dst := make([]int64, len(xs))
		total, err := c.R.Split(dst, xs, c.Mode)
		want, wtotal, werr := bigSplit(ratOf(c.R), xs, c.Mode)
		if werr != nil || err != nil {
			return sameErr(err, werr)
		}
		// The inclusive split follows the same rule for r / (1 + r).
		idst := make([]int64, len(xs))
		itotal, ierr := c.R.SplitInclusive(idst, xs, c.Mode)
		rr := ratOf(c.R)
		iwant, iwtotal, iwerr := bigSplit(new(big.Rat).Quo(rr, new(big.Rat).Add(rr, big.NewRat(1, 1))), xs, c.Mode)
		if !sameErr(ierr, iwerr) || ierr == nil && (itotal != iwtotal || !slices.Equal(idst, iwant)) {
			t.Logf("inclusive %v %v: %v %d %v; want %v %d %v", c.R, xs, idst, itotal, ierr, iwant, iwtotal, iwerr)
			return false
		}
		var sum int64
		for _, v := range dst {
			sum += v
		}
		if total != wtotal || !slices.Equal(dst, want) || sum != total {
			t.Logf("%v %v: %v %d; want %v %d", c.R, xs, dst, total, want, wtotal)
			return false
		}
		return true
	}, genCase(), propgenInt(math.MaxInt32)))
	p.TestingRun(t)
}

func propgenInt(n int) gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) int { return r.Intn(n) })
}

func TestPropertiesText(t *testing.T) {
	p := gopter.NewProperties(params())
	p.Property("String and Percent round-trip", prop.ForAll(func(c struct {
		R    Rate
		X    int64
		Mode currency.RoundingMode
	}) bool {
		a, err1 := Parse(c.R.String())
		b, err2 := Parse(c.R.Percent())
		// shopspring reads the same number.
		d, err3 := decimal.NewFromString(c.R.String())
		return err1 == nil && err2 == nil && a == c.R && b == c.R && err3 == nil && d.Equal(decOf(c.R))
	}, genCase()))
	p.TestingRun(t)
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"8.875%", "0.08875", "151.237", "1e-3", "8.875 %", "NaN", "-1", "0.000000000000000001",
		"999999999999999999", "1000000000000000000", "00000000000000000000000001.5%", "0.1%", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := Parse(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || r != (Rate{}) {
				t.Fatalf("Parse(%q) = %v, %v", s, r, err)
			}
			return
		}
		if back, err := Parse(r.String()); err != nil || back != r {
			t.Fatalf("Parse(%q) = %v; String %q reads back as %v, %v", s, r, r.String(), back, err)
		}
		if back, err := Parse(r.Percent()); err != nil || back != r {
			t.Fatalf("Parse(%q) = %v; Percent %q reads back as %v, %v", s, r, r.Percent(), back, err)
		}
		// The value is the one the string spells (shopspring as oracle).
		in := strings.TrimSuffix(s, "%")
		d, derr := decimal.NewFromString(in)
		if derr != nil {
			t.Fatalf("Parse(%q) accepted what shopspring refuses: %v", s, derr)
		}
		if in != s {
			d = d.Shift(-2)
		}
		if !d.Equal(decOf(r)) {
			t.Fatalf("Parse(%q) = %v, shopspring reads %v", s, r, d)
		}
	})
}
