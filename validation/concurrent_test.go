package validation

import (
	"errors"
	"slices"
	"testing"

	"github.com/paysession/paysession/internal/conctest"
)

// TestConcurrentUse: validating the same inputs from many goroutines at once
// gives the same problems as alone (go test -race, run by CI, reports any
// write to shared state, such as a cached table).
func TestConcurrentUse(t *testing.T) {
	inputs := []string{
		`{"orderId":"o-1","currencyCode":"GBP","order":{"lineItems":[{"itemId":"a","amount":500}],"countryCode":"GB"}}`,
		`{"currencyCode":"HRK","amount":-1,"metadata":{"productId":1.5,"":true},"customer":{"emailAddress":"nope"}}`,
		`{"order":{"lineItems":[{"amount":5,"quantity":0,"discountAmount":9}],"countryCode":"UK"},"paymentMethod":{"orderedAllowedCardNetworks":["VISA","VISA","FOO"]}}`,
		`{"currencyCode":"XAU","order":{"fees":[{"type":"X"}]}}`,
	}
	komoju := []string{
		`{"amount":1000,"currency":"JPY","return_url":"https://shop.example/done"}`,
		`{"mode":"x","amount":-1,"currency":"XXX","default_locale":"fr","metadata":{"k":1}}`,
	}
	want := make([][]problem, len(inputs))
	for i, in := range inputs {
		_, err := PrimerJSON([]byte(in))
		want[i] = problems(err)
	}
	wantK := make([][]problem, len(komoju))
	for i, in := range komoju {
		_, err := KomojuJSON([]byte(in))
		wantK[i] = problems(err)
	}
	conctest.Run(t, 16, 60, func(g, i int) error {
		var errs []error
		k := (g + i) % len(inputs)
		if _, err := PrimerJSON([]byte(inputs[k])); !slices.Equal(problems(err), want[k]) {
			errs = append(errs, errors.New("problems differ for "+inputs[k]))
		}
		k = (g + i) % len(komoju)
		if _, err := KomojuJSON([]byte(komoju[k])); !slices.Equal(problems(err), wantK[k]) {
			errs = append(errs, errors.New("problems differ for "+komoju[k]))
		}
		return errors.Join(errs...)
	})
	if len(want[0]) != 0 || len(want[1]) < 4 || len(wantK[1]) < 4 {
		t.Errorf("the inputs do not mix valid and invalid as intended: %v %v %v", want[0], want[1], wantK[1])
	}
}
