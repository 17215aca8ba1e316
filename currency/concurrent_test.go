package currency

import (
	"errors"
	"testing"

	"github.com/paysession/paysession/internal/conctest"
)

// TestConcurrentUse: the package has no mutable state, so parsing,
// converting and formatting from many goroutines at once gives the same
// results as alone (go test -race, run by CI, checks the "no writes" part,
// including the first calls, which build Format's table of common tags and
// parse tags with golang.org/x/text/language).
func TestConcurrentUse(t *testing.T) {
	type job struct {
		code, amount, locale string
		minor                int64
		text                 string
	}
	jobs := []job{
		{"USD", "7", "en-US", 700, "$7.00"},
		{"EUR", "7", "de-DE", 700, "7,00\u00a0€"},
		{"JPY", "100", "ja-JP", 100, "￥100"},
		{"GBP", "49.99", "en-GB", 4999, "£49.99"},
		{"KWD", "1.234", "ar", 1234, ""},
		{"CHF", "-0.05", "de-CH", -5, ""},
	}
	for i, j := range jobs { // the texts the table leaves open, computed alone
		if j.text == "" {
			s, err := Format(j.minor, MustParse(j.code), j.locale)
			if err != nil {
				t.Fatal(err)
			}
			jobs[i].text = s
		}
	}
	conctest.Run(t, 16, 60, func(g, i int) error {
		j := jobs[(g+i)%len(jobs)]
		c, err := Parse(j.code)
		if err != nil {
			return err
		}
		var errs []error
		if m, err := ToMinor(j.amount, c, Exact); err != nil || m != j.minor {
			errs = append(errs, errors.New("ToMinor "+j.amount+" "+j.code))
		}
		if s, err := Format(j.minor, c, j.locale); err != nil || s != j.text {
			errs = append(errs, errors.New("Format "+j.code+" "+j.locale+": "+s))
		}
		return errors.Join(errs...)
	})
}
