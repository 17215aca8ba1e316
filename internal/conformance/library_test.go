package conformance

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/provider"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/validation"
	"github.com/paysession/paysession/warnings"
)

// TestVectorsLibrary runs every conformance vector through the library's Go
// API: the answers a Go program gets from the packages themselves, with the
// operations' outputs built from the packages' accessors.
func TestVectorsLibrary(t *testing.T) {
	cases, err := Load("../../testdata/vectors")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.File+"/"+c.Name, func(t *testing.T) {
			out, problems, err := runLibrary(c)
			exit := 0
			if err != nil {
				exit = 1
			}
			if exit != c.Want.Exit {
				t.Fatalf("%s: error %v, want exit %d\noutput: %s", c.Op, err, c.Want.Exit, out)
			}
			if len(c.Want.Output) > 0 {
				if err := CompareOutput(c.Want.Output, out); err != nil {
					t.Errorf("output: %v\ngot: %s", err, out)
				}
			}
			if len(c.Want.Errors) > 0 {
				var paths, codes []string
				for _, p := range problems {
					paths = append(paths, p.Path)
					codes = append(codes, string(p.Code))
				}
				if err := CompareErrors(c.Want.Errors, paths, codes); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

// runLibrary performs a case's operation with the library. It returns the
// operation's output as JSON (for validate also when the session is invalid),
// the problems reported, and a non-nil error when the input is invalid.
func runLibrary(c Case) ([]byte, fielderr.List, error) {
	o := c.Options
	switch c.Op {
	case "currency":
		code, err := currency.Parse(o.Code)
		if err != nil {
			return nil, nil, err
		}
		var minorUnits any
		if d, ok := code.MinorUnits(); ok {
			minorUnits = d
		}
		return marshal(map[string]any{"code": code.String(), "numeric": code.Numeric(), "name": code.Name(), "minorUnits": minorUnits, "fund": code.IsFund()})
	case "minor":
		mode := currency.Exact
		if o.Round != "" {
			m, err := currency.ParseRoundingMode(o.Round)
			if err != nil {
				return nil, nil, err
			}
			mode = m
		}
		code, err := currency.Parse(o.Code)
		if err != nil {
			return nil, nil, err
		}
		v, err := currency.ToMinor(o.Amount, code, mode)
		if err != nil {
			return nil, nil, err
		}
		return marshal(map[string]any{"minor": v})
	case "major", "format":
		minor, err := strconv.ParseInt(o.Minor.String(), 10, 64)
		if err != nil {
			return nil, nil, err
		}
		code, err := currency.Parse(o.Code)
		if err != nil {
			return nil, nil, err
		}
		if c.Op == "major" {
			s, err := currency.ToMajor(minor, code)
			if err != nil {
				return nil, nil, err
			}
			return marshal(map[string]any{"major": s})
		}
		locale := o.Locale
		if locale == "" {
			locale = "en-US"
		}
		var opts []currency.FormatOption
		if o.Display != "" {
			d, err := currency.ParseDisplay(o.Display)
			if err != nil {
				return nil, nil, err
			}
			opts = append(opts, currency.WithDisplay(d))
		}
		if o.Accounting {
			opts = append(opts, currency.Accounting())
		}
		s, err := currency.Format(minor, code, locale, opts...)
		if err != nil {
			return nil, nil, err
		}
		return marshal(map[string]any{"text": s})
	case "wire", "unwire":
		return runWire(c)
	case "quote":
		s, err := validDecode(c.Input, o.Response)
		if err != nil {
			return nil, problems(err), err
		}
		var q pricing.Quote
		if o.Method != "" {
			q, err = pricing.CalculateSelection(s, o.Method, o.Network)
			s = s.SelectPaymentMethod(o.Method, o.Network)
		} else {
			q, err = pricing.Calculate(s)
		}
		if err != nil {
			return nil, problems(err), err
		}
		if o.Provider == "" {
			return marshal(quoteOutput(q, warnings.Check(s, warnings.Options{})))
		}
		p, ok := provider.Lookup(o.Provider)
		if !ok {
			return nil, nil, errors.New("unknown provider " + o.Provider)
		}
		if err := validation.ForProvider(s, p); err != nil {
			return nil, problems(err), err
		}
		out := quoteOutput(q, warnings.Check(s, warnings.Options{Provider: p}))
		out["provider"], out["wireAmount"] = p.Name(), nil
		if v, ok := q.Amount(); ok {
			w, err := p.Wire(v, q.Currency(), currency.Exact)
			if err != nil {
				return nil, nil, err
			}
			if p.Rule(q.Currency()).Form() == provider.Decimal {
				out["wireAmount"], _ = p.FormatWire(w, q.Currency())
			} else {
				out["wireAmount"] = w
			}
		}
		return marshal(out)
	case "validate":
		var err error
		ws := []warnings.Warning{}
		if o.API == "komoju" {
			_, err = validation.KomojuJSON(c.Input)
		} else {
			var s session.Session
			s, err = validation.PrimerJSON(c.Input)
			ws = append(ws, warnings.Check(s, warnings.Options{EnabledMethods: o.EnabledMethods, TaxCalculation: o.TaxCalculation})...)
		}
		list := problems(err)
		errs := []map[string]any{}
		for _, e := range list {
			errs = append(errs, map[string]any{"path": e.Path, "code": string(e.Code), "message": e.Message})
		}
		out, _, merr := marshal(map[string]any{"valid": err == nil, "errors": errs, "warnings": ws})
		if merr != nil {
			return nil, nil, merr
		}
		return out, list, err
	case "patch":
		s, err := decode(c.Input, o.Response)
		if err != nil {
			return nil, problems(err), err
		}
		patched, err := validation.ApplyPatchJSON(s, c.Patch)
		if err != nil {
			return nil, problems(err), err
		}
		return patched.AppendResponseJSON(nil), nil, nil
	case "tax", "discount", "exchange", "convert":
		return runRates(c)
	}
	return nil, nil, errors.New("unknown op " + c.Op)
}

// runWire performs wire and unwire with package provider. A refusal is
// reported at the argument it concerns (MINOR or WIRE, CODE for a currency),
// with the rule's code.
func runWire(c Case) ([]byte, fielderr.List, error) {
	o := c.Options
	p, ok := provider.Lookup(o.Provider)
	if !ok {
		return nil, nil, errors.New("unknown provider " + o.Provider)
	}
	code, err := currency.Parse(o.Code)
	if err != nil {
		return nil, fielderr.List{{Path: "CODE", Code: "currency", Message: err.Error()}}, err
	}
	fail := func(arg string, err error) ([]byte, fielderr.List, error) {
		var pe *provider.Error
		if !errors.As(err, &pe) {
			return nil, nil, err
		}
		if pe.Code == provider.CodeNotAccepted || pe.Code == provider.CodeNoMinorUnit {
			arg = "CODE"
		}
		return nil, fielderr.List{{Path: arg, Code: fielderr.Code(pe.Code), Message: err.Error()}}, err
	}
	wireJSON := func(w int64) any {
		if p.Rule(code).Form() == provider.Decimal {
			s, _ := p.FormatWire(w, code)
			return s
		}
		return w
	}
	if c.Op == "unwire" {
		v, err := p.ParseWire(o.Wire, code)
		if err != nil {
			return fail("WIRE", err)
		}
		w, _ := p.Wire(v, code, currency.Exact)
		return marshal(map[string]any{"provider": p.Name(), "currencyCode": code.String(), "wire": wireJSON(w), "minor": v})
	}
	minor, err := strconv.ParseInt(o.Minor.String(), 10, 64)
	if err != nil {
		return nil, nil, err
	}
	mode := currency.Exact
	if o.Round != "" {
		if mode, err = currency.ParseRoundingMode(o.Round); err != nil {
			return nil, nil, err
		}
	}
	w, err := p.Wire(minor, code, mode)
	if err != nil {
		return fail("MINOR", err)
	}
	return marshal(map[string]any{"provider": p.Name(), "currencyCode": code.String(), "minor": minor, "wire": wireJSON(w)})
}

// validDecode reads a session as quote does: decoded and validated by
// validation's Primer profile (a create request, or a response with
// -response or a clientToken).
func validDecode(input []byte, response bool) (session.Session, error) {
	if !response {
		s, err := validation.PrimerJSON(input)
		if err == nil || !slices.ContainsFunc(problems(err), func(e fielderr.Error) bool {
			return e.Path == "$.clientToken" && e.Code == fielderr.CodeUnknownField
		}) {
			return s, err
		}
	}
	r, err := validation.PrimerResponseJSON(input)
	return r.Session, err
}

func decode(input []byte, response bool) (session.Session, error) {
	if response {
		r, err := session.DecodeResponse(input)
		return r.Session, err
	}
	r, err := session.DecodeRequestOrResponse(input)
	return r.Session, err
}

func quoteOutput(q pricing.Quote, ws []warnings.Warning) map[string]any {
	lines := []map[string]any{}
	for _, l := range q.Lines() {
		m := map[string]any{"subtotal": l.Subtotal, "discount": l.Discount, "tax": l.Tax, "total": l.Total}
		if l.ItemID != "" {
			m["itemId"] = l.ItemID
		}
		lines = append(lines, m)
	}
	out := map[string]any{
		"currencyCode": q.CurrencyCode(), "lineItems": lines, "itemsTotal": q.ItemsTotal(),
		"shipping": q.Shipping(), "fees": q.Fees(), "surcharge": q.Surcharge(),
		"calculatedAmount": nil, "amount": nil, "amountOverridden": q.Overridden(),
		"warnings": append([]warnings.Warning{}, ws...),
	}
	if v, ok := q.Calculated(); ok {
		out["calculatedAmount"] = v
	}
	if v, ok := q.Amount(); ok {
		out["amount"] = v
	}
	return out
}

func problems(err error) fielderr.List {
	var l fielderr.List
	errors.As(err, &l)
	return l
}

func marshal(v any) ([]byte, fielderr.List, error) {
	b, err := json.Marshal(v)
	return b, nil, err
}
