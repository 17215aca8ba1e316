package provider

import "github.com/paysession/paysession/currency"

// basis is the documentation of built-in rules: where they come from.
type basis struct {
	source, url, read string
	certainty         Certainty
	note              string
}

// ruleData is one generated rule: code, wire exponent, granularity, largest
// wire value (0: none), minimum in ISO minor units and whether there is
// one, and the index of its basis.
type ruleData struct {
	code     string
	exp      int8
	gran     int64
	max, min int64
	hasMin   bool
	basis    uint16
}

// build makes a built-in profile's table from its generated rules, with the
// same derivation as New.
func build(name, title string, negative bool, form Form, rules []ruleData) *table {
	t := &table{name: name, title: title, negative: negative, rules: make([]Rule, 1, len(rules)+1)}
	t.rules[0] = refused(currency.Code{})
	for _, rd := range rules {
		b := bases[rd.basis]
		r, err := ruleFrom(RuleParams{Code: currency.MustParse(rd.code), Exponent: int(rd.exp), Granularity: rd.gran,
			MaxValue: rd.max, Minimum: rd.min, HasMinimum: rd.hasMin, Form: form,
			Source: b.source, URL: b.url, Read: b.read, Note: b.note}, b.certainty)
		if err == nil {
			err = derive(&r, negative)
		}
		if err != nil {
			panic("provider: built-in " + name + " " + rd.code + ": " + err.Error())
		}
		t.idx[numeric(r.code)] = uint8(len(t.rules))
		t.rules = append(t.rules, r)
	}
	t.finish()
	return t
}
