package sessiontest

import (
	"fmt"

	"github.com/leanovate/gopter"
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/provider"
)

// An Option sets how many cases a check runs, with which seed, and the shape
// of the sessions the generators draw. Generators ignore Cases and Seed.
type Option func(*config)

type config struct {
	cases      int
	seed       int64
	seedSet    bool
	maxLines   int
	currencies []currency.Code
	options    bool
	override   bool
	refusals   bool
	iso        bool
	err        error
}

// DefaultCases is the number of sessions a check runs when Cases is not
// given.
const DefaultCases = 500

// DefaultMaxLines is the largest number of line items a generated session
// has when MaxLines is not given.
const DefaultMaxLines = 5

// maxMaxLines keeps generated sessions within what a test can price quickly.
const maxMaxLines = 1000

func newConfig(opts []Option) config {
	c := config{cases: DefaultCases, maxLines: DefaultMaxLines, options: true, override: true}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if !c.iso {
		for _, code := range c.currencies {
			if !provider.Primer().Accepts(code) {
				c.fail("Currencies: Primer does not accept %q (ISOCurrencies(true) allows every ISO 4217 currency with a minor unit)", code.String())
			}
		}
	}
	if !c.seedSet {
		c.seed = gopter.DefaultTestParameters().Seed()
	}
	return c
}

func (c *config) fail(format string, args ...any) {
	if c.err == nil {
		c.err = fmt.Errorf("sessiontest: "+format, args...)
	}
}

// Cases sets the number of generated sessions a check runs (default
// DefaultCases). n must be at least 1.
func Cases(n int) Option {
	return func(c *config) {
		if n < 1 {
			c.fail("Cases(%d): the number of cases must be at least 1", n)
			return
		}
		c.cases = n
	}
}

// Seed sets the seed of a check. Case i of a check with seed s is drawn from
// seed s+i alone, so the seed a failure reports, given to Seed with the same
// shape options, makes the failing session the first case. Without Seed a
// check takes gopter's default seed, which differs on every run.
func Seed(seed int64) Option {
	return func(c *config) { c.seed, c.seedSet = seed, true }
}

// MaxLines sets the largest number of line items in a generated session
// (default DefaultMaxLines, at most 1000). Sessions have 0 to n line items;
// with 0 every session has none, so none has a calculated amount.
func MaxLines(n int) Option {
	return func(c *config) {
		if n < 0 || n > maxMaxLines {
			c.fail("MaxLines(%d): the number of line items must be in 0..%d", n, maxMaxLines)
			return
		}
		c.maxLines = n
	}
}

// Currencies restricts generated sessions to the given currencies, drawn
// with equal weight. Without it, currencies are weighted toward the common
// ones (USD, EUR, GBP, JPY) but cover every currency Primer accepts, with
// 0, 2 and 3 decimals. Every code must be valid and have a minor unit; for
// sessions that validation.Primer accepts, one Primer accepts
// (provider.Primer().Accepts).
func Currencies(codes ...currency.Code) Option {
	return func(c *config) {
		if len(codes) == 0 {
			c.fail("Currencies(): at least one currency is needed")
			return
		}
		for _, code := range codes {
			if _, ok := code.MinorUnits(); !ok {
				c.fail("Currencies: %q has no minor unit and cannot carry an amount", code.String())
				return
			}
		}
		c.currencies = append([]currency.Code(nil), codes...)
	}
}

// PaymentOptions says whether generated sessions may carry payment-method
// options with surcharges, per method type and, for PAYMENT_CARD, per card
// network (default true). They do not change a session's amount until a
// payment method is selected.
func PaymentOptions(allowed bool) Option {
	return func(c *config) { c.options = allowed }
}

// Overrides says whether generated sessions may carry a top-level amount,
// the merchant's override of the calculated amount (default true; about one
// session in six has one).
func Overrides(allowed bool) Option {
	return func(c *config) { c.override = allowed }
}

// Refusals says whether CheckAmount also draws requests that paysession
// refuses to price (default false): with it, one case in four is an invalid
// variant (see Invalid) on which ReferenceAmount returns an error — a bad
// currency, a negative, missing, fractional or quoted amount, a quantity of
// 0, a discount above amount × quantity, a line total outside int64, a
// misspelt field — and the caller's function must return an error too.
// Other checks and the generators ignore it.
func Refusals(allowed bool) Option {
	return func(c *config) { c.refusals = allowed }
}

// ISOCurrencies says whether sessions may be drawn in every current ISO 4217
// currency with a minor unit (default false: only those Primer accepts, with
// 0, 2 and 3 decimals). With it, the four-decimal CLF and UYW and the other
// currencies missing from Primer's list occur as well; a session in one of
// them is valid but for its currency code, which validation.Primer refuses,
// and pricing prices it all the same. It applies to Session, RequestJSON,
// CurrencyCode, CheckAmount and CheckSelection; Invalid, PatchJSON and
// CheckAccept always draw currencies Primer accepts (among those Currencies
// gives, if any), so that their cases keep their one error or their
// validity.
func ISOCurrencies(allowed bool) Option {
	return func(c *config) { c.iso = allowed }
}

// primerOnly returns cfg restricted to currencies Primer accepts.
func primerOnly(cfg *config) *config {
	c := *cfg
	c.iso = false
	c.currencies = nil
	for _, code := range cfg.currencies {
		if provider.Primer().Accepts(code) {
			c.currencies = append(c.currencies, code)
		}
	}
	return &c
}

// mustConfig is newConfig for a generator, which has no TB to report a bad
// option to: it panics.
func mustConfig(opts []Option) config {
	c := newConfig(opts)
	if c.err != nil {
		panic(c.err.Error())
	}
	return c
}
