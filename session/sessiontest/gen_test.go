package sessiontest_test

import (
	"errors"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/provider"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/session/sessiontest"
	"github.com/paysession/paysession/validation"
)

func params(seed int64) *gopter.TestParameters {
	p := gopter.DefaultTestParametersWithSeed(seed)
	p.MinSuccessfulTests = 300
	return p
}

func valid(s session.Session) bool {
	if validation.Primer(s) != nil {
		return false
	}
	_, err := pricing.Calculate(s)
	return err == nil
}

// shrunk returns every value the generator's shrinker offers for v, one step.
func shrunk(g gopter.Gen, seed int64) (any, []any) {
	res := g(gopter.DefaultGenParameters().CloneWithSeed(seed))
	v, _ := res.Retrieve()
	return v, res.Shrinker(v).All()
}

func TestSessionsAreValid(t *testing.T) {
	props := gopter.NewProperties(params(1))
	props.Property("every generated session is valid and prices", prop.ForAll(valid, sessiontest.Session()))
	props.Property("every session of any shape is valid", prop.ForAll(valid,
		sessiontest.Session(sessiontest.MaxLines(20), sessiontest.PaymentOptions(false), sessiontest.Overrides(false),
			sessiontest.Currencies(currency.MustParse("KWD"), currency.MustParse("ISK")))))
	props.Property("every shrink step is a valid session", prop.ForAll(func(seed int64) bool {
		_, xs := shrunk(sessiontest.Session(), seed)
		for _, x := range xs {
			if !valid(x.(session.Session)) {
				return false
			}
		}
		return true
	}, gopter.Gen(func(p *gopter.GenParameters) *gopter.GenResult {
		return gopter.NewGenResult(p.Rng.Int63(), gopter.NoShrinker)
	})))
	props.Property("request JSON decodes to a valid session", prop.ForAll(func(data []byte) bool {
		s, err := session.DecodeRequest(data)
		return err == nil && valid(s)
	}, sessiontest.RequestJSON()))
	props.Property("PATCH bodies decode, and keep a valid session valid", prop.ForAll(func(body []byte, s session.Session) bool {
		p, err := session.DecodePatch(body)
		return err == nil && valid(s.Apply(p))
	}, sessiontest.PatchJSON(), sessiontest.Session()))
	props.Property("an invalid case has exactly its one error", prop.ForAll(func(c sessiontest.InvalidCase) bool {
		_, err := validation.PrimerJSON(c.JSON)
		var list fielderr.List
		return errors.As(err, &list) && len(list) == 1 && list[0].Path == c.Path && list[0].Code == c.Code
	}, sessiontest.Invalid()))
	props.Property("amounts are in range for their currency", prop.ForAll(func(c currency.Code, seed int64) bool {
		d, _ := c.MinorUnits()
		v, _ := sessiontest.Amount(c)(gopter.DefaultGenParameters().CloneWithSeed(seed)).Retrieve()
		max := int64(1)
		for range d + 4 {
			max *= 10
		}
		return v.(int64) >= 0 && v.(int64) < max
	}, sessiontest.CurrencyCode(), gopter.Gen(func(p *gopter.GenParameters) *gopter.GenResult {
		return gopter.NewGenResult(p.Rng.Int63(), gopter.NoShrinker)
	})))
	props.TestingRun(t)
}

// The currencies cover 0, 2 and 3 decimals (and 4 with ISOCurrencies),
// favour the common ones, and are all accepted by Primer unless
// ISOCurrencies(true) is given.
func TestCurrencyCoverage(t *testing.T) {
	for _, iso := range []bool{false, true} {
		g := sessiontest.CurrencyCode(sessiontest.ISOCurrencies(iso))
		p := gopter.DefaultGenParameters().CloneWithSeed(3)
		byDigits := map[int]int{}
		usd, outside := 0, 0
		const n = 4000
		for range n {
			v, _ := g(p).Retrieve()
			c := v.(currency.Code)
			d, ok := c.MinorUnits()
			if !ok {
				t.Fatalf("%v has no minor unit", c)
			}
			byDigits[d]++
			if c.String() == "USD" {
				usd++
			}
			if !provider.Primer().Accepts(c) {
				outside++
			}
		}
		digits := []int{0, 2, 3}
		if iso {
			digits = append(digits, 4)
		}
		for _, d := range digits {
			if byDigits[d] < n/40 {
				t.Errorf("iso %v: %d-decimal currencies drawn %d times of %d", iso, d, byDigits[d], n)
			}
		}
		if usd < n/10 {
			t.Errorf("iso %v: USD drawn %d times of %d, want it common", iso, usd, n)
		}
		if (outside > 0) != iso {
			t.Errorf("iso %v: %d currencies Primer does not accept", iso, outside)
		}
	}
}

// With ISOCurrencies(true), a session is valid but for a currency outside
// Primer's list, and pricing prices it.
func TestISOCurrencySessions(t *testing.T) {
	g := sessiontest.Session(sessiontest.ISOCurrencies(true), sessiontest.Currencies(currency.MustParse("CLF"), currency.MustParse("UYW"), currency.MustParse("USD")))
	p := gopter.DefaultGenParameters().CloneWithSeed(4)
	var list fielderr.List
	for range 300 {
		v, _ := g(p).Retrieve()
		s := v.(session.Session)
		if _, err := pricing.Calculate(s); err != nil {
			t.Fatal(err)
		}
		err := validation.Primer(s)
		if s.CurrencyCode() == "USD" && err != nil || s.CurrencyCode() != "USD" && (!errors.As(err, &list) || len(list) != 1 || list[0].Path != "$.currencyCode") {
			t.Fatalf("%s: %v", s.AppendRequestJSON(nil), err)
		}
	}
	// Invalid variants keep to Primer's currencies, so they keep their one error.
	inv := sessiontest.Invalid(sessiontest.ISOCurrencies(true), sessiontest.Currencies(currency.MustParse("CLF"), currency.MustParse("JPY")))
	for range 200 {
		v, _ := inv(p).Retrieve()
		c := v.(sessiontest.InvalidCase)
		_, err := validation.PrimerJSON(c.JSON)
		if !errors.As(err, &list) || len(list) != 1 || list[0].Path != c.Path {
			t.Fatalf("%v: %v", c, err)
		}
	}
}

// Sessions vary: line counts up to the maximum, discounts, options, overrides.
func TestSessionVariety(t *testing.T) {
	g := sessiontest.Session(sessiontest.MaxLines(8))
	p := gopter.DefaultGenParameters().CloneWithSeed(5)
	counts := map[int]int{}
	var discounts, taxes, quantities, fees, shipping, options, networks, overrides int
	for range 2000 {
		v, _ := g(p).Retrieve()
		s := v.(session.Session)
		counts[s.NumLineItems()]++
		for i := range s.NumLineItems() {
			li := s.LineItem(i)
			discounts += b(li.DiscountAmount.IsSet())
			taxes += b(li.TaxAmount.IsSet())
			quantities += b(li.Quantity.IsSet())
		}
		fees += b(s.NumFees() > 0)
		shipping += b(s.Shipping().Amount.IsSet())
		pm := s.PaymentMethod()
		options += b(len(pm.Options) > 0)
		networks += b(len(pm.Options[session.MethodPaymentCard].Networks) > 0)
		_, ok := s.AmountOverride()
		overrides += b(ok)
	}
	for n := 0; n <= 8; n++ {
		if counts[n] == 0 {
			t.Errorf("no session with %d line items", n)
		}
	}
	for name, c := range map[string]int{"discounts": discounts, "taxes": taxes, "quantities": quantities, "fees": fees,
		"shipping": shipping, "options": options, "network surcharges": networks, "overrides": overrides} {
		if c < 100 {
			t.Errorf("%s: only %d", name, c)
		}
	}
}

func b(x bool) int {
	if x {
		return 1
	}
	return 0
}

// gopter's own runner shrinks a generated session too: a property that
// forgets discounts fails on one line item with a discount.
func TestGopterShrinksToOneLine(t *testing.T) {
	for seed := int64(1); seed <= 10; seed++ {
		res := prop.ForAll(func(s session.Session) bool {
			got, _, _ := forgottenDiscount(s.AppendRequestJSON(nil))
			want, _, _ := sessiontest.ReferenceAmount(s.AppendRequestJSON(nil))
			return got == want
		}, sessiontest.Session(sessiontest.MaxLines(10))).Check(gopter.DefaultTestParametersWithSeed(seed))
		if res.Passed() || len(res.Args) != 1 {
			t.Fatalf("seed %d: %v", seed, res.Status)
		}
		s := res.Args[0].Arg.(session.Session)
		if s.NumLineItems() != 1 || !s.LineItem(0).DiscountAmount.IsSet() || res.Args[0].Shrinks == 0 {
			t.Errorf("seed %d: shrunk to %s in %d steps", seed, s.AppendRequestJSON(nil), res.Args[0].Shrinks)
		}
	}
}
