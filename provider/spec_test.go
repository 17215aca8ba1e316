package provider_test

import (
	"errors"
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/provider"
)

var (
	stripe   = provider.Stripe()
	adyen    = provider.Adyen()
	checkout = provider.Checkout()
	paypal   = provider.PayPal()
	primer   = provider.Primer()
	komoju   = provider.Komoju()
	iso      = provider.ISO()
)

func code(s string) currency.Code { return currency.MustParse(s) }

// TestWireSpecRows checks every example of the provider rules, worked out by
// hand from the providers' documents.
func TestWireSpecRows(t *testing.T) {
	const (
		exact    = currency.Exact
		halfEven = currency.HalfEven
		halfUp   = currency.HalfUp
	)
	cases := []struct {
		name  string
		p     provider.Profile
		minor int64
		code  string
		mode  currency.RoundingMode
		wire  string // "" when refused
		err   provider.ErrorCode
	}{
		{"ISK 5 at Stripe is 500", stripe, 5, "ISK", exact, "500", ""},
		{"ISK 5 at Adyen is 500", adyen, 5, "ISK", exact, "500", ""},
		{"ISK 5 at Checkout.com is 5", checkout, 5, "ISK", exact, "5", ""},
		{"UGX 5 at Stripe is 500", stripe, 5, "UGX", exact, "500", ""},
		{"UGX 5 at Adyen is 5", adyen, 5, "UGX", exact, "5", ""},
		{"CLP 5 at Adyen is 500", adyen, 5, "CLP", exact, "500", ""},
		{"CLP 5 at Stripe is 5", stripe, 5, "CLP", exact, "5", ""},
		{"CLP 5 at Checkout.com is 500", checkout, 5, "CLP", exact, "500", ""},
		{"CVE 1200 at Adyen is 12", adyen, 1200, "CVE", exact, "12", ""},
		{"CVE 1250 at Adyen refused", adyen, 1250, "CVE", exact, "", provider.CodePrecision},
		{"CVE 1250 at Adyen half-even is 12", adyen, 1250, "CVE", halfEven, "12", ""},
		{"IDR 1500000 at Adyen is 15000", adyen, 1500000, "IDR", exact, "15000", ""},
		{"IDR 1500050 at Adyen refused", adyen, 1500050, "IDR", exact, "", provider.CodePrecision},
		{"IDR 1500050 at Adyen half-up is 15001", adyen, 1500050, "IDR", halfUp, "15001", ""},
		{"KWD 5124 at Stripe refused", stripe, 5124, "KWD", exact, "", provider.CodeGranularity},
		{"KWD 5124 at Checkout.com refused", checkout, 5124, "KWD", exact, "", provider.CodeGranularity},
		{"KWD 5124 at Stripe half-even is 5120", stripe, 5124, "KWD", halfEven, "5120", ""},
		{"KWD 5124 at Checkout.com half-even is 5120", checkout, 5124, "KWD", halfEven, "5120", ""},
		{"KWD 5125 at Stripe half-even is 5120", stripe, 5125, "KWD", halfEven, "5120", ""},
		{"KWD 5135 at Stripe half-even is 5140", stripe, 5135, "KWD", halfEven, "5140", ""},
		{"KWD 5120 at Stripe is 5120", stripe, 5120, "KWD", exact, "5120", ""},
		{"KWD 5124 at Adyen is 5124", adyen, 5124, "KWD", exact, "5124", ""},
		{"KWD at PayPal not accepted", paypal, 5120, "KWD", exact, "", provider.CodeNotAccepted},
		{"JPY 100 at PayPal is \"100\"", paypal, 100, "JPY", exact, "100", ""},
		{"USD 1050 at PayPal is \"10.50\"", paypal, 1050, "USD", exact, "10.50", ""},
		{"USD 5 at PayPal is \"0.05\"", paypal, 5, "USD", exact, "0.05", ""},
		{"HUF 1050 at PayPal refused", paypal, 1050, "HUF", exact, "", provider.CodePrecision},
		{"HUF 1050 at PayPal half-up is \"11\"", paypal, 1050, "HUF", halfUp, "11", ""},
		{"HUF 1050 at PayPal half-even is \"10\"", paypal, 1050, "HUF", halfEven, "10", ""},
		{"HUF 1000 at PayPal is \"10\"", paypal, 1000, "HUF", exact, "10", ""},
		{"TWD 1050 at PayPal down is \"10\"", paypal, 1050, "TWD", currency.Down, "10", ""},
		{"MGA 1000 at Stripe is 10", stripe, 1000, "MGA", exact, "10", ""},
		{"MGA 1050 at Stripe refused", stripe, 1050, "MGA", exact, "", provider.CodePrecision},
		{"MGA 1050 at Stripe ceiling is 11", stripe, 1050, "MGA", currency.Ceiling, "11", ""},
		{"MGA at Checkout.com as ISO", checkout, 1050, "MGA", exact, "1050", ""},
		{"MGA at Primer not accepted", primer, 1050, "MGA", exact, "", provider.CodeNotAccepted},
		{"MGA at Adyen not accepted", adyen, 1050, "MGA", exact, "", provider.CodeNotAccepted},
		{"XCG at Primer not accepted", primer, 100, "XCG", exact, "", provider.CodeNotAccepted},
		{"USD at Primer as ISO", primer, 100, "USD", exact, "100", ""},
		{"JPY at KOMOJU as ISO", komoju, 100, "JPY", exact, "100", ""},
		{"KOMOJU refuses more than 2147483647", komoju, 2147483648, "JPY", exact, "", provider.CodeDigitLimit},
		{"KOMOJU takes 2147483647", komoju, 2147483647, "JPY", exact, "2147483647", ""},
		{"MXN at KOMOJU not accepted", komoju, 100, "MXN", exact, "", provider.CodeNotAccepted},
		{"Stripe 8 digits", stripe, 99999999, "USD", exact, "99999999", ""},
		{"Stripe 9 digits refused", stripe, 100000000, "USD", exact, "", provider.CodeDigitLimit},
		{"Stripe IDR 12 digits", stripe, 999999999999, "IDR", exact, "999999999999", ""},
		{"Stripe JPY 8 digits", stripe, 100000000, "JPY", exact, "", provider.CodeDigitLimit},
		{"Stripe ISK 8 wire digits", stripe, 999999, "ISK", exact, "99999900", ""},
		{"Stripe ISK beyond 8 wire digits", stripe, 1000000, "ISK", exact, "", provider.CodeDigitLimit},
		{"Checkout.com 9 digits", checkout, 999999999, "USD", exact, "999999999", ""},
		{"Checkout.com 10 digits refused", checkout, 1000000000, "USD", exact, "", provider.CodeDigitLimit},
		{"Stripe refuses negative", stripe, -50, "USD", exact, "", provider.CodeNegative},
		{"Adyen takes negative", adyen, -5, "CLP", exact, "-500", ""},
		{"PayPal negative", paypal, -1050, "USD", exact, "-10.50", ""},
		{"Primer refuses negative", primer, -1, "USD", exact, "", provider.CodeNegative},
		{"ISO is the identity", iso, -9223372036854775808, "USD", exact, "-9223372036854775808", ""},
		{"ISO refuses N.A.", iso, 1, "XAU", exact, "", provider.CodeNoMinorUnit},
		{"Adyen CLP overflow", adyen, 92233720368547759, "CLP", exact, "", provider.CodeOverflow},
		{"Stripe IQD three to two decimals", stripe, 1230, "IQD", exact, "123", ""},
		{"Stripe IQD 1234 refused", stripe, 1234, "IQD", exact, "", provider.CodePrecision},
		{"Checkout.com IQD 1234 refused", checkout, 1234, "IQD", exact, "", provider.CodeGranularity},
		{"Checkout.com CLF four to two decimals", checkout, 10000, "CLF", exact, "100", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := c.p.WireString(c.minor, code(c.code), c.mode)
			if c.err != "" {
				if !errors.Is(err, c.err) {
					t.Fatalf("WireString(%d %s) = %q, %v; want error %s", c.minor, c.code, got, err, c.err)
				}
				var pe *provider.Error
				if !errors.As(err, &pe) || pe.Provider != c.p.Name() || pe.Currency != code(c.code) || pe.Amount != c.minor || pe.FromWire {
					t.Fatalf("error %#v does not name the provider, currency and amount", err)
				}
				return
			}
			if err != nil || got != c.wire {
				t.Fatalf("WireString(%d %s) = %q, %v; want %q", c.minor, c.code, got, err, c.wire)
			}
			back, err := c.p.ParseWire(got, code(c.code))
			want := c.minor
			if c.mode != currency.Exact {
				want, _ = currency.RoundMultiple(c.minor, c.p.Rule(code(c.code)).Step(), c.mode)
			}
			if err != nil || back != want {
				t.Fatalf("ParseWire(%q) = %d, %v; want %d", got, back, err, want)
			}
		})
	}
}

// TestUnwireSpecRows checks the way back, which never rounds.
func TestUnwireSpecRows(t *testing.T) {
	cases := []struct {
		name  string
		p     provider.Profile
		wire  string
		code  string
		minor int64
		err   provider.ErrorCode
	}{
		{"500 ISK from Stripe is 5", stripe, "500", "ISK", 5, ""},
		{"501 ISK from Stripe refused", stripe, "501", "ISK", 0, provider.CodeGranularity},
		{"550 ISK from Stripe refused", stripe, "550", "ISK", 0, provider.CodeGranularity},
		{"501 ISK from Adyen refused", adyen, "501", "ISK", 0, provider.CodePrecision},
		{"500 ISK from Adyen is 5", adyen, "500", "ISK", 5, ""},
		{"5 ISK from Checkout.com is 5", checkout, "5", "ISK", 5, ""},
		{"500 UGX from Stripe is 5", stripe, "500", "UGX", 5, ""},
		{"150 CLP from Adyen refused", adyen, "150", "CLP", 0, provider.CodePrecision},
		{"12 CVE from Adyen is 1200", adyen, "12", "CVE", 1200, ""},
		{"15000 IDR from Adyen is 1500000", adyen, "15000", "IDR", 1500000, ""},
		{"5124 KWD from Stripe refused", stripe, "5124", "KWD", 0, provider.CodeGranularity},
		{"5120 KWD from Checkout.com is 5120", checkout, "5120", "KWD", 5120, ""},
		{"\"100\" JPY from PayPal is 100", paypal, "100", "JPY", 100, ""},
		{"\"3.00\" JPY from PayPal is 3", paypal, "3.00", "JPY", 3, ""},
		{"\"3.50\" JPY from PayPal refused", paypal, "3.50", "JPY", 0, provider.CodePrecision},
		{"\"10.5\" USD from PayPal is 1050", paypal, "10.5", "USD", 1050, ""},
		{"\".5\" USD from PayPal is 50", paypal, ".5", "USD", 50, ""},
		{"\"-0.05\" USD from PayPal is -5", paypal, "-0.05", "USD", -5, ""},
		{"\"10.505\" USD from PayPal refused", paypal, "10.505", "USD", 0, provider.CodePrecision},
		{"\"11\" HUF from PayPal is 1100", paypal, "11", "HUF", 1100, ""},
		{"10 MGA from Stripe is 1000", stripe, "10", "MGA", 1000, ""},
		{"100000000 USD from Stripe refused", stripe, "100000000", "USD", 0, provider.CodeDigitLimit},
		{"-5 USD from Stripe refused", stripe, "-5", "USD", 0, provider.CodeNegative},
		{"KWD from PayPal not accepted", paypal, "5.12", "KWD", 0, provider.CodeNotAccepted},
		{"XAU from ISO has no minor unit", iso, "1", "XAU", 0, provider.CodeNoMinorUnit},
		{"IDR beyond int64 from Adyen", adyen, "-92233720368547759", "IDR", 0, provider.CodeOverflow},
		{"Stripe reads no decimal point", stripe, "5.00", "USD", 0, provider.CodeSyntax},
		{"no plus sign", stripe, "+5", "USD", 0, provider.CodeSyntax},
		{"no empty string", paypal, "", "USD", 0, provider.CodeSyntax},
		{"no bare minus", paypal, "-", "USD", 0, provider.CodeSyntax},
		{"no trailing point", paypal, "5.", "USD", 0, provider.CodeSyntax},
		{"no exponent", paypal, "1e3", "USD", 0, provider.CodeSyntax},
		{"no space", stripe, " 5", "USD", 0, provider.CodeSyntax},
		{"at most 32 bytes", paypal, "000000000000000000000000000000001", "USD", 0, provider.CodeSyntax},
		{"beyond int64", iso, "9223372036854775808", "USD", 0, provider.CodeOverflow},
		{"far beyond int64", iso, "99999999999999999999999", "USD", 0, provider.CodeOverflow},
		{"int64 minimum", iso, "-9223372036854775808", "USD", -9223372036854775808, ""},
		{"below int64", iso, "-9223372036854775809", "USD", 0, provider.CodeOverflow},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := c.p.ParseWire(c.wire, code(c.code))
			if c.err != "" {
				var pe *provider.Error
				if !errors.Is(err, c.err) || !errors.As(err, &pe) || !pe.FromWire || pe.Provider != c.p.Name() {
					t.Fatalf("ParseWire(%q %s) = %d, %v; want error %s", c.wire, c.code, got, err, c.err)
				}
				return
			}
			if err != nil || got != c.minor {
				t.Fatalf("ParseWire(%q %s) = %d, %v; want %d", c.wire, c.code, got, err, c.minor)
			}
		})
	}
}

func TestErrorMessages(t *testing.T) {
	cases := []struct {
		err  func() error
		want string
	}{
		{func() error { _, err := stripe.Wire(5124, code("KWD"), currency.Exact); return err },
			"stripe: 5124 KWD: the wire amount must be a multiple of 10 (granularity); name a rounding mode to round it"},
		{func() error { _, err := stripe.Unwire(501, code("ISK")); return err },
			"stripe: wire 501 ISK: not a multiple of 100, as Stripe requires for ISK"},
		{func() error { _, err := paypal.Wire(1050, code("HUF"), currency.Exact); return err },
			"paypal: 1050 HUF: more decimals than PayPal takes for HUF (it must be a multiple of 100 minor units); name a rounding mode to round it"},
		{func() error { _, err := adyen.Unwire(150, code("CLP")); return err },
			"adyen: wire 150 CLP: more decimals than ISO 4217 gives CLP"},
		{func() error { _, err := primer.Wire(5, code("MGA"), currency.Exact); return err },
			"primer: 5 MGA: Primer does not accept MGA"},
		{func() error { _, err := iso.Wire(5, code("XAU"), currency.Exact); return err },
			"iso: 5 XAU: XAU has no minor unit (ISO 4217 N.A.) and cannot carry an amount"},
		{func() error { _, err := iso.Wire(5, currency.Code{}, currency.Exact); return err },
			"iso: 5 (no currency): no currency (zero Code)"},
		{func() error { _, err := stripe.Wire(100000000, code("USD"), currency.Exact); return err },
			"stripe: 100000000 USD: the wire amount exceeds Stripe's largest, 99999999 (digit limit)"},
		{func() error { _, err := stripe.Wire(-1, code("USD"), currency.Exact); return err },
			"stripe: -1 USD: Stripe takes no negative amounts"},
		{func() error { _, err := adyen.Wire(1<<62, code("CLP"), currency.Exact); return err },
			"adyen: 4611686018427387904 CLP: out of range (int64)"},
		{func() error { _, err := paypal.ParseWire("1e3", code("USD")); return err },
			`paypal: wire "1e3" USD: not a wire amount of PayPal (a decimal number such as 10.50, at most 32 bytes)`},
		{func() error { _, err := stripe.ParseWire("5.0", code("USD")); return err },
			`stripe: wire "5.0" USD: not a wire amount of Stripe (an integer such as 500)`},
		{func() error { _, err := stripe.ParseWire("\"\x01"+string(make([]byte, 40)), code("USD")); return err },
			`stripe: wire "\"\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"... USD: not a wire amount of Stripe (an integer such as 500)`},
		{func() error {
			_, err := stripe.ParseWire("ééééééééééééééééééééééé", code("USD"))
			return err
		},
			`stripe: wire "ééééééééééééééééééééééé" USD: not a wire amount of Stripe (an integer such as 500)`},
		{func() error {
			_, err := stripe.ParseWire("éééééééééééééééééééééééé", code("USD"))
			return err
		},
			`stripe: wire "ééééééééééééééééééééééé"... USD: not a wire amount of Stripe (an integer such as 500)`},
		{func() error { _, err := stripe.Wire(5, code("KWD"), currency.RoundingMode(99)); return err },
			"stripe: 5 KWD: unknown rounding mode"},
		{func() error { _, err := stripe.FormatWire(5, code("XAU")); return err },
			"stripe: wire 5 XAU: XAU has no minor unit (ISO 4217 N.A.) and cannot carry an amount"},
	}
	for _, c := range cases {
		err := c.err()
		if err == nil || err.Error() != c.want {
			t.Errorf("got  %v\nwant %s", err, c.want)
		}
	}
	if got := (&provider.Error{Provider: "x", Code: "weird"}).Error(); got != "x: 0 (no currency): weird" {
		t.Errorf("unknown code: %q", got)
	}
}
