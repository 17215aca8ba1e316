package warnings

import (
	"fmt"
	"slices"
	"testing"

	"github.com/paysession/paysession/internal/conctest"
	"github.com/paysession/paysession/session"
)

// TestConcurrentUse: Check on shared sessions and options from many
// goroutines at once gives the same warnings as alone (go test -race, run by
// CI, reports any write to shared state).
func TestConcurrentUse(t *testing.T) {
	sessions := []session.Session{
		{},
		mustSession(t, session.Params{CurrencyCode: "GBP", Amount: session.Some[int64](7), Order: session.Order{LineItems: []session.LineItem{{Amount: session.Some[int64](5)}}},
			PaymentMethod: session.PaymentMethod{Options: map[string]session.MethodOptions{"KLARNA": {Surcharge: session.Some[int64](1)}}}}),
		mustSession(t, session.Params{OrderID: "o", Customer: session.Customer{ShippingAddress: session.Address{CountryCode: "FR"}}}),
	}
	opts := Options{EnabledMethods: []string{"KLARNA", "APPLE_PAY", "PAYPAL"}, TaxCalculation: true}
	want := make([][]Warning, len(sessions))
	for i, s := range sessions {
		want[i] = Check(s, opts)
	}
	conctest.Run(t, 16, 60, func(g, i int) error {
		k := (g + i) % len(sessions)
		if got := Check(sessions[k], opts); !slices.Equal(got, want[k]) {
			return fmt.Errorf("warnings of session %d differ", k)
		}
		return nil
	})
	if len(want[0]) == 0 || len(want[1]) == 0 {
		t.Error("the sessions give no warnings to compare")
	}
}

func mustSession(t *testing.T, p session.Params) session.Session {
	t.Helper()
	s, err := session.New(p)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
