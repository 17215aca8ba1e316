package komoju

import (
	"encoding/json"
	"errors"
	"math/rand"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/bigdoc"
	"github.com/paysession/paysession/internal/errtest"
	"github.com/paysession/paysession/internal/piitest"
	"github.com/paysession/paysession/internal/propgen"
	"github.com/paysession/paysession/jsonvalue"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
)

func TestDecodeKomoju(t *testing.T) {
	in := `{
		"mode": "payment",
		"return_url": "https://shop.example/done",
		"amount": 1500,
		"currency": "JPY",
		"email": "taro@example.jp",
		"expires_in_seconds": 3600,
		"external_customer_id": "cust-1",
		"customer_id": "kc_1",
		"payment_types": ["credit_card", "konbini"],
		"default_locale": "ja",
		"line_items": [
			{"amount": 500, "description": "Mug", "quantity": 2, "image": "https://shop.example/m.png", "external_product_num": "p-1"},
			{"amount": 500}
		],
		"metadata": {"order": "o-1", "n": 7},
		"payment_data": {"external_order_num": "o-1"}
	}`
	got, err := Decode([]byte(in))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	pd, _ := jsonvalue.Object(jsonvalue.Member{Key: "external_order_num", Value: jsonvalue.String("o-1")})
	want := Params{
		Mode:               "payment",
		ReturnURL:          "https://shop.example/done",
		Amount:             session.Some[int64](1500),
		Currency:           "JPY",
		Email:              "taro@example.jp",
		ExpiresInSeconds:   session.Some[int64](3600),
		ExternalCustomerID: "cust-1",
		CustomerID:         "kc_1",
		PaymentTypes:       []string{"credit_card", "konbini"},
		DefaultLocale:      "ja",
		LineItems: []LineItem{
			{Amount: session.Some[int64](500), Description: "Mug", Quantity: session.Some[int64](2), Image: "https://shop.example/m.png", ExternalProductNum: "p-1"},
			{Amount: session.Some[int64](500)},
		},
		Metadata:    map[string]jsonvalue.Value{"order": jsonvalue.String("o-1"), "n": jsonvalue.Int(7)},
		PaymentData: pd,
	}
	if !reflect.DeepEqual(got.Params(), want) {
		t.Fatalf("decoded\n %+v\nwant\n %+v", got.Params(), want)
	}
	if !got.Equal(New(want)) {
		t.Fatal("Equal disagrees with Params")
	}
	wantJSON := `{"mode":"payment","return_url":"https://shop.example/done","amount":1500,"currency":"JPY","email":"taro@example.jp","expires_in_seconds":3600,"external_customer_id":"cust-1","customer_id":"kc_1","payment_types":["credit_card","konbini"],"default_locale":"ja","line_items":[{"amount":500,"description":"Mug","quantity":2,"image":"https://shop.example/m.png","external_product_num":"p-1"},{"amount":500}],"metadata":{"n":7,"order":"o-1"},"payment_data":{"external_order_num":"o-1"}}`
	if got := string(got.AppendJSON(nil)); got != wantJSON {
		t.Fatalf("AppendJSON =\n %s\nwant\n %s", got, wantJSON)
	}
	if b, err := json.Marshal(got); err != nil || string(b) != wantJSON {
		t.Fatalf("json.Marshal = %s, %v", b, err)
	}
}

func TestKomojuDefaults(t *testing.T) {
	k, err := Decode([]byte(`{"amount":100,"currency":"JPY","line_items":[{"amount":100}],"mode":null}`))
	if err != nil {
		t.Fatal(err)
	}
	if k.Mode() != "" || k.EffectiveMode() != ModePayment {
		t.Errorf("mode = %q, effective %q; want absent, payment", k.Mode(), k.EffectiveMode())
	}
	if _, ok := k.ExpiresInSeconds(); ok || k.EffectiveExpiresInSeconds() != 86400 {
		t.Errorf("expires_in_seconds set or effective %d; want absent, 86400", k.EffectiveExpiresInSeconds())
	}
	if q := k.LineItem(0).Quantity; q.IsSet() || q.Or(1) != 1 {
		t.Errorf("quantity = %v; want absent (1)", q)
	}
	if got := string(k.AppendJSON(nil)); got != `{"amount":100,"currency":"JPY","line_items":[{"amount":100}]}` {
		t.Errorf("defaults written out: %s", got)
	}
}

func TestDecodeKomojuErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []fielderr.Error // Message not compared
	}{
		{"unknown top-level field", `{"amount":1,"currency":"JPY","amout":2}`,
			[]fielderr.Error{{Path: "$.amout", Code: fielderr.CodeUnknownField}}},
		{"unknown line item field", `{"line_items":[{"amount":1},{"amount":1,"price":3}]}`,
			[]fielderr.Error{{Path: "$.line_items[1].price", Code: fielderr.CodeUnknownField}}},
		{"amounts are JSON integers", `{"amount":7.5,"expires_in_seconds":"60","line_items":[{"amount":1e3,"quantity":true}]}`,
			[]fielderr.Error{
				{Path: "$.amount", Code: fielderr.CodeType},
				{Path: "$.expires_in_seconds", Code: fielderr.CodeType},
				{Path: "$.line_items[0].amount", Code: fielderr.CodeType},
				{Path: "$.line_items[0].quantity", Code: fielderr.CodeType},
			}},
		{"integer outside int64", `{"amount":9223372036854775808}`,
			[]fielderr.Error{{Path: "$.amount", Code: fielderr.CodeRange}}},
		{"empty strings", `{"currency":"","payment_types":["konbini",""]}`,
			[]fielderr.Error{{Path: "$.currency", Code: fielderr.CodeEmpty}, {Path: "$.payment_types[1]", Code: fielderr.CodeEmpty}}},
		{"wrong container types", `{"payment_types":"konbini","line_items":{},"metadata":[],"payment_data":"x"}`,
			[]fielderr.Error{
				{Path: "$.payment_types", Code: fielderr.CodeType},
				{Path: "$.line_items", Code: fielderr.CodeType},
				{Path: "$.metadata", Code: fielderr.CodeType},
				{Path: "$.payment_data", Code: fielderr.CodeType},
			}},
		{"duplicate key", `{"amount":1,"amount":2}`,
			[]fielderr.Error{{Path: "$.amount", Code: fielderr.CodeDuplicateKey}}},
		{"metadata keys with odd characters", `{"metadata":{"a b":1,"a b":2}}`,
			[]fielderr.Error{{Path: "$.metadata['a b']", Code: fielderr.CodeDuplicateKey}}},
		{"not an object", `[]`, []fielderr.Error{{Path: "$", Code: fielderr.CodeType}}},
		{"syntax", `{"amount":1,}`, []fielderr.Error{{Path: "$", Code: fielderr.CodeSyntax}}},
		{"trailing garbage", `{} {}`, []fielderr.Error{{Path: "$", Code: fielderr.CodeSyntax}}},
		{"too deep", `{"payment_data":` + strings.Repeat(`{"a":`, 70) + `1` + strings.Repeat(`}`, 70) + `}`,
			[]fielderr.Error{{Code: fielderr.CodeTooLarge}}},
		{"too many line items", `{"line_items":[` + strings.Repeat(`{},`, session.MaxLineItems) + `{}]}`,
			[]fielderr.Error{{Path: "$.line_items", Code: fielderr.CodeTooLarge}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.in))
			var list fielderr.List
			if !errors.As(err, &list) {
				t.Fatalf("err = %v; want an ErrorList", err)
			}
			if len(list) != len(tt.want) {
				t.Fatalf("errors = %v; want %d of them: %+v", list, len(tt.want), tt.want)
			}
			for i, w := range tt.want {
				if (w.Path != "" && list[i].Path != w.Path) || list[i].Code != w.Code || list[i].Message == "" {
					t.Errorf("error %d = %+v; want path %q code %q", i, list[i], w.Path, w.Code)
				}
				if !errors.Is(err, w.Code) {
					t.Errorf("errors.Is(err, %q) is false", w.Code)
				}
			}
		})
	}
}

// TestDecodeKomojuBestEffort: field errors keep the fields that decoded.
func TestDecodeKomojuBestEffort(t *testing.T) {
	in := []byte(`{"amount":"100","currency":"JPY","bogus":1,"line_items":[{"amount":1,"qty":2}]}`)
	if z, err := Decode(in); err == nil || !z.Equal(Session{}) {
		t.Fatalf("Decode: %v, %s; want an error and the zero Session", err, z.AppendJSON(nil))
	}
	k, err := DecodeBestEffort(in)
	if err == nil {
		t.Fatal("no error")
	}
	if k.CurrencyCode() != "JPY" || k.NumLineItems() != 1 || k.LineItem(0).Amount != session.Some[int64](1) {
		t.Fatalf("best-effort value lost fields: %s", k.AppendJSON(nil))
	}
	if _, ok := k.Amount(); ok {
		t.Fatal("a bad amount was kept")
	}
}

func TestKomojuSessionMapping(t *testing.T) {
	k := New(Params{
		Mode:               ModePayment,
		ReturnURL:          "https://shop.example/done",
		Amount:             session.Some[int64](1200),
		Currency:           "JPY",
		Email:              "taro@example.jp",
		ExternalCustomerID: "cust-1",
		CustomerID:         "kc_1",
		LineItems: []LineItem{
			{Amount: session.Some[int64](500), Description: "Mug", Quantity: session.Some[int64](2), Image: "https://shop.example/m.png"},
			{Amount: session.Some[int64](200), ExternalProductNum: "p-2"},
		},
		Metadata: map[string]jsonvalue.Value{"order": jsonvalue.String("o-1"), "n": jsonvalue.Int(3)},
	})
	s := k.PrimerSession()
	want := session.Params{
		CurrencyCode: "JPY",
		CustomerID:   "cust-1",
		Customer:     session.Customer{EmailAddress: "taro@example.jp"},
		Order: session.Order{LineItems: []session.LineItem{
			{Description: "Mug", Amount: session.Some[int64](500), Quantity: session.Some[int64](2)},
			{Amount: session.Some[int64](200)},
		}},
		Metadata: map[string]jsonvalue.Value{"order": jsonvalue.String("o-1"), "n": jsonvalue.Int(3)},
		// 500×2 + 200 = 1200: the amount is the calculated one, no override.
	}
	if !reflect.DeepEqual(s.Params(), want) {
		t.Fatalf("Session() =\n %+v\nwant\n %+v", s.Params(), want)
	}

	// An amount that differs from the line items becomes the override.
	k2 := New(Params{Amount: session.Some[int64](999), LineItems: []LineItem{{Amount: session.Some[int64](5)}}})
	if v, ok := k2.PrimerSession().AmountOverride(); !ok || v != 999 {
		t.Fatalf("override = %d, %v; want 999", v, ok)
	}
	k3 := New(Params{Amount: session.Some[int64](0)})
	if v, ok := k3.PrimerSession().AmountOverride(); !ok || v != 0 {
		t.Fatalf("no line items: override = %d, %v; want 0, true", v, ok)
	}

	// Back: the effective amount, string metadata only.
	back, err := FromSession(s)
	if err != nil {
		t.Fatal(err)
	}
	wantBack := Params{
		Amount:             session.Some[int64](1200),
		Currency:           "JPY",
		Email:              "taro@example.jp",
		ExternalCustomerID: "cust-1",
		LineItems: []LineItem{
			{Amount: session.Some[int64](500), Description: "Mug", Quantity: session.Some[int64](2)},
			{Amount: session.Some[int64](200)},
		},
		Metadata: map[string]jsonvalue.Value{"order": jsonvalue.String("o-1"), "n": jsonvalue.String("3")},
	}
	if !reflect.DeepEqual(back.Params(), wantBack) {
		t.Fatalf("FromSession =\n %+v\nwant\n %+v", back.Params(), wantBack)
	}

	// Discount, tax, fees and shipping are in the amount though not in the
	// KOMOJU line items.
	p := mustNew(session.Params{
		CurrencyCode: "USD",
		Order: session.Order{
			LineItems: []session.LineItem{{Amount: session.Some[int64](1000), DiscountAmount: session.Some[int64](100), TaxAmount: session.Some[int64](80)}},
			Fees:      []session.Fee{{Type: "HANDLING", Amount: session.Some[int64](20)}},
			Shipping:  session.Shipping{Amount: session.Some[int64](50)},
		},
	})
	if v, ok := mustKomoju(t, p).Amount(); !ok || v != 1000-100+80+20+50 {
		t.Fatalf("amount = %d, %v; want 1050", v, ok)
	}
	if _, ok := mustKomoju(t, mustNew(session.Params{CurrencyCode: "JPY"})).Amount(); ok {
		t.Fatal("a session with no amount gave a KOMOJU amount")
	}
}

func mustKomoju(t *testing.T, s session.Session) Session {
	t.Helper()
	k, err := FromSession(s)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// FromSession uses a line's name when it has no description, writes
// integer metadata as strings, leaves out other values, and refuses what
// KOMOJU would refuse: empty keys, keys over 30 characters, values over 2000.
func TestKomojuFromSessionMetadataAndNames(t *testing.T) {
	s := mustNew(session.Params{
		Order: session.Order{LineItems: []session.LineItem{
			{Name: "Tea", Amount: session.Some[int64](5)},
			{Name: "Mug", Description: "A blue mug", Amount: session.Some[int64](7)},
		}},
		Metadata: map[string]jsonvalue.Value{"id": jsonvalue.Int(-42), "s": jsonvalue.String("x"), "f": mustNumber("1.5"), "b": jsonvalue.Bool(true)},
	})
	k := mustKomoju(t, s)
	if k.LineItem(0).Description != "Tea" || k.LineItem(1).Description != "A blue mug" {
		t.Errorf("descriptions %q %q", k.LineItem(0).Description, k.LineItem(1).Description)
	}
	if got := string(k.AppendJSON(nil)); got != `{"amount":12,"line_items":[{"amount":5,"description":"Tea"},{"amount":7,"description":"A blue mug"}],"metadata":{"id":"-42","s":"x"}}` {
		t.Errorf("JSON %s", got)
	}
	long := strings.Repeat("é", 31)
	for _, tc := range []struct {
		key  string
		val  jsonvalue.Value
		code fielderr.Code
	}{
		{"", jsonvalue.String("x"), fielderr.CodeEmpty},
		{long, jsonvalue.String("x"), fielderr.CodeTooLarge},
		{strings.Repeat("k", 30), jsonvalue.String(strings.Repeat("v", 2001)), fielderr.CodeTooLarge},
	} {
		k, err := FromSession(mustNew(session.Params{Metadata: map[string]jsonvalue.Value{tc.key: tc.val, "ok": jsonvalue.String("fine")}}))
		var l fielderr.List
		if !errors.As(err, &l) || len(l) != 1 || l[0].Code != tc.code || !k.Equal(Session{}) {
			t.Errorf("key %q: %v, %+v", tc.key, err, k.Params())
			continue
		}
		if !strings.HasPrefix(l[0].Path, "$.metadata") || len(l[0].Message) > 200 || strings.Contains(l[0].Message, "vvvv") {
			t.Errorf("key %q: problem %+v", tc.key, l[0])
		}
	}
	ok30 := strings.Repeat("日", 30)
	if _, err := FromSession(mustNew(session.Params{Metadata: map[string]jsonvalue.Value{ok30: jsonvalue.String(strings.Repeat("v", 2000))}})); err != nil {
		t.Errorf("30 characters, 2000 characters: %v", err)
	}
}

func TestKomojuReturnURL(t *testing.T) {
	tests := []struct {
		url, id, want string
	}{
		{"https://shop.example/done", "abc", "https://shop.example/done?session_id=abc"},
		{"https://shop.example/done?x=1", "abc", "https://shop.example/done?x=1&session_id=abc"},
		{"https://shop.example/done?x=1#frag", "abc", "https://shop.example/done?x=1&session_id=abc#frag"},
		{"https://shop.example/done#frag", "abc", "https://shop.example/done?session_id=abc#frag"},
		{"https://shop.example/done?", "abc", "https://shop.example/done?session_id=abc"},
		{"https://shop.example/done?x=1&", "abc", "https://shop.example/done?x=1&session_id=abc"},
		{"https://shop.example/done?b=2&a=%20x", "abc", "https://shop.example/done?b=2&a=%20x&session_id=abc"}, // query kept byte for byte
		{"http://localhost:8080/", "a b&c", "http://localhost:8080/?session_id=a+b%26c"},
		{"HTTPS://shop.example/done", "abc", "https://shop.example/done?session_id=abc"},
	}
	for _, tt := range tests {
		got, err := ReturnURL(tt.url, tt.id)
		if err != nil || got != tt.want {
			t.Errorf("ReturnURL(%q, %q) = %q, %v; want %q", tt.url, tt.id, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "/done", "shop.example/done", "ftp://shop.example/x", "https:///x", "mailto:a@b.c", "https://shop.example/%zz", "javascript:alert(1)"} {
		if got, err := ReturnURL(bad, "abc"); !errors.Is(err, ErrReturnURL) {
			t.Errorf("ReturnURL(%q) = %q, %v; want ErrReturnURL", bad, got, err)
		}
	}
}

func TestKomojuLaws(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())

	properties.Property("Decode(AppendJSON(k)) equals k", prop.ForAll(
		func(k Session) bool {
			got, err := Decode(k.AppendJSON(nil))
			return err == nil && got.Equal(k)
		}, genKomoju()))

	properties.Property("AppendJSON is valid JSON that encoding/json reads back to the same fields", prop.ForAll(
		func(k Session) bool {
			var m map[string]any
			if err := json.Unmarshal(k.AppendJSON(nil), &m); err != nil {
				return false
			}
			_, hasAmount := m["amount"]
			_, setAmount := k.Amount()
			return hasAmount == setAmount
		}, genKomoju()))

	properties.Property("New copies its params, session.Params returns a copy", prop.ForAll(
		func(p Params) bool {
			want := p
			want.PaymentTypes = slices.Clone(p.PaymentTypes)
			want.LineItems = slices.Clone(p.LineItems)
			if p.Metadata != nil {
				want.Metadata = map[string]jsonvalue.Value{}
				for key, v := range p.Metadata {
					want.Metadata[key] = v
				}
			}
			k := New(p)
			for i := range p.PaymentTypes {
				p.PaymentTypes[i] = "x"
			}
			for i := range p.LineItems {
				p.LineItems[i].Amount = session.Some[int64](-1)
			}
			for key := range p.Metadata {
				p.Metadata[key] = jsonvalue.Bool(true)
			}
			out := k.Params()
			for i := range out.LineItems {
				out.LineItems[i].Description = "x"
			}
			for key := range out.Metadata {
				out.Metadata[key] = jsonvalue.Null()
			}
			return reflect.DeepEqual(k.Params(), want)
		}, genKomojuParams()))

	properties.Property("FromSession(k.PrimerSession()) keeps what maps", prop.ForAll(
		func(k Session) bool {
			back, err := FromSession(k.PrimerSession())
			if err != nil {
				// Only a key KOMOJU refuses (or a value too long) stops it.
				for key, v := range k.Metadata() {
					str, _ := v.Str()
					if key == "" || utf8.RuneCountInString(key) > MaxMetadataKeyLen || utf8.RuneCountInString(str) > MaxMetadataValueLen {
						return back.Equal(Session{})
					}
				}
				return false
			}
			if a, ok := k.Amount(); ok {
				if b, ok := back.Amount(); !ok || a != b {
					return false
				}
			}
			if back.CurrencyCode() != k.CurrencyCode() || back.Email() != k.Email() || back.ExternalCustomerID() != k.ExternalCustomerID() ||
				back.NumLineItems() != k.NumLineItems() {
				return false
			}
			for i := range k.NumLineItems() {
				li := k.LineItem(i)
				b := back.LineItem(i)
				if b.Amount != li.Amount || b.Description != li.Description || b.Quantity != li.Quantity {
					return false
				}
			}
			for key, v := range k.Metadata() {
				got, ok := back.MetadataValue(key)
				n, isInt := v.Int()
				switch {
				case v.Kind() == jsonvalue.KindString:
					if !ok || !got.Equal(v) {
						return false
					}
				case isInt:
					if str, _ := got.Str(); !ok || str != strconv.FormatInt(n, 10) {
						return false
					}
				case ok:
					return false
				}
			}
			return true
		}, genKomoju()))

	properties.Property("the session of a KOMOJU request has its amount as effective amount", prop.ForAll(
		func(k Session) bool {
			a, ok := k.Amount()
			if !ok {
				return true
			}
			e, eok := effective(k.PrimerSession())
			return eok && e == a
		}, genKomoju()))

	properties.TestingRun(t)
}

func FuzzDecodeKomoju(f *testing.F) {
	for _, s := range []string{
		`{}`,
		`{"amount":1500,"currency":"JPY","line_items":[{"amount":500,"quantity":3}],"metadata":{"a":"b"}}`,
		`{"payment_data":{"a":[1,2,{"b":null}]},"payment_types":["konbini"]}`,
		`{"amount":1.5,"bogus":[1]}`,
		`{"metadata":{"a":1,"a":2}}`,
		`[`,
	} {
		f.Add([]byte(s))
	}
	addHostileSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		k, err := Decode(data)
		if err != nil {
			var list fielderr.List
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %v is not a non-empty ErrorList", err)
			}
			if msg := errtest.Bounded(list); msg != "" {
				t.Fatal(msg)
			}
			for _, e := range list {
				if !strings.HasPrefix(e.Path, "$") || e.Code == "" || e.Message == "" {
					t.Fatalf("malformed error %+v", e)
				}
			}
		}
		// Whatever decoded, cleanly or best-effort, encodes and decodes back
		// to itself.
		enc := k.AppendJSON(nil)
		back, err := Decode(enc)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", enc, err)
		}
		if !back.Equal(k) {
			t.Fatalf("round trip changed the session: %s vs %s", enc, back.AppendJSON(nil))
		}
	})
}

const benchKomoju = `{"mode":"payment","return_url":"https://shop.example/done","amount":1500,"currency":"JPY","email":"taro@example.jp","expires_in_seconds":3600,"external_customer_id":"cust-1","payment_types":["credit_card","konbini"],"default_locale":"ja","line_items":[{"amount":500,"description":"Mug","quantity":2,"image":"https://shop.example/m.png","external_product_num":"p-1"},{"amount":500,"description":"Book"}],"metadata":{"order":"o-1","campaign":"spring"},"payment_data":{"external_order_num":"o-1"}}`

var komojuSink Session

// BenchmarkDecodeKomoju decodes a typical request strictly.
// BenchmarkDecodeKomojuBaselineStdlib decodes the same bytes with
// encoding/json into an equivalent struct (with DisallowUnknownFields off and
// no paths, no error list): the ratio is the cost of strictness.
func BenchmarkDecodeKomoju(b *testing.B) {
	data := []byte(benchKomoju)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		komojuSink, _ = Decode(data)
	}
}

type stdKomoju struct {
	Mode               string   `json:"mode"`
	ReturnURL          string   `json:"return_url"`
	Amount             *int64   `json:"amount"`
	Currency           string   `json:"currency"`
	Email              string   `json:"email"`
	ExpiresInSeconds   *int64   `json:"expires_in_seconds"`
	ExternalCustomerID string   `json:"external_customer_id"`
	CustomerID         string   `json:"customer_id"`
	PaymentTypes       []string `json:"payment_types"`
	DefaultLocale      string   `json:"default_locale"`
	LineItems          []struct {
		Amount             *int64 `json:"amount"`
		Description        string `json:"description"`
		Quantity           *int64 `json:"quantity"`
		Image              string `json:"image"`
		ExternalProductNum string `json:"external_product_num"`
	} `json:"line_items"`
	Metadata    map[string]json.RawMessage `json:"metadata"`
	PaymentData json.RawMessage            `json:"payment_data"`
}

func BenchmarkDecodeKomojuBaselineStdlib(b *testing.B) {
	data := []byte(benchKomoju)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var v stdKomoju
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}

var bytesSink []byte

func BenchmarkKomojuAppendJSON(b *testing.B) {
	k, _ := Decode([]byte(benchKomoju))
	buf := make([]byte, 0, 1024)
	b.ReportAllocs()
	for b.Loop() {
		bytesSink = k.AppendJSON(buf[:0])
	}
}

func BenchmarkKomojuAppendJSONBaselineStdlib(b *testing.B) {
	var v stdKomoju
	if err := json.Unmarshal([]byte(benchKomoju), &v); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		bytesSink, _ = json.Marshal(&v)
	}
}

func TestDecodeKomojuLimits(t *testing.T) {
	tests := []struct {
		name, in, path string
	}{
		{"payment_types", `{"payment_types":[` + strings.Repeat(`"a",`, session.MaxArrayLen) + `"a"]}`, "$.payment_types"},
		{"metadata keys", `{"metadata":{` + bigdoc.Keys(session.MaxMetadataKeys+1, `:"v"`) + `}}`, "$.metadata"},
		{"depth", `{"metadata":{"a":` + strings.Repeat(`[`, session.MaxDepth) + strings.Repeat(`]`, session.MaxDepth) + `}}`, ""},
		{"size", `{"email":"` + strings.Repeat("a", session.MaxInputBytes) + `"}`, "$"},
	}
	for _, tt := range tests {
		_, err := Decode([]byte(tt.in))
		var list fielderr.List
		if !errors.As(err, &list) || len(list) != 1 || list[0].Code != fielderr.CodeTooLarge || (tt.path != "" && list[0].Path != tt.path) {
			t.Errorf("%s: err = %v; want one too_large error at %q", tt.name, err, tt.path)
		}
	}
	// At the bounds, fine.
	ok := `{"line_items":[` + strings.Repeat(`{},`, session.MaxLineItems-1) + `{}],"metadata":{` + bigdoc.Keys(session.MaxMetadataKeys, `:"v"`) + `}}`
	if k, err := Decode([]byte(ok)); err != nil || k.NumLineItems() != session.MaxLineItems || k.NumMetadata() != session.MaxMetadataKeys {
		t.Errorf("at the bounds: %v", err)
	}
}

func TestKomojuAccessors(t *testing.T) {
	pd := mustObject(jsonvalue.Member{Key: "x", Value: jsonvalue.Int(1)})
	k := New(Params{
		Mode:          ModeCustomerPayment,
		ReturnURL:     "https://shop.example/done?x=1",
		CustomerID:    "cus_1",
		PaymentTypes:  []string{"konbini", "credit_card"},
		DefaultLocale: "ja",
		Metadata:      map[string]jsonvalue.Value{"z": jsonvalue.String("26"), "a": jsonvalue.String("1")},
		PaymentData:   pd,
	})
	if k.EffectiveMode() != ModeCustomerPayment || k.Mode() != ModeCustomerPayment {
		t.Errorf("mode %q %q", k.Mode(), k.EffectiveMode())
	}
	if k.ReturnURL() != "https://shop.example/done?x=1" || k.CustomerID() != "cus_1" || k.DefaultLocale() != "ja" {
		t.Errorf("strings %q %q %q", k.ReturnURL(), k.CustomerID(), k.DefaultLocale())
	}
	if k.NumPaymentTypes() != 2 || k.PaymentType(0) != "konbini" || k.PaymentType(1) != "credit_card" {
		t.Errorf("payment types %d", k.NumPaymentTypes())
	}
	var pts []string
	for i := range k.NumPaymentTypes() {
		p := k.PaymentType(i)
		pts = append(pts, string(rune('0'+i))+p)
	}
	if strings.Join(pts, ",") != "0konbini,1credit_card" {
		t.Errorf("PaymentTypes() = %v", pts)
	}
	if !k.PaymentData().Equal(pd) {
		t.Errorf("PaymentData() = %s", k.PaymentData().AppendJSON(nil))
	}
	var keys []string
	for key := range k.Metadata() {
		keys = append(keys, key)
		break
	}
	if !slices.Equal(keys, []string{"a"}) {
		t.Errorf("Metadata() first key %v, want [a]", keys)
	}
	var z Session
	if z.EffectiveMode() != ModePayment || z.Mode() != "" || z.NumPaymentTypes() != 0 || !z.PaymentData().IsAbsent() {
		t.Error("zero Session is not empty with the payment mode")
	}
}

// TestDecodeKomojuNulls: null is absent in a KOMOJU request too.
func TestDecodeKomojuNulls(t *testing.T) {
	got, err := Decode([]byte(`{"amount":null,"currency":"JPY","payment_types":null,"line_items":null,"metadata":null,"payment_data":null,"expires_in_seconds":null}`))
	if err != nil {
		t.Fatal(err)
	}
	if !got.Equal(New(Params{Currency: "JPY"})) {
		t.Errorf("got %s", got.AppendJSON(nil))
	}
	_, err = Decode([]byte(`{"payment_data":[1],"line_items":[{"amount":null,"quantity":2}]}`))
	wantErrors(t, err, fe("$.payment_data", fielderr.CodeType))
}

func randKomojuParams(r *rand.Rand) Params {
	p := Params{
		Mode:               optStr(r, ModePayment, ModeCustomer, ModeCustomerPayment),
		ReturnURL:          optStr(r, "https://shop.example/done", "https://shop.example/done?x=1#top"),
		Amount:             optInt(r, 0, 2147483647),
		Currency:           optStr(r, "JPY", "USD", "EUR", "KRW"),
		Email:              optStr(r, "taro@example.jp"),
		ExpiresInSeconds:   optInt(r, 1, 86400),
		ExternalCustomerID: optStr(r, "cust-1"),
		CustomerID:         optStr(r, "kc_123"),
		DefaultLocale:      optStr(r, "ja", "en", "ko"),
	}
	for _, t := range []string{"credit_card", "konbini", "paypay"} {
		if chance(r, 1, 3) {
			p.PaymentTypes = append(p.PaymentTypes, t)
		}
	}
	for i := range propgen.Pick(r, 0, 1, 2, 3) {
		p.LineItems = append(p.LineItems, LineItem{
			Amount:             optInt(r, 0, 100000),
			Description:        optStr(r, "Mug", "Book"),
			Quantity:           optInt(r, 1, 5),
			Image:              optStr(r, "https://shop.example/i.png"),
			ExternalProductNum: optStr(r, "p-"+strconv.Itoa(i)),
		})
	}
	if chance(r, 1, 2) {
		p.Metadata = map[string]jsonvalue.Value{"order": jsonvalue.String("o-1")}
		if chance(r, 1, 2) {
			p.Metadata["n"] = jsonvalue.Int(7)
		}
	}
	if chance(r, 1, 3) {
		p.PaymentData, _ = jsonvalue.Object(jsonvalue.Member{Key: "external_order_num", Value: jsonvalue.String("o-1")})
	}
	return p
}

func genKomojuParams() gopter.Gen { return propgen.FromRand(randKomojuParams) }

func genKomoju() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) Session { return New(randKomojuParams(r)) })
}

// Each limit of the Primer decoders has its KOMOJU twin: the same bound, the
// same error, at the path of the value that is too large.
func TestKomojuMirrorsPrimerLimits(t *testing.T) {
	inner := "[" + joinN(session.MaxArrayLen-1, "[]") + "]"
	freeForm := `[` + joinN(session.MaxArrayLen, `[]`) + `],"b":[` + strings.Repeat(inner+`,`, 100) + `1]`
	cases := []struct {
		name, primer, komoju, primerPath, komojuPath string
	}{
		{"list", `{"order":{"lineItems":[` + joinN(session.MaxLineItems+1, `{}`) + `]}}`,
			`{"line_items":[` + joinN(session.MaxLineItems+1, `{}`) + `]}`, "$.order.lineItems", "$.line_items"},
		{"metadata keys", `{"metadata":{` + bigdoc.Keys(session.MaxMetadataKeys+1, `:"v"`) + `}}`,
			`{"metadata":{` + bigdoc.Keys(session.MaxMetadataKeys+1, `:"v"`) + `}}`, "$.metadata", "$.metadata"},
		{"array", `{"paymentMethod":{"orderedAllowedCardNetworks":[` + joinN(session.MaxArrayLen+1, `"VISA"`) + `]}}`,
			`{"payment_types":[` + joinN(session.MaxArrayLen+1, `"a"`) + `]}`, "$.paymentMethod.orderedAllowedCardNetworks", "$.payment_types"},
		{"depth", `{"metadata":{"a":` + strings.Repeat("[", session.MaxDepth) + strings.Repeat("]", session.MaxDepth) + `}}`,
			`{"metadata":{"a":` + strings.Repeat("[", session.MaxDepth) + strings.Repeat("]", session.MaxDepth) + `}}`,
			"$.metadata.a" + strings.Repeat("[0]", session.MaxDepth-2), "$.metadata.a" + strings.Repeat("[0]", session.MaxDepth-2)},
		{"free-form values", `{"metadata":{"a":` + freeForm + `}}`, `{"payment_data":{"a":` + freeForm + `}}`,
			"$.metadata.b[98][997]", "$.payment_data.b[98][996]"}, // payment_data is a value itself
		{"free-form members", `{"metadata":{"a":{` + bigdoc.Keys(session.MaxObjectMembers+1, `:"v"`) + `}}}`,
			`{"payment_data":{"a":{` + bigdoc.Keys(session.MaxObjectMembers+1, `:"v"`) + `}}}`, "$.metadata.a", "$.payment_data.a"},
		{"size", `{"metadata":{"a":"` + strings.Repeat("x", session.MaxInputBytes) + `"}}`,
			`{"metadata":{"a":"` + strings.Repeat("x", session.MaxInputBytes) + `"}}`, "$", "$"},
	}
	for _, c := range cases {
		for _, in := range []struct{ api, doc, path string }{{"request", c.primer, c.primerPath}, {"komoju", c.komoju, c.komojuPath}} {
			err := decoders[in.api]([]byte(in.doc))
			var l fielderr.List
			if !errors.As(err, &l) || len(l) != 1 || l[0].Code != fielderr.CodeTooLarge || l[0].Path != in.path {
				t.Errorf("%s %s: got %v; want one too_large at %s", c.name, in.api, err, in.path)
			}
		}
	}
	// The size message states the bound, not the length read.
	for api, dec := range decoders {
		err := dec([]byte(`{"a":"` + strings.Repeat("x", session.MaxInputBytes) + `"}`))
		if want := "$: input is larger than the limit of 10485760 bytes"; err == nil || err.Error() != want {
			t.Errorf("%s: size error %q, want %q", api, err, want)
		}
	}
}

// A long unknown key is clipped in the path and the message.
func TestPathKeyClipped(t *testing.T) {
	var l fielderr.List
	var err error
	_, err = Decode([]byte(`{"line_items":[{"` + strings.Repeat("k", 300) + `":1}]}`))
	if !errors.As(err, &l) || len(l) != 1 {
		t.Fatal(err)
	}
	if want := "$.line_items[0]." + strings.Repeat("k", 64) + "…"; l[0].Path != want {
		t.Errorf("path %q, want %q", l[0].Path, want)
	}
	if want := `unknown field "` + strings.Repeat("k", 64) + `"…`; l[0].Message != want {
		t.Errorf("message %q, want %q", l[0].Message, want)
	}
}

// FromSession lists at most fielderr.MaxErrors problems, then too_many_errors.
func TestFromSessionBoundsProblems(t *testing.T) {
	var l fielderr.List
	md := make(map[string]jsonvalue.Value, 2*fielderr.MaxErrors)
	for i := range 2 * fielderr.MaxErrors {
		md[strings.Repeat("k", 31)+strconv.Itoa(i)] = jsonvalue.String("v")
	}
	s, err := session.New(session.Params{Metadata: md})
	if err != nil {
		t.Fatal(err)
	}
	_, err = FromSession(s)
	if !errors.As(err, &l) || len(l) != fielderr.MaxErrors+1 || l[fielderr.MaxErrors].Message != "1000 more problems not listed" {
		t.Fatalf("FromSession: %d problems (%.100v)", len(l), err)
	}
}

func TestLogMasksPersonalData(t *testing.T) {
	properties := gopter.NewProperties(nil)
	properties.Property("no log line of a KOMOJU request contains its e-mail or payment data", prop.ForAll(func(p Params, email, card string) string {
		p.Email = email
		p.PaymentData, _ = jsonvalue.Object(jsonvalue.Member{Key: "card", Value: jsonvalue.String(card)}, jsonvalue.Member{Key: "n", Value: jsonvalue.Int(4242424242424242)})
		k := New(p)
		for _, out := range piitest.Logged(k) {
			for _, v := range []string{email, card, "4242424242424242"} {
				if strings.Contains(out, v) {
					return "leaked " + strconv.Quote(v) + " in " + out
				}
			}
			if !strings.Contains(out, "card") {
				return "payment_data's structure missing from " + out
			}
			if a, ok := p.Amount.Get(); ok && !strings.Contains(out, strconv.FormatInt(a, 10)) {
				return "amount missing from " + out
			}
		}
		return ""
	}, genKomojuParams(), propgen.FromRand(randPII), propgen.FromRand(randPII)))
	properties.TestingRun(t)
}

func TestStringExample(t *testing.T) {
	k := New(Params{Amount: session.Some[int64](1000), Currency: "JPY", Email: "taro@example.jp"})
	if got := k.String(); got != `{"amount":1000,"currency":"JPY","email":"***"}` {
		t.Errorf("KOMOJU String: %s", got)
	}
}

// The hostile shapes of the decoders' limits, for KOMOJU: memory in
// proportion to the input, at most fielderr.MaxErrors+1 problems.
func TestHostileMemoryBounded(t *testing.T) {
	inner := "[" + joinN(session.MaxArrayLen-1, "[]") + "]"
	mid := "[" + joinN(session.MaxArrayLen-1, inner) + "]"
	nested := func(n, keyLen int, leaf string) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(`{"` + strings.Repeat(string(rune('a'+i%26)), keyLen) + `":`)
		}
		b.WriteString(leaf)
		b.WriteString(strings.Repeat("}", n))
		return b.String()
	}
	unknown999 := "{" + bigdoc.Keys(session.MaxObjectMembers-1, `:"v"`) + "}"
	dups := "{" + joinN(session.MaxObjectMembers, `"a":0`) + "}"
	for name, in := range map[string]string{
		"nested empty arrays": `{"amount":1,"currency":"JPY","payment_data":{"x":[` + mid + "," + mid + `]}}`,
		"999 unknown keys":    `{"line_items":[` + joinN(1000, unknown999) + `]}`,
		"long nested keys":    `{"payment_data":` + nested(session.MaxDepth-4, 20000, dups) + `}`,
	} {
		data := []byte(in)
		var m1, m2 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m1)
		_, err := Decode(data)
		runtime.ReadMemStats(&m2)
		if alloc, bound := m2.TotalAlloc-m1.TotalAlloc, uint64(8*len(data))+16<<20; alloc > bound {
			t.Errorf("%s: %d input bytes cost %d bytes, more than %d", name, len(data), alloc, bound)
		}
		var l fielderr.List
		if errors.As(err, &l); len(l) > fielderr.MaxErrors+1 {
			t.Errorf("%s: %d problems", name, len(l))
		}
	}
}

// randPII returns a personal value of 8 to 300 characters.
func randPII(r *rand.Rand) string { return piitest.String(r, 8+r.Intn(293)) }

func mustNew(p session.Params) session.Session {
	s, err := session.New(p)
	if err != nil {
		panic(err)
	}
	return s
}

func mustNumber(lit string) jsonvalue.Value {
	v, err := jsonvalue.Number(lit)
	if err != nil {
		panic(err)
	}
	return v
}

func mustObject(ms ...jsonvalue.Member) jsonvalue.Value {
	v, err := jsonvalue.Object(ms...)
	if err != nil {
		panic(err)
	}
	return v
}

func fe(path string, code fielderr.Code) fielderr.Error {
	return fielderr.Error{Path: path, Code: code}
}

func wantErrors(t *testing.T, err error, want ...fielderr.Error) {
	t.Helper()
	var l fielderr.List
	if !errors.As(err, &l) {
		if len(want) == 0 && err == nil {
			return
		}
		t.Fatalf("error %v (%T) is not an ErrorList; want %v", err, err, want)
	}
	if len(l) != len(want) {
		t.Fatalf("got %d errors %v; want %v", len(l), l, want)
	}
	for i := range want {
		if l[i].Path != want[i].Path || l[i].Code != want[i].Code {
			t.Errorf("error %d: got %s %s (%s); want %s %s", i, l[i].Path, l[i].Code, l[i].Message, want[i].Path, want[i].Code)
		}
	}
}

// addHostileSeeds adds the hostile shapes of the decoders' limits as seeds.
func addHostileSeeds(f *testing.F) {
	rep := func(n int, s string) string { return strings.TrimSuffix(strings.Repeat(s+",", n), ",") }
	nested := `{"` + strings.Repeat("k", 100) + `":`
	for _, s := range []string{
		`{"payment_data":{"x":[` + rep(50, "["+rep(20, "[]")+"]") + `]}}`,
		`{"line_items":[` + rep(5, "{"+rep(40, `"u":0`)+"}") + `]}`,
		`{"payment_data":` + strings.Repeat(nested, 28) + `{` + rep(40, `"a":0`) + `}` + strings.Repeat("}", 28) + `}`,
		`{"line_items":[` + rep(fielderr.MaxErrors+5, `{"u":1}`) + `]}`,
		`{"line_items":[` + rep(fielderr.MaxErrors+5, `{"u":1}`) + `,{"x":[[[[1,}]]]]}]}`,
		`{"line_items":[` + rep(50, `{"amount":-1,"discountAmount":1}`) + `]}`,
		`{"email":"a@@b"}`,
		`{"` + strings.Repeat("é", 200) + `":1}`,
	} {
		f.Add([]byte(s))
	}
}

func chance(r *rand.Rand, num, den int) bool { return r.Intn(den) < num }

func optInt(r *rand.Rand, lo, hi int64) session.Opt[int64] {
	if chance(r, 1, 3) {
		return session.Opt[int64]{}
	}
	return session.Some(lo + r.Int63n(hi-lo+1))
}

func optStr(r *rand.Rand, xs ...string) string {
	if chance(r, 1, 3) {
		return ""
	}
	return propgen.Pick(r, xs...)
}

// effective is the Primer session's effective amount, by pricing (the
// override, else the calculated amount).
func effective(s session.Session) (int64, bool) {
	q, err := pricing.Calculate(s)
	if err != nil {
		return 0, false
	}
	return q.Amount()
}

func joinN(n int, item string) string { return strings.TrimSuffix(strings.Repeat(item+",", n), ",") }

// decoders are the Primer create-request decoder and KOMOJU's, each
// returning only its error, so that one test runs every limit through both.
var decoders = map[string]func([]byte) error{
	"request": func(b []byte) error { _, err := session.DecodeRequest(b); return err },
	"komoju":  func(b []byte) error { _, err := Decode(b); return err },
}

// session's TestDecodeMemoryBounded cases, for KOMOJU: the same shapes cost the
// same bounded memory.
func TestDecodeKomojuMemoryBounded(t *testing.T) {
	inner := "[" + joinN(session.MaxArrayLen, "[]") + "]"
	cases := map[string]string{
		"empty arrays":    `{"payment_data":{"a":[` + joinN(session.MaxArrayLen, inner) + `]}}`,
		"empty items":     `{"line_items":[` + joinN(session.MaxLineItems, `{}`) + `],"payment_types":[` + joinN(session.MaxArrayLen, `"konbini"`) + `]}`,
		"escaped keys":    `{"metadata":{` + strings.Repeat(`"\u0041":1,`, session.MaxMetadataKeys) + `"x":1}}`,
		"unknown fields":  `{"line_items":[` + joinN(session.MaxLineItems, `{"a":1,"b":2}`) + `]}`,
		"type errors":     `{"line_items":[` + joinN(session.MaxLineItems, `{"amount":"1"}`) + `]}`,
		"long string":     `{"email":"` + strings.Repeat("é", session.MaxInputBytes/2-20) + `"}`,
		"duplicate bombs": `{"metadata":{"k":{` + joinN(session.MaxObjectMembers, `"a":1`) + `}}}`,
	}
	for name, in := range cases {
		data := []byte(in)
		var m1, m2 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m1)
		Decode(data)
		runtime.ReadMemStats(&m2)
		if alloc, bound := m2.TotalAlloc-m1.TotalAlloc, uint64(8*len(data))+16<<20; alloc > bound {
			t.Errorf("%s: %d input bytes cost %d bytes, more than %d", name, len(data), alloc, bound)
		}
	}
}
