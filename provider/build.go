package provider

import (
	"fmt"
	"math"
	"strings"

	"github.com/paysession/paysession/currency"
)

// MaxExponent is the largest wire exponent a rule may have.
const MaxExponent = 18

// Negative says whether a profile made by New allows negative amounts.
type Negative uint8

// The choices for Params.Negative.
const (
	InheritNegative Negative = iota // as the base profile (refused without one)
	AllowNegative                   // negative amounts convert like positive ones
	RefuseNegative                  // a negative amount is an error (CodeNegative)
)

// RuleParams are the plain parameters of one rule, for New. The zero values
// of Granularity (1), MaxValue (no limit but int64) and Form (Integer) are
// the usual ones; Exponent has no default: ISORule fills it in, and
// Rule.Params gives the parameters of an existing rule to change.
type RuleParams struct {
	Code currency.Code
	// Refused makes the profile refuse the currency; the other fields are
	// then ignored.
	Refused bool
	// Exponent is the number of decimals on the wire, 0 to MaxExponent.
	Exponent int
	// Granularity is what the wire integer must be a multiple of (≥ 1).
	Granularity int64
	// MaxValue is the largest wire integer (0: no limit but int64).
	MaxValue int64
	// Minimum is the published minimum charge in ISO minor units; it
	// counts only with HasMinimum.
	Minimum    int64
	HasMinimum bool
	Form       Form
	// Source, URL, Read (YYYY-MM-DD) and Note document the rule.
	Source, URL, Read, Note string
}

// ISORule returns the parameters of the ISO rule for c: the ISO exponent,
// granularity 1, no limit, integer form. Change the fields that differ.
func ISORule(c currency.Code) RuleParams {
	d, _ := c.MinorUnits()
	return RuleParams{Code: c, Exponent: d, Granularity: 1, Form: Integer}
}

// Params returns the parameters that make r, so that a rule of a built-in
// profile can be changed and given to New.
func (r Rule) Params() RuleParams {
	p := RuleParams{Code: r.code, Refused: !r.accepted, Exponent: int(r.exp), Granularity: r.gran,
		Minimum: r.min, HasMinimum: r.hasMin, Form: r.form,
		Source: r.source, URL: r.url, Read: r.read, Note: r.note}
	if m, ok := r.MaxValue(); ok {
		p.MaxValue = m
	}
	return p
}

// Params are the parameters of a user-defined profile, for New.
type Params struct {
	// Name identifies the profile (at most 64 bytes, not empty); Title is
	// the provider's name for messages (Name when empty).
	Name, Title string
	// Base, when valid, is the profile to start from: its rules are kept
	// for every currency Rules does not name. Without a Base, the profile
	// accepts only the currencies Rules names.
	Base Profile
	// Negative says whether negative amounts are allowed.
	Negative Negative
	// Rules add or replace the rules of single currencies; each currency
	// at most once.
	Rules []RuleParams
}

// New returns a user-defined profile: a custom table (Rules alone) or
// overrides of a built-in one (Base and Rules). It reports every problem of
// the parameters at once, in an error wrapping ErrParams: an empty or long
// name, a zero Code or one without minor unit (ISO N.A.), a currency named
// twice, an exponent outside 0..MaxExponent, a granularity, maximum or
// minimum below its range, an unknown Form, or a granularity that makes the
// ISO step leave int64.
func New(p Params) (Profile, error) {
	var problems []string
	bad := func(format string, args ...any) {
		if len(problems) < 100 {
			problems = append(problems, fmt.Sprintf(format, args...))
		}
	}
	if p.Name == "" || len(p.Name) > 64 {
		bad("the name must be 1 to 64 bytes long")
	}
	if p.Negative > RefuseNegative {
		bad("unknown Negative %d", p.Negative)
	}
	t := &table{name: p.Name, title: p.Title}
	if t.title == "" {
		t.title = p.Name
	}
	base := p.Base.tab()
	switch p.Negative {
	case InheritNegative:
		t.negative = p.Base.IsValid() && base.negative
	case AllowNegative:
		t.negative = true
	}
	t.rules = []Rule{refused(currency.Code{})}
	set := func(r Rule) {
		n := numeric(r.code)
		if i := t.idx[n]; i != 0 {
			t.rules[i] = r
			return
		}
		t.idx[n] = uint8(len(t.rules))
		t.rules = append(t.rules, r)
	}
	if p.Base.IsValid() {
		for _, r := range base.rules[1:] {
			if err := derive(&r, t.negative); err != nil { // cannot fail: it did for the base
				bad("%s: %v", r.code, err)
			}
			set(r)
		}
	}
	seen := map[currency.Code]bool{}
	for i, rp := range p.Rules {
		name := rp.Code.String()
		if name == "" {
			name = "(zero Code)"
		}
		if !rp.Code.IsValid() {
			bad("rule %d: the zero Code", i)
			continue
		}
		if _, ok := rp.Code.MinorUnits(); !ok {
			bad("rule %d: %s has no minor unit (ISO 4217 N.A.)", i, name)
			continue
		}
		if seen[rp.Code] {
			bad("rule %d: %s named twice", i, name)
			continue
		}
		seen[rp.Code] = true
		if rp.Refused {
			r := refused(rp.Code)
			r.source, r.url, r.read, r.note = rp.Source, rp.URL, rp.Read, rp.Note
			set(r)
			continue
		}
		r, err := ruleFrom(rp, Stated)
		if err == nil {
			err = derive(&r, t.negative)
		}
		if err != nil {
			bad("rule %d: %s: %v", i, name, err)
			continue
		}
		set(r)
	}
	if len(problems) > 0 {
		return Profile{}, &ParamsError{Problems: problems}
	}
	return Profile{t.finish()}, nil
}

// ParamsError lists the problems of the parameters given to New.
type ParamsError struct {
	Problems []string
}

// Error returns "provider: invalid profile parameters: " and the problems.
func (e *ParamsError) Error() string {
	return "provider: " + ErrParams.Error() + ": " + strings.Join(e.Problems, "; ")
}

// Unwrap returns ErrParams.
func (e *ParamsError) Unwrap() error { return ErrParams }

// ruleFrom checks rp's own fields and returns the rule, not yet derived.
func ruleFrom(rp RuleParams, c Certainty) (Rule, error) {
	r := Rule{code: rp.Code, accepted: true, gran: rp.Granularity, max: rp.MaxValue, min: rp.Minimum,
		hasMin: rp.HasMinimum, form: rp.Form, certainty: c,
		source: rp.Source, url: rp.URL, read: rp.Read, note: rp.Note}
	switch {
	case rp.Exponent < 0 || rp.Exponent > MaxExponent:
		return r, fmt.Errorf("exponent %d outside 0..%d", rp.Exponent, MaxExponent)
	case rp.Granularity < 0:
		return r, fmt.Errorf("granularity %d below 1", rp.Granularity)
	case rp.MaxValue < 0:
		return r, fmt.Errorf("maximum %d below 0", rp.MaxValue)
	case rp.HasMinimum && rp.Minimum < 0:
		return r, fmt.Errorf("minimum %d below 0", rp.Minimum)
	case rp.Form > Decimal:
		return r, fmt.Errorf("unknown form %d", rp.Form)
	}
	r.exp = int8(rp.Exponent)
	if r.gran == 0 {
		r.gran = 1
	}
	if r.max == 0 {
		r.max = math.MaxInt64
	}
	if r.form == 0 {
		r.form = Integer
	}
	if !r.hasMin {
		r.min = 0
	}
	return r, nil
}

// derive computes the fields of r that make a conversion one multiplication
// or division (see Rule), for a profile that allows negative amounts or not.
func derive(r *Rule, negative bool) error {
	if !r.accepted {
		*r = refusedLike(*r)
		return nil
	}
	d, _ := r.code.MinorUnits()
	w := int(r.exp)
	r.mul, r.div = 1, 1
	if w >= d {
		r.mul = pow10(w - d)
		r.step = r.gran / gcd(r.gran, r.mul)
	} else {
		r.div = pow10(d - w)
		if r.gran > math.MaxInt64/r.div {
			return fmt.Errorf("granularity %d too large for exponent %d", r.gran, w)
		}
		r.step = r.div * r.gran
	}
	maxW, minW := r.max, int64(0)
	if negative {
		minW = -maxW
		if maxW == math.MaxInt64 {
			minW = math.MinInt64
		}
	}
	if r.div == 1 {
		r.hi, r.lo = maxW/r.mul, minW/r.mul
	} else {
		r.hi, r.lo = satMul(maxW, r.div), satMul(minW, r.div)
	}
	r.whi, r.wlo = maxW, minW
	if r.div > 1 {
		r.whi, r.wlo = min(maxW, math.MaxInt64/r.div), max(minW, math.MinInt64/r.div)
	}
	return nil
}

// refusedLike is the refused rule of r's currency, keeping its documentation.
func refusedLike(r Rule) Rule {
	out := refused(r.code)
	out.source, out.url, out.read, out.note, out.certainty = r.source, r.url, r.read, r.note, r.certainty
	return out
}

func pow10(n int) int64 {
	v := int64(1)
	for range n {
		v *= 10
	}
	return v
}

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// satMul returns v*m (m > 0), saturated at the int64 bounds.
func satMul(v, m int64) int64 {
	switch {
	case v > math.MaxInt64/m:
		return math.MaxInt64
	case v < math.MinInt64/m:
		return math.MinInt64
	}
	return v * m
}
