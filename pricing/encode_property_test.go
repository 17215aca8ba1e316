package pricing

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"testing"

	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/session"
)

// responseAmount returns the amount member of a session's response encoding,
// read by encoding/json (not by the session package), and whether it is
// there.
func responseAmount(t *testing.T, s session.Session) (int64, bool) {
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(s.AppendResponseJSON(nil), &doc); err != nil {
		t.Fatalf("response encoding is not JSON: %v", err)
	}
	raw, ok := doc["amount"]
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseInt(string(bytes.TrimSpace(raw)), 10, 64)
	if err != nil {
		t.Fatalf("amount %s is not an int64", raw)
	}
	return v, true
}

// The calculated amount has one implementation: the response encoder writes
// the amount pricing finds (both absent together), and decoding that response
// gives the same quote. For a session pricing refuses, the encoder writes
// only the override, never a calculated amount.
func TestPropResponseAmountIsQuoteAmount(t *testing.T) {
	ps := properties(t)
	check := func(o orderSpec) (bool, error) {
		s := o.mustSession()
		got, has := responseAmount(t, s)
		q, err := Calculate(s)
		want, wantHas := q.Amount()
		if err != nil {
			want, wantHas = s.AmountOverride()
		}
		if got != want || has != wantHas {
			return false, errors.New("response amount " + strconv.FormatInt(got, 10) + " " + strconv.FormatBool(has) +
				", quote amount " + strconv.FormatInt(want, 10) + " " + strconv.FormatBool(wantHas) + " (" + errStr(err) + ")")
		}
		r, derr := session.DecodeResponse(s.AppendResponseJSON(nil))
		if derr != nil {
			return false, errors.New("decoding the response: " + derr.Error())
		}
		q2, err2 := Calculate(r.Session)
		if a, ok := q2.Amount(); err == nil && (err2 != nil || a != want || ok != wantHas || !q.Equal(q2)) {
			return false, errors.New("the decoded response prices differently: " + errStr(err2))
		}
		return true, nil
	}
	ps.Property("response amount = Calculate(s).Amount() (valid orders)", prop.ForAll(check, genValidOrder()))
	ps.Property("response amount = Calculate(s).Amount() (wide values)", prop.ForAll(check, genWideOrder()))
	ps.Property("response amount = Calculate(s).Amount() (big sums)", prop.ForAll(check, genBigSumOrder()))
	ps.TestingRun(t)
}

// The cases of the issue: lines MaxInt64, 1, -1 (the exact sum is MaxInt64,
// but -1 is refused), and a discount above the subtotal. Neither has a
// calculated amount, so the encoder writes none and the decoder reads a
// response's amount as an override.
func TestResponseAmountRefused(t *testing.T) {
	for _, o := range []orderSpec{
		{Currency: "GBP", Lines: []lineSpec{{Amount: 1<<63 - 1}, {Amount: 1}, {Amount: -1}}},
		{Currency: "GBP", Lines: []lineSpec{{Amount: 500, Disc: 900, HasDisc: true}}},
	} {
		for i := range o.Lines {
			o.Lines[i].HasAmt = true
		}
		s := o.mustSession()
		if _, err := Calculate(s); err == nil {
			t.Errorf("%+v: Calculate accepted it", o)
		}
		if a, ok := responseAmount(t, s); ok {
			t.Errorf("%+v: the response encoding has amount %d", o, a)
		}
		over := o
		over.HasOverride, over.Override = true, 1<<63-1
		r, err := session.DecodeResponse(over.mustSession().AppendResponseJSON(nil))
		if err != nil {
			t.Fatal(err)
		}
		if a, ok := r.Session.AmountOverride(); !ok || a != 1<<63-1 {
			t.Errorf("%+v: the response's amount is not an override: %d %v", o, a, ok)
		}
	}
}
