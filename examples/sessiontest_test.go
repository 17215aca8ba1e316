package examples_test

import (
	"encoding/json"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/session/sessiontest"
	"github.com/paysession/paysession/validation"
)

// cart is the README's service under test: its own amount computation and a
// validator.
var cart = struct {
	AmountFromJSON func([]byte) (int64, bool, error)
	ValidateJSON   func([]byte) error
	Charge         func([]byte) int64
}{
	AmountFromJSON: cartAmount,
	ValidateJSON: func(data []byte) error {
		_, err := validation.PrimerJSON(data)
		return err
	},
	Charge: func(data []byte) int64 {
		a, _, _ := cartAmount(data)
		return a
	},
}

func cartAmount(data []byte) (int64, bool, error) {
	var r struct {
		Amount *int64 `json:"amount"`
		Order  struct {
			LineItems []struct {
				Amount, DiscountAmount, TaxAmount int64
				Quantity                          *int64
			}
			Fees     []struct{ Amount int64 }
			Shipping struct{ Amount int64 }
		}
	}
	if err := json.Unmarshal(data, &r); err != nil {
		return 0, false, err
	}
	if r.Amount != nil {
		return *r.Amount, true, nil
	}
	if len(r.Order.LineItems) == 0 {
		return 0, false, nil
	}
	total := r.Order.Shipping.Amount
	for _, li := range r.Order.LineItems {
		q := int64(1)
		if li.Quantity != nil {
			q = *li.Quantity
		}
		total += li.Amount*q - li.DiscountAmount + li.TaxAmount
	}
	for _, f := range r.Order.Fees {
		total += f.Amount
	}
	return total, true, nil
}

// The snippets of the README's "Test your own code against paysession".
func TestSessiontest(t *testing.T) {
	sessiontest.CheckAmount(t, cart.AmountFromJSON) // func([]byte) (amount int64, ok bool, err error)
	sessiontest.CheckAccept(t, cart.ValidateJSON, sessiontest.Cases(2000), sessiontest.MaxLines(20))

	props := gopter.NewProperties(gopter.DefaultTestParameters())
	props.Property("a quote's amount is what we charge", prop.ForAll(func(s session.Session) bool {
		q, _ := pricing.Calculate(s)
		amount, _ := q.Amount()
		return cart.Charge(s.AppendRequestJSON(nil)) == amount
	}, sessiontest.Session(sessiontest.Currencies(currency.MustParse("JPY"), currency.MustParse("KWD")))))
	props.TestingRun(t)
}
