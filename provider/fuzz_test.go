package provider_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/provider"
)

// FuzzParseWire reads arbitrary text as a wire amount of every built-in
// profile. It must never panic; an accepted text converts back to the same
// wire value (AppendWire of the result, read again, gives the same amount);
// an error is an *Error with one of the package's codes and a message of at
// most 200 bytes.
func FuzzParseWire(f *testing.F) {
	for _, s := range []string{"500", "501", "-5", "0", "10.50", "3.00", ".5", "-0.05", "1e3", "+5", "", "-", "5.", " 5",
		"9223372036854775807", "-9223372036854775808", "9223372036854775808", "00000000000000000000000000000001", "１２"} {
		f.Add(s, "ISK")
		f.Add(s, "USD")
	}
	f.Add("5120", "KWD")
	f.Add("11", "HUF")
	f.Fuzz(func(t *testing.T, s, code string) {
		c, err := currency.Parse(code)
		if err != nil {
			c = currency.MustParse("USD")
		}
		for _, p := range provider.Builtin() {
			v, err := p.ParseWire(s, c)
			if err != nil {
				var pe *provider.Error
				if !errors.As(err, &pe) || pe.Code == "" || len(err.Error()) > 200 {
					t.Fatalf("%s %q: %v", p.Name(), s, err)
				}
				continue
			}
			text, err := p.WireString(v, c, currency.Exact)
			if err != nil {
				t.Fatalf("%s %q read as %d, which does not convert back: %v", p.Name(), s, v, err)
			}
			again, err := p.ParseWire(text, c)
			if err != nil || again != v {
				t.Fatalf("%s %q → %d → %q → %d, %v", p.Name(), s, v, text, again, err)
			}
			if p.Rule(c).Form() == provider.Integer && strings.ContainsRune(s, '.') {
				t.Fatalf("%s read a decimal point in %q", p.Name(), s)
			}
		}
	})
}
