package sessiontest

import (
	"math/rand"
	"reflect"
	"strconv"

	"github.com/leanovate/gopter"
	"github.com/paysession/paysession/jsonvalue"
	"github.com/paysession/paysession/session"
)

func chance(r *rand.Rand, num, den int) bool { return r.Intn(den) < num }

func maybe(r *rand.Rand, xs ...string) string {
	if chance(r, 1, 2) {
		return ""
	}
	return pick(r, xs)
}

// cardNetworks are the card networks sessions use, a subset of the known ones.
var cardNetworks = []string{"VISA", "MASTERCARD", "AMEX", "JCB", "DISCOVER", "DINERS_CLUB", "UNIONPAY", "CARTES_BANCAIRES"}

// otherMethods are payment method types with a method-level surcharge.
var otherMethods = []string{"GOOGLE_PAY", "PAYPAL", "APPLE_PAY", "ALIPAY"}

var countries = []string{"GB", "US", "JP", "FR", "DE", "NO", "KW", "CL", "BR"}

func randAddress(r *rand.Rand) session.Address {
	if chance(r, 1, 2) {
		return session.Address{}
	}
	return session.Address{
		FirstName:    maybe(r, "Ada", "Taro", "Amélie"),
		LastName:     maybe(r, "Lovelace", "Yamada", "Poulain"),
		AddressLine1: pick(r, []string{"1 Main St", "2-3-1 Marunouchi", "12 rue Lepic"}),
		AddressLine2: maybe(r, "Flat 4", "Suite 100"),
		City:         pick(r, []string{"London", "Tokyo", "Paris", "Kuwait City"}),
		State:        maybe(r, "CA", "Tokyo"),
		CountryCode:  pick(r, countries),
		PostalCode:   maybe(r, "EC1A 1BB", "100-0005", "75018"),
	}
}

func randCustomer(r *rand.Rand) session.Customer {
	if chance(r, 1, 3) {
		return session.Customer{}
	}
	return session.Customer{
		EmailAddress:    maybe(r, "ada@example.com", "taro@example.jp"),
		MobileNumber:    maybe(r, "+447700900000", "+81312345678"),
		FirstName:       maybe(r, "Ada", "Taro"),
		LastName:        maybe(r, "Lovelace", "Yamada"),
		BillingAddress:  randAddress(r),
		ShippingAddress: randAddress(r),
	}
}

// randLine draws line item i in a currency with d decimals: a unit price,
// sometimes a quantity, a discount of at most amount × quantity, a tax.
func randLine(r *rand.Rand, i, d int) session.LineItem {
	li := session.LineItem{
		ItemID:      "item-" + strconv.Itoa(i+1),
		Name:        maybe(r, "T-shirt", "Mug", "Book", "Coffee beans 1 kg"),
		Description: maybe(r, "Blue, size M", "Gift wrapped"),
		Amount:      session.Some(randAmount(r, d)),
		ProductType: maybe(r, "PHYSICAL", "DIGITAL"),
	}
	q := int64(1)
	if chance(r, 1, 2) {
		q = 1 + r.Int63n(5)
		if chance(r, 1, 10) {
			q = 1 + r.Int63n(100)
		}
		li.Quantity = session.Some(q)
	}
	sub := li.Amount.Or(0) * q
	if sub > 0 && chance(r, 1, 3) {
		disc := 1 + r.Int63n(sub)
		if chance(r, 1, 3) {
			disc = sub / 10 // a 10 % discount
		}
		li.DiscountAmount = session.Some(disc)
	}
	if chance(r, 1, 3) {
		li.TaxAmount = session.Some(sub * int64(r.Intn(26)) / 100) // up to 25 %
		li.TaxCode = maybe(r, "txcd_99999999", "txcd_20030000")
	}
	return li
}

func randFees(r *rand.Rand, d int) []session.Fee {
	var fees []session.Fee
	for range pick(r, []int{0, 0, 0, 1, 1, 2}) {
		fees = append(fees, session.Fee{
			Type:        pick(r, []string{"HANDLING", "SERVICE", "HANDLING", session.FeeTypeSurcharge}),
			Amount:      session.Some(randAmount(r, d) / 10),
			Description: maybe(r, "handling", "service fee"),
		})
	}
	return fees
}

func randShipping(r *rand.Rand, d int) session.Shipping {
	if chance(r, 1, 2) {
		return session.Shipping{}
	}
	return session.Shipping{
		Amount:     session.Some(randAmount(r, d) / 10),
		MethodID:   maybe(r, "std", "express"),
		MethodName: maybe(r, "Standard", "Express"),
	}
}

// randPaymentMethod draws payment-method settings and, when allowed, options
// with surcharges per method type and per card network.
func randPaymentMethod(r *rand.Rand, d int, options bool) session.PaymentMethod {
	if chance(r, 1, 3) {
		return session.PaymentMethod{}
	}
	pm := session.PaymentMethod{
		Descriptor:  maybe(r, "ACME STORE"),
		PaymentType: maybe(r, "FIRST_PAYMENT", "ECOMMERCE", "SUBSCRIPTION", "UNSCHEDULED"),
	}
	if chance(r, 1, 3) {
		pm.VaultOnSuccess = session.Some(chance(r, 1, 2))
	}
	for _, n := range cardNetworks[:5] {
		if chance(r, 1, 4) {
			pm.OrderedAllowedCardNetworks = append(pm.OrderedAllowedCardNetworks, n)
		}
	}
	if !options || chance(r, 1, 4) {
		return pm
	}
	surcharge := func() session.Opt[int64] { return session.Some(1 + randAmount(r, d)/50) }
	pm.Options = map[string]session.MethodOptions{}
	if chance(r, 3, 4) {
		card := session.MethodOptions{Networks: map[string]session.NetworkOptions{}}
		for _, n := range cardNetworks {
			if chance(r, 1, 3) {
				card.Networks[n] = session.NetworkOptions{Surcharge: surcharge()}
			}
		}
		if len(card.Networks) == 0 {
			card.Networks = nil
		}
		pm.Options[session.MethodPaymentCard] = card
	}
	for _, m := range otherMethods {
		if chance(r, 1, 3) {
			pm.Options[m] = session.MethodOptions{Surcharge: surcharge()}
		}
	}
	if chance(r, 1, 4) {
		// KLARNA never takes a surcharge, even when one is configured.
		k := session.MethodOptions{}
		if chance(r, 1, 2) {
			k.Surcharge = surcharge()
		}
		pm.Options[session.MethodKlarna] = k
	}
	if len(pm.Options) == 0 {
		pm.Options = nil
	}
	return pm
}

func randMetadata(r *rand.Rand) map[string]jsonvalue.Value {
	if chance(r, 1, 2) {
		return nil
	}
	m := map[string]jsonvalue.Value{}
	for range 1 + r.Intn(3) {
		k := pick(r, []string{"productId", "orderRef", "campaign", "attempt"})
		if k == "attempt" {
			m[k] = jsonvalue.Int(1 + r.Int63n(3))
		} else {
			m[k] = jsonvalue.String(pick(r, []string{"abc-123", "spring-sale", "日本語"}))
		}
	}
	return m
}

// randParams draws a valid session's parameters.
func randParams(r *rand.Rand, cfg *config) session.Params {
	cur := randCurrency(r, cfg)
	d := exponent(cur)
	p := session.Params{
		OrderID:      "order-" + strconv.Itoa(1+r.Intn(9999)),
		CurrencyCode: cur.String(),
		CustomerID:   maybe(r, "cust-1", "cust-42"),
		Customer:     randCustomer(r),
		Metadata:     randMetadata(r),
	}
	n := 0
	if cfg.maxLines > 0 {
		// Small orders are the most common; every count up to the maximum occurs.
		n = r.Intn(cfg.maxLines + 1)
		if n > 1 && chance(r, 1, 2) {
			n = 1 + r.Intn(2)
		}
	}
	for i := range n {
		p.Order.LineItems = append(p.Order.LineItems, randLine(r, i, d))
	}
	p.Order.Fees = randFees(r, d)
	p.Order.Shipping = randShipping(r, d)
	if chance(r, 1, 2) {
		p.Order.CountryCode = pick(r, countries)
	}
	p.PaymentMethod = randPaymentMethod(r, d, cfg.options)
	if cfg.override && chance(r, 1, 6) {
		p.Amount = session.Some(randAmount(r, d))
	}
	return p
}

func mustNew(p session.Params) session.Session {
	s, err := session.New(p)
	if err != nil {
		panic("sessiontest: generated invalid parameters: " + err.Error())
	}
	return s
}

// Session returns a generator of valid Primer sessions (session.Session):
// every one is accepted by validation.Primer and priced by pricing.Calculate
// without an error. (With ISOCurrencies(true), a session in a currency
// Primer does not accept is refused for its currency code alone.)
//
// A session has a current currency (see CurrencyCode) and 0 to MaxLines line
// items with unit prices in range for the currency (see Amount), sometimes a
// quantity, a discount (at most amount × quantity) and a tax; 0 to 2 fees
// (sometimes a SURCHARGE fee); sometimes shipping, a customer with addresses,
// metadata, an order country; payment-method settings with, unless
// PaymentOptions(false), options carrying surcharges per method type and per
// card network; and, unless Overrides(false), sometimes a top-level amount
// overriding the calculated one.
//
// The values shrink toward small sessions: fewer line items, fees and
// options, no override, then smaller amounts and quantities, then fewer
// optional fields, every step still a valid session, so a failing property
// reports a small case.
func Session(opts ...Option) gopter.Gen {
	cfg := mustConfig(opts)
	return func(p *gopter.GenParameters) *gopter.GenResult {
		res := gopter.NewGenResult(mustNew(randParams(p.Rng, &cfg)), shrinkSession)
		res.ResultType = reflect.TypeFor[session.Session]()
		return res
	}
}

func shrinkSession(v any) gopter.Shrink {
	return lazy(func() []any {
		var out []any
		for _, q := range shrinkParams(v.(session.Session).Params()) {
			if s, ok := validSession(q); ok {
				out = append(out, s)
			}
		}
		return out
	})
}

// RequestJSON returns a generator of the sessions Session generates, as
// create-request bodies (POST /client-session): compact JSON, as
// session.Session.AppendRequestJSON writes it. The values shrink like
// Session's.
func RequestJSON(opts ...Option) gopter.Gen {
	cfg := mustConfig(opts)
	return func(p *gopter.GenParameters) *gopter.GenResult {
		res := gopter.NewGenResult(mustNew(randParams(p.Rng, &cfg)).AppendRequestJSON(nil), shrinkRequestJSON)
		res.ResultType = reflect.TypeFor[[]byte]()
		return res
	}
}

func shrinkRequestJSON(v any) gopter.Shrink {
	s, err := session.DecodeRequest(v.([]byte))
	if err != nil {
		return gopter.NoShrink
	}
	return shrinkSession(s).Map(func(s session.Session) []byte { return s.AppendRequestJSON(nil) })
}

// lazy returns a Shrink that computes its candidates on the first call.
func lazy(f func() []any) gopter.Shrink {
	var xs []any
	done := false
	i := 0
	return func() (any, bool) {
		if !done {
			xs, done = f(), true
		}
		if i >= len(xs) {
			return nil, false
		}
		i++
		return xs[i-1], true
	}
}
