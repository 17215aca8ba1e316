package provider

import (
	"errors"
	"math"
	"strconv"

	"github.com/paysession/paysession/currency"
)

//go:generate go run ./internal/gen -data internal/gen/data/providers.json -out builtin_gen.go

// Form says how a provider writes an amount on the wire.
type Form uint8

// The wire forms. The zero Form is not a form; RuleParams reads it as
// Integer.
const (
	// Integer: an integer number of the provider's minor units (a JSON
	// number): 500 for 5 ISK at Stripe.
	Integer Form = iota + 1
	// Decimal: a decimal string in major units with the provider's number
	// of decimals: "100" for 100 JPY and "10.50" for 10.50 USD at PayPal.
	Decimal
)

// String returns "integer" or "decimal" ("Form(N)" for other values).
func (f Form) String() string {
	switch f {
	case Integer:
		return "integer"
	case Decimal:
		return "decimal"
	}
	return "Form(" + strconv.Itoa(int(f)) + ")"
}

// Certainty says how sure a built-in rule is of its source.
type Certainty uint8

// The certainties of a rule, as the data file records them.
const (
	// Stated: the rule's own (user-defined) statement; the certainty of
	// every rule made by New.
	Stated Certainty = iota
	// Read: the cited source says it.
	Read
	// Inferred: a conclusion from what the sources say, not stated by one.
	Inferred
	// Conflict: sources disagree; the rule's note says which it follows.
	Conflict
	// Unverified: the latest copy of the source no longer shows the rule;
	// it is kept from an older copy.
	Unverified
)

var certaintyNames = [...]string{"stated", "read", "inferred", "conflict", "unverified"}

// String returns the certainty's name ("read", "inferred", ...).
func (c Certainty) String() string {
	if int(c) < len(certaintyNames) {
		return certaintyNames[c]
	}
	return "Certainty(" + strconv.Itoa(int(c)) + ")"
}

// Rule is how one provider wants amounts of one currency: the wire exponent
// and form, the granularity, the largest wire value, the published minimum,
// and whether the currency is accepted at all. It is an immutable value;
// get one from Profile.Rule.
type Rule struct {
	code      currency.Code
	accepted  bool
	exp       int8 // wire exponent
	form      Form
	certainty Certainty
	hasMin    bool
	gran      int64 // the wire integer is a multiple of gran
	max       int64 // the largest |wire|; math.MaxInt64 when there is no limit
	min       int64 // the published minimum, ISO minor units
	// Derived, so that a conversion is one multiplication or division:
	// wire = iso*mul (div == 1) or iso/div (mul == 1); an ISO amount
	// converts exactly iff it is a multiple of step and within [lo, hi].
	mul, div, step, lo, hi int64
	// A wire integer converts back exactly iff it is a multiple of gran
	// (and, when div == 1, of mul) within [wlo, whi].
	wlo, whi                int64
	source, url, read, note string
}

// Code returns the rule's currency.
func (r Rule) Code() currency.Code { return r.code }

// Accepted reports whether the provider accepts the currency at all.
func (r Rule) Accepted() bool { return r.accepted }

// Exponent returns the number of decimals of a wire amount: the wire
// integer is the amount times 10^Exponent (2 for ISK at Stripe, although
// ISO gives ISK none). It is 0 for a currency that is not accepted.
func (r Rule) Exponent() int { return int(r.exp) }

// Form returns how the amount is written on the wire (0 when the currency
// is not accepted).
func (r Rule) Form() Form { return r.form }

// Granularity returns what the wire integer must be a multiple of: 100 for
// ISK at Stripe (whole krónur with two decimals), 10 for KWD at Stripe and
// Checkout.com, otherwise 1.
func (r Rule) Granularity() int64 { return r.gran }

// Step returns the smallest ISO amount, in ISO minor units, that converts
// exactly: every exactly convertible amount is a multiple of it (10 for KWD
// at Stripe, 100 for IDR at Adyen, 1 for ISK at Stripe). Rounding with a
// mode rounds to a multiple of Step.
func (r Rule) Step() int64 { return r.step }

// MaxValue returns the largest wire integer the provider accepts
// (99999999 for most currencies at Stripe) and true, or 0 and false when
// the only limit is int64.
func (r Rule) MaxValue() (int64, bool) {
	if r.max == math.MaxInt64 || !r.accepted {
		return 0, false
	}
	return r.max, true
}

// MaxDigits returns the number of decimal digits of MaxValue (8 for
// 99999999), or 0 when there is no limit.
func (r Rule) MaxDigits() int {
	m, ok := r.MaxValue()
	if !ok {
		return 0
	}
	return len(strconv.FormatInt(m, 10))
}

// Minimum returns the provider's published minimum charge in ISO minor units
// of the currency (50 for USD at Stripe, i.e. 0.50) and true, or false when
// it publishes none.
func (r Rule) Minimum() (int64, bool) { return r.min, r.hasMin }

// Certainty says how sure the rule is of its source.
func (r Rule) Certainty() Certainty { return r.certainty }

// Source names the rule's source (for a built-in rule, the document it was
// read from), URL its address, Read the date it was read (YYYY-MM-DD), Note
// what it says in a few words. All are "" where unknown.
func (r Rule) Source() string { return r.source }

// URL returns the address of the rule's source, or "".
func (r Rule) URL() string { return r.url }

// Read returns the date (YYYY-MM-DD) the rule's source was read, or "".
func (r Rule) Read() string { return r.read }

// Note returns what the rule's source says, in a few words, or "".
func (r Rule) Note() string { return r.note }

// Profile is one provider's rules for every currency: a small comparable
// value. The built-in profiles are ISO, Primer, Komoju, Stripe, Adyen,
// Checkout and PayPal (also by name with Lookup); New defines another. The
// zero Profile accepts no currency and its Name is "".
type Profile struct {
	t *table
}

// table is a profile's data. rules[0] is the refused rule every unlisted
// currency maps to; idx maps an ISO numeric code to an index in rules.
type table struct {
	name, title string
	negative    bool
	rules       []Rule
	hot         []hot       // hot[i] is the conversion data of rules[i]
	idx         [1000]uint8 // at most 254 current codes (currency.Code holds a uint8 index)
}

// hot is what a conversion reads of a rule, in one cache line (see the
// fields of Rule).
type hot struct {
	lo, hi, mul, div, step int64
	wlo, whi, gran         int64
}

// finish fills in t.hot from t.rules; every table is finished before use.
func (t *table) finish() *table {
	t.hot = make([]hot, len(t.rules))
	for i, r := range t.rules {
		t.hot[i] = hot{lo: r.lo, hi: r.hi, mul: r.mul, div: r.div, step: r.step, wlo: r.wlo, whi: r.whi, gran: r.gran}
	}
	return t
}

var empty = (&table{rules: []Rule{refused(currency.Code{})}}).finish()

// refused is the rule of a currency a profile does not accept: no amount is
// in [lo, hi], so every conversion takes the slow path and fails there.
func refused(c currency.Code) Rule {
	return Rule{code: c, gran: 1, max: math.MaxInt64, mul: 1, div: 1, step: 1, lo: 1, hi: 0, wlo: 1, whi: 0}
}

// numeric returns the ISO numeric code of c as an index (0 for the zero
// Code). Numeric codes are unique among current codes.
func numeric(c currency.Code) int {
	s := c.Numeric()
	if len(s) != 3 {
		return 0
	}
	return int(s[0]-'0')*100 + int(s[1]-'0')*10 + int(s[2]-'0')
}

func (p Profile) tab() *table {
	if p.t == nil {
		return empty
	}
	return p.t
}

// rule returns the rule of c; the refused rules[0] when c is not listed
// (the zero Code's numeric 0 is no currency's).
func (t *table) rule(c currency.Code) *Rule {
	return &t.rules[t.idx[numeric(c)]]
}

// IsValid reports whether p is a profile (not the zero Profile).
func (p Profile) IsValid() bool { return p.t != nil }

// Name returns the profile's name as Lookup reads it ("stripe"), or "".
func (p Profile) Name() string { return p.tab().name }

// Title returns the provider's name as people write it ("Stripe",
// "Checkout.com"), or "".
func (p Profile) Title() string { return p.tab().title }

// AllowsNegative reports whether the provider's amounts may be negative.
func (p Profile) AllowsNegative() bool { return p.tab().negative }

// Rule returns the rule for currency c. For a currency the profile does not
// accept (and for the zero Code) Accepted is false.
func (p Profile) Rule(c currency.Code) Rule {
	r := *p.tab().rule(c)
	r.code = c
	return r
}

// Accepts reports whether the provider accepts currency c.
func (p Profile) Accepts(c currency.Code) bool { return p.tab().rule(c).accepted }

// Codes returns the accepted currencies in alphabetical order. Each call
// returns a new slice.
func (p Profile) Codes() []currency.Code {
	t := p.tab()
	var cs []currency.Code
	for _, c := range currency.Codes() {
		if t.rule(c).accepted {
			cs = append(cs, c)
		}
	}
	return cs
}

// Lookup returns the built-in profile named name: "iso", "primer",
// "komoju", "stripe", "adyen", "checkout" or "paypal" (lower case).
func Lookup(name string) (Profile, bool) {
	for i, n := range builtinNames {
		if n == name {
			return Profile{builtins[i]()}, true
		}
	}
	return Profile{}, false
}

// Builtin returns the built-in profiles in the order ISO, Primer, KOMOJU,
// Stripe, Adyen, Checkout.com, PayPal. Each call returns a new slice.
func Builtin() []Profile {
	ps := make([]Profile, len(builtins))
	for i := range builtins {
		ps[i] = Profile{builtins[i]()}
	}
	return ps
}

// Names returns the names of the built-in profiles, in Builtin's order.
func Names() []string {
	return append([]string(nil), builtinNames[:]...)
}

// The indexes of the built-in profiles in builtins (a test checks them
// against builtinNames).
const (
	idxISO = iota
	idxPrimer
	idxKomoju
	idxStripe
	idxAdyen
	idxCheckout
	idxPayPal
)

// ISO returns the profile of ISO 4217 itself: every current currency with a
// minor unit, wire = ISO minor units, the whole int64 range.
func ISO() Profile { return Profile{builtins[idxISO]()} }

// Primer returns Primer's profile: ISO minor units, amounts ≥ 0, and only
// the currencies of the Currency enum of Primer's Client Session API.
func Primer() Profile { return Profile{builtins[idxPrimer]()} }

// Komoju returns KOMOJU's profile: its 20 currencies, ISO minor units, 0 to
// 2147483647.
func Komoju() Profile { return Profile{builtins[idxKomoju]()} }

// Stripe returns Stripe's profile.
func Stripe() Profile { return Profile{builtins[idxStripe]()} }

// Adyen returns Adyen's profile.
func Adyen() Profile { return Profile{builtins[idxAdyen]()} }

// Checkout returns Checkout.com's profile.
func Checkout() Profile { return Profile{builtins[idxCheckout]()} }

// PayPal returns PayPal's profile (decimal strings).
func PayPal() Profile { return Profile{builtins[idxPayPal]()} }

// ErrParams is wrapped by every error New returns.
var ErrParams = errors.New("invalid profile parameters")
