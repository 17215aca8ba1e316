package session

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/jsonvalue"
)

// TestStdJSON pins what encoding/json and fmt make of the package's values.
func TestStdJSON(t *testing.T) {
	obj := mustObject(jsonvalue.Member{Key: "z", Value: jsonvalue.Int(1)}, jsonvalue.Member{Key: "a", Value: jsonvalue.Array(jsonvalue.String("x"), jsonvalue.Null(), jsonvalue.Bool(true))})
	num, _ := jsonvalue.Number("1.50")
	type doc struct {
		V     jsonvalue.Value `json:"v"`
		N     jsonvalue.Value `json:"n"`
		Gone  jsonvalue.Value `json:"gone,omitzero"`
		Null  jsonvalue.Value `json:"null"`
		Q     Opt[int64]      `json:"q"`
		Flag  Opt[bool]       `json:"flag,omitzero"`
		None  Opt[int64]      `json:"none"`
		Skip  Opt[string]     `json:"skip,omitzero"`
		Items []LineItem      `json:"items"`
	}
	d := doc{V: obj, N: num, Null: jsonvalue.Null(), Q: Some[int64](0), Items: []LineItem{{ItemID: "a", Amount: Some[int64](5)}}}
	b, err := json.Marshal(d)
	const want = `{"v":{"a":["x",null,true],"z":1},"n":1.50,"null":null,"q":0,"none":null,` +
		`"items":[{"ItemID":"a","Name":"","Description":"","Amount":5,"Quantity":null,"DiscountAmount":null,"TaxAmount":null,"TaxCode":"","ProductType":"","ProductData":{"SKU":"","Brand":"","Color":"","GlobalTradeItemNumber":"","ManufacturerPartNumber":"","Weight":"","WeightUnit":"","PageURL":""}}]}`
	if err != nil || string(b) != want {
		t.Fatalf("json.Marshal = %s, %v\nwant %s", b, err, want)
	}
	var back doc
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !back.V.Equal(d.V) || !back.N.Equal(num) || back.Null.Kind() != jsonvalue.KindNull || !back.Gone.IsAbsent() ||
		back.Q != d.Q || back.Flag.IsSet() || back.None.IsSet() || back.Items[0] != d.Items[0] {
		t.Errorf("json.Unmarshal = %+v", back)
	}
	if got := fmt.Sprint(obj, " ", jsonvalue.Value{}, "|", Some[int64](7), " ", Opt[int64]{}, " ", Some("x")); got != `{"a":["x",null,true],"z":1} |7 absent x` {
		t.Errorf("fmt.Sprint = %q", got)
	}
	var v jsonvalue.Value
	for _, bad := range []string{`{"a":1,"a":2}`, `[1,`, `01`} {
		v = jsonvalue.Int(3)
		var l fielderr.List
		if err := v.UnmarshalJSON([]byte(bad)); !errors.As(err, &l) || !v.Equal(jsonvalue.Int(3)) {
			t.Errorf("Value.UnmarshalJSON(%s) = %v, left %v; want a fielderr.List and no change", bad, err, v)
		}
	}
	var o Opt[int64] = Some[int64](9)
	if err := json.Unmarshal([]byte(`"x"`), &o); err == nil || o != Some[int64](9) {
		t.Errorf("Opt.UnmarshalJSON(\"x\") = %v, left %v", err, o)
	}
	one, uno := Some(1), Some(1)
	if one != uno || one == (Opt[int]{}) || !(Opt[int]{}).IsZero() || Some(0).IsZero() {
		t.Error("Opt comparison or IsZero")
	}
}

// TestSessionJSON: a Session inside a caller's struct round-trips through
// encoding/json, override included.
func TestSessionJSON(t *testing.T) {
	s := mustNew(Params{CurrencyCode: "GBP", Amount: Some[int64](650),
		Order: Order{LineItems: []LineItem{{ItemID: "a", Amount: Some[int64](650)}}}})
	type wrap struct {
		S Session `json:"session"`
	}
	b, err := json.Marshal(wrap{s})
	const want = `{"session":{"currencyCode":"GBP","amount":650,"order":{"lineItems":[{"itemId":"a","amount":650}]}}}`
	if err != nil || string(b) != want {
		t.Fatalf("json.Marshal = %s, %v\nwant %s", b, err, want)
	}
	var w wrap
	if err := json.Unmarshal(b, &w); err != nil || !w.S.Equal(s) {
		t.Errorf("json.Unmarshal = %s, %v", w.S.AppendRequestJSON(nil), err)
	}
	if _, ok := w.S.AmountOverride(); !ok {
		t.Error("override lost")
	}
	w = wrap{S: s}
	if err := json.Unmarshal([]byte(`{"session":{"orderId":""}}`), &w); !errors.Is(err, fielderr.CodeEmpty) || !w.S.Equal(s) {
		t.Errorf("json.Unmarshal of a bad session = %v (want fielderr.CodeEmpty and no change)", err)
	}

	properties := gopter.NewProperties(gopter.DefaultTestParameters())
	properties.Property("json.Unmarshal(json.Marshal(s)) is Equal to s", prop.ForAll(
		func(s Session) bool {
			b, err := json.Marshal(s)
			var back Session
			return err == nil && json.Unmarshal(b, &back) == nil && back.Equal(s)
		}, genSession()))
	properties.Property("Value: json.Unmarshal(json.Marshal(v)) is Equal to v, and String is its JSON", prop.ForAll(
		func(m map[string]jsonvalue.Value) bool {
			v := jsonvalue.FromMap(m)
			b, err := json.Marshal(v)
			var back jsonvalue.Value
			return err == nil && json.Unmarshal(b, &back) == nil && back.Equal(v) && v.String() == string(b)
		}, genMetadata()))
	properties.TestingRun(t)
}
