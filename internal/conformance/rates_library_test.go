package conformance

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/paysession/paysession/adjust"
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/rate"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/validation"
)

// argProblem is a problem with an argument of the command (a flag or a
// positional argument), named as the command names it.
func argProblem(name string, err error) ([]byte, fielderr.List, error) {
	return nil, fielderr.List{{Path: name, Message: err.Error()}}, err
}

// runRates performs tax, discount, exchange and convert with packages rate
// and adjust.
func runRates(c Case) ([]byte, fielderr.List, error) {
	o := c.Options
	mode := currency.HalfEven
	if o.Round != "" {
		m, err := currency.ParseRoundingMode(o.Round)
		if err != nil {
			return argProblem("-round", err)
		}
		mode = m
	}
	var r rate.Rate
	if o.Rate != "" {
		var err error
		if r, err = rate.Parse(o.Rate); err != nil {
			return argProblem("-rate", err)
		}
	}
	if o.Markup != "" {
		m, err := rate.Parse(strings.TrimSuffix(o.Markup, "%") + "%")
		if err == nil {
			r, err = r.WithMarkup(m)
		}
		if err != nil {
			return argProblem("-markup", err)
		}
	}
	var to currency.Code
	if o.To != "" {
		var err error
		to, err = currency.Parse(o.To)
		if _, ok := to.MinorUnits(); err == nil && !ok {
			err = errors.New("no minor unit")
		}
		if err != nil {
			return argProblem("-to", err)
		}
	}
	if c.Op == "convert" {
		minor, err := strconv.ParseInt(o.Minor.String(), 10, 64)
		if err != nil {
			return argProblem("MINOR", err)
		}
		from, err := currency.Parse(o.Code)
		if err != nil {
			return argProblem("CODE", err)
		}
		v, err := r.Convert(minor, from, to, mode)
		if err != nil {
			return argProblem("MINOR", err)
		}
		return marshal(map[string]any{"minor": v, "currencyCode": to.String()})
	}
	s, err := validDecode(c.Input, o.Response)
	if err != nil {
		return nil, problems(err), err
	}
	var t session.Session
	switch c.Op {
	case "tax":
		per := adjust.PerLine
		if o.Per == "order" {
			per = adjust.PerOrder
		}
		if o.Inclusive {
			in, err := adjust.InclusiveTax(s, r, per, mode)
			if err != nil {
				return nil, problems(err), err
			}
			lines := []map[string]any{}
			for _, l := range in.Lines() {
				m := map[string]any{"gross": l.Gross, "tax": l.Tax, "net": l.Net}
				if l.ItemID != "" {
					m["itemId"] = l.ItemID
				}
				lines = append(lines, m)
			}
			return marshal(map[string]any{"currencyCode": in.CurrencyCode(), "lines": lines, "gross": in.Gross(), "tax": in.Tax(), "net": in.Net()})
		}
		t, err = adjust.Tax(s, r, per, mode)
	case "discount":
		if o.Minor != "" {
			amount, perr := strconv.ParseInt(o.Minor.String(), 10, 64)
			if perr != nil {
				return argProblem("-amount", perr)
			}
			t, err = adjust.DiscountAmount(s, amount)
		} else {
			t, err = adjust.DiscountRate(s, r, mode)
		}
	case "exchange":
		e, err := adjust.Exchange(s, to, r, mode)
		if err == nil {
			err = validation.Primer(e.Session())
		}
		if err != nil {
			return nil, problems(err), err
		}
		opt := func(v int64, ok bool) any {
			if !ok {
				return nil
			}
			return v
		}
		return marshal(map[string]any{
			"session": json.RawMessage(e.Session().AppendRequestJSON(nil)),
			"from":    e.From().String(), "to": e.To().String(), "rate": e.Rate().String(),
			"amount": opt(e.Amount()), "direct": opt(e.Direct()), "difference": opt(e.Difference()),
		})
	}
	if err == nil {
		err = validation.Primer(t)
	}
	if err != nil {
		return nil, problems(err), err
	}
	return t.AppendRequestJSON(nil), nil, nil
}
