package adjust

import (
	"fmt"
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/internal/conctest"
	"github.com/paysession/paysession/rate"
)

// One shared session and rate, used from 16 goroutines at once: every
// result equals the one computed alone (go test -race checks the sharing).
func TestConcurrentUse(t *testing.T) {
	s := build(t, "USD", line{1234, 2, 100, -1}, line{999, 0, -1, -1}, line{5, 3, -1, -1})
	r := rate.MustParse("8.875%")
	tax, _ := Tax(s, r, PerOrder, currency.HalfEven)
	disc, _ := DiscountAmount(s, 777)
	ex, _ := Exchange(s, currency.MustParse("JPY"), rate.MustParse("151.237"), currency.HalfEven)
	in, _ := InclusiveTax(s, r, PerLine, currency.HalfUp)
	before := string(s.AppendRequestJSON(nil))
	conctest.Run(t, 16, 40, func(g, i int) error {
		switch i % 4 {
		case 0:
			if got, err := Tax(s, r, PerOrder, currency.HalfEven); err != nil || !got.Equal(tax) {
				return fmt.Errorf("tax: %v", err)
			}
		case 1:
			if got, err := DiscountAmount(s, 777); err != nil || !got.Equal(disc) {
				return fmt.Errorf("discount: %v", err)
			}
		case 2:
			got, err := Exchange(s, currency.MustParse("JPY"), rate.MustParse("151.237"), currency.HalfEven)
			a, _ := got.Amount()
			b, _ := ex.Amount()
			if err != nil || !got.Session().Equal(ex.Session()) || a != b {
				return fmt.Errorf("exchange: %v", err)
			}
		case 3:
			got, err := InclusiveTax(s, r, PerLine, currency.HalfUp)
			if err != nil || got.Tax() != in.Tax() || got.Line(0) != in.Line(0) {
				return fmt.Errorf("inclusive: %v", err)
			}
		}
		if string(s.AppendRequestJSON(nil)) != before {
			return fmt.Errorf("the shared session changed")
		}
		return nil
	})
}
