package session

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
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
	got, err := DecodeKomoju([]byte(in))
	if err != nil {
		t.Fatalf("DecodeKomoju: %v", err)
	}
	pd, _ := ObjectValue(Member{Key: "external_order_num", Value: StringValue("o-1")})
	want := KomojuParams{
		Mode:               "payment",
		ReturnURL:          "https://shop.example/done",
		Amount:             Some[int64](1500),
		Currency:           "JPY",
		Email:              "taro@example.jp",
		ExpiresInSeconds:   Some[int64](3600),
		ExternalCustomerID: "cust-1",
		CustomerID:         "kc_1",
		PaymentTypes:       []string{"credit_card", "konbini"},
		DefaultLocale:      "ja",
		LineItems: []KomojuLineItem{
			{Amount: Some[int64](500), Description: "Mug", Quantity: Some[int64](2), Image: "https://shop.example/m.png", ExternalProductNum: "p-1"},
			{Amount: Some[int64](500)},
		},
		Metadata:    map[string]Value{"order": StringValue("o-1"), "n": IntValue(7)},
		PaymentData: pd,
	}
	if !reflect.DeepEqual(got.Params(), want) {
		t.Fatalf("decoded\n %+v\nwant\n %+v", got.Params(), want)
	}
	if !got.Equal(NewKomoju(want)) {
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
	k, err := DecodeKomoju([]byte(`{"amount":100,"currency":"JPY","line_items":[{"amount":100}],"mode":null}`))
	if err != nil {
		t.Fatal(err)
	}
	if k.Mode() != "" || k.EffectiveMode() != KomojuModePayment {
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
		want []FieldError // Message not compared
	}{
		{"unknown top-level field", `{"amount":1,"currency":"JPY","amout":2}`,
			[]FieldError{{Path: "$.amout", Code: CodeUnknownField}}},
		{"unknown line item field", `{"line_items":[{"amount":1},{"amount":1,"price":3}]}`,
			[]FieldError{{Path: "$.line_items[1].price", Code: CodeUnknownField}}},
		{"amounts are JSON integers", `{"amount":7.5,"expires_in_seconds":"60","line_items":[{"amount":1e3,"quantity":true}]}`,
			[]FieldError{
				{Path: "$.amount", Code: CodeType},
				{Path: "$.expires_in_seconds", Code: CodeType},
				{Path: "$.line_items[0].amount", Code: CodeType},
				{Path: "$.line_items[0].quantity", Code: CodeType},
			}},
		{"integer outside int64", `{"amount":9223372036854775808}`,
			[]FieldError{{Path: "$.amount", Code: CodeRange}}},
		{"empty strings", `{"currency":"","payment_types":["konbini",""]}`,
			[]FieldError{{Path: "$.currency", Code: CodeEmpty}, {Path: "$.payment_types[1]", Code: CodeEmpty}}},
		{"wrong container types", `{"payment_types":"konbini","line_items":{},"metadata":[],"payment_data":"x"}`,
			[]FieldError{
				{Path: "$.payment_types", Code: CodeType},
				{Path: "$.line_items", Code: CodeType},
				{Path: "$.metadata", Code: CodeType},
				{Path: "$.payment_data", Code: CodeType},
			}},
		{"duplicate key", `{"amount":1,"amount":2}`,
			[]FieldError{{Path: "$.amount", Code: CodeDuplicateKey}}},
		{"metadata keys with odd characters", `{"metadata":{"a b":1,"a b":2}}`,
			[]FieldError{{Path: "$.metadata['a b']", Code: CodeDuplicateKey}}},
		{"not an object", `[]`, []FieldError{{Path: "$", Code: CodeType}}},
		{"syntax", `{"amount":1,}`, []FieldError{{Path: "$", Code: CodeSyntax}}},
		{"trailing garbage", `{} {}`, []FieldError{{Path: "$", Code: CodeSyntax}}},
		{"too deep", `{"payment_data":` + strings.Repeat(`{"a":`, 70) + `1` + strings.Repeat(`}`, 70) + `}`,
			[]FieldError{{Code: CodeTooLarge}}},
		{"too many line items", `{"line_items":[` + strings.Repeat(`{},`, MaxLineItems) + `{}]}`,
			[]FieldError{{Path: "$.line_items", Code: CodeTooLarge}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeKomoju([]byte(tt.in))
			var list ErrorList
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
	if z, err := DecodeKomoju(in); err == nil || !z.Equal(KomojuSession{}) {
		t.Fatalf("DecodeKomoju: %v, %s; want an error and the zero KomojuSession", err, z.AppendJSON(nil))
	}
	k, err := DecodeKomojuBestEffort(in)
	if err == nil {
		t.Fatal("no error")
	}
	if k.Currency() != "JPY" || k.NumLineItems() != 1 || k.LineItem(0).Amount != Some[int64](1) {
		t.Fatalf("best-effort value lost fields: %s", k.AppendJSON(nil))
	}
	if _, ok := k.Amount(); ok {
		t.Fatal("a bad amount was kept")
	}
}

func TestKomojuSessionMapping(t *testing.T) {
	k := NewKomoju(KomojuParams{
		Mode:               KomojuModePayment,
		ReturnURL:          "https://shop.example/done",
		Amount:             Some[int64](1200),
		Currency:           "JPY",
		Email:              "taro@example.jp",
		ExternalCustomerID: "cust-1",
		CustomerID:         "kc_1",
		LineItems: []KomojuLineItem{
			{Amount: Some[int64](500), Description: "Mug", Quantity: Some[int64](2), Image: "https://shop.example/m.png"},
			{Amount: Some[int64](200), ExternalProductNum: "p-2"},
		},
		Metadata: map[string]Value{"order": StringValue("o-1"), "n": IntValue(3)},
	})
	s := k.Session()
	want := Params{
		CurrencyCode: "JPY",
		CustomerID:   "cust-1",
		Customer:     Customer{EmailAddress: "taro@example.jp"},
		Order: Order{LineItems: []LineItem{
			{Description: "Mug", Amount: Some[int64](500), Quantity: Some[int64](2)},
			{Amount: Some[int64](200)},
		}},
		Metadata: map[string]Value{"order": StringValue("o-1"), "n": IntValue(3)},
		// 500×2 + 200 = 1200: the amount is the calculated one, no override.
	}
	if !reflect.DeepEqual(s.Params(), want) {
		t.Fatalf("Session() =\n %+v\nwant\n %+v", s.Params(), want)
	}

	// An amount that differs from the line items becomes the override.
	k2 := NewKomoju(KomojuParams{Amount: Some[int64](999), LineItems: []KomojuLineItem{{Amount: Some[int64](5)}}})
	if v, ok := k2.Session().AmountOverride(); !ok || v != 999 {
		t.Fatalf("override = %d, %v; want 999", v, ok)
	}
	k3 := NewKomoju(KomojuParams{Amount: Some[int64](0)})
	if v, ok := k3.Session().AmountOverride(); !ok || v != 0 {
		t.Fatalf("no line items: override = %d, %v; want 0, true", v, ok)
	}

	// Back: the effective amount, string metadata only.
	back, err := KomojuFromSession(s)
	if err != nil {
		t.Fatal(err)
	}
	wantBack := KomojuParams{
		Amount:             Some[int64](1200),
		Currency:           "JPY",
		Email:              "taro@example.jp",
		ExternalCustomerID: "cust-1",
		LineItems: []KomojuLineItem{
			{Amount: Some[int64](500), Description: "Mug", Quantity: Some[int64](2)},
			{Amount: Some[int64](200)},
		},
		Metadata: map[string]Value{"order": StringValue("o-1"), "n": StringValue("3")},
	}
	if !reflect.DeepEqual(back.Params(), wantBack) {
		t.Fatalf("KomojuFromSession =\n %+v\nwant\n %+v", back.Params(), wantBack)
	}

	// Discount, tax, fees and shipping are in the amount though not in the
	// KOMOJU line items.
	p := mustNew(Params{
		CurrencyCode: "USD",
		Order: Order{
			LineItems: []LineItem{{Amount: Some[int64](1000), DiscountAmount: Some[int64](100), TaxAmount: Some[int64](80)}},
			Fees:      []Fee{{Type: "HANDLING", Amount: Some[int64](20)}},
			Shipping:  Shipping{Amount: Some[int64](50)},
		},
	})
	if v, ok := mustKomoju(t, p).Amount(); !ok || v != 1000-100+80+20+50 {
		t.Fatalf("amount = %d, %v; want 1050", v, ok)
	}
	if _, ok := mustKomoju(t, mustNew(Params{CurrencyCode: "JPY"})).Amount(); ok {
		t.Fatal("a session with no amount gave a KOMOJU amount")
	}
}

func mustKomoju(t *testing.T, s Session) KomojuSession {
	t.Helper()
	k, err := KomojuFromSession(s)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// KomojuFromSession uses a line's name when it has no description, writes
// integer metadata as strings, leaves out other values, and refuses what
// KOMOJU would refuse: empty keys, keys over 30 characters, values over 2000.
func TestKomojuFromSessionMetadataAndNames(t *testing.T) {
	s := mustNew(Params{
		Order: Order{LineItems: []LineItem{
			{Name: "Tea", Amount: Some[int64](5)},
			{Name: "Mug", Description: "A blue mug", Amount: Some[int64](7)},
		}},
		Metadata: map[string]Value{"id": IntValue(-42), "s": StringValue("x"), "f": mustNumber("1.5"), "b": BoolValue(true)},
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
		val  Value
		code ErrorCode
	}{
		{"", StringValue("x"), CodeEmpty},
		{long, StringValue("x"), CodeTooLarge},
		{strings.Repeat("k", 30), StringValue(strings.Repeat("v", 2001)), CodeTooLarge},
	} {
		k, err := KomojuFromSession(mustNew(Params{Metadata: map[string]Value{tc.key: tc.val, "ok": StringValue("fine")}}))
		var l ErrorList
		if !errors.As(err, &l) || len(l) != 1 || l[0].Code != tc.code || !k.Equal(KomojuSession{}) {
			t.Errorf("key %q: %v, %+v", tc.key, err, k.Params())
			continue
		}
		if !strings.HasPrefix(l[0].Path, "$.metadata") || len(l[0].Message) > 200 || strings.Contains(l[0].Message, "vvvv") {
			t.Errorf("key %q: problem %+v", tc.key, l[0])
		}
	}
	ok30 := strings.Repeat("日", 30)
	if _, err := KomojuFromSession(mustNew(Params{Metadata: map[string]Value{ok30: StringValue(strings.Repeat("v", 2000))}})); err != nil {
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
		got, err := KomojuReturnURL(tt.url, tt.id)
		if err != nil || got != tt.want {
			t.Errorf("KomojuReturnURL(%q, %q) = %q, %v; want %q", tt.url, tt.id, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "/done", "shop.example/done", "ftp://shop.example/x", "https:///x", "mailto:a@b.c", "https://shop.example/%zz", "javascript:alert(1)"} {
		if got, err := KomojuReturnURL(bad, "abc"); !errors.Is(err, ErrReturnURL) {
			t.Errorf("KomojuReturnURL(%q) = %q, %v; want ErrReturnURL", bad, got, err)
		}
	}
}

func TestKomojuLaws(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())

	properties.Property("DecodeKomoju(AppendJSON(k)) equals k", prop.ForAll(
		func(k KomojuSession) bool {
			got, err := DecodeKomoju(k.AppendJSON(nil))
			return err == nil && got.Equal(k)
		}, genKomoju()))

	properties.Property("AppendJSON is valid JSON that encoding/json reads back to the same fields", prop.ForAll(
		func(k KomojuSession) bool {
			var m map[string]any
			if err := json.Unmarshal(k.AppendJSON(nil), &m); err != nil {
				return false
			}
			_, hasAmount := m["amount"]
			_, setAmount := k.Amount()
			return hasAmount == setAmount
		}, genKomoju()))

	properties.Property("NewKomoju copies its params, Params returns a copy", prop.ForAll(
		func(p KomojuParams) bool {
			want := p
			want.PaymentTypes = slices.Clone(p.PaymentTypes)
			want.LineItems = slices.Clone(p.LineItems)
			if p.Metadata != nil {
				want.Metadata = map[string]Value{}
				for key, v := range p.Metadata {
					want.Metadata[key] = v
				}
			}
			k := NewKomoju(p)
			for i := range p.PaymentTypes {
				p.PaymentTypes[i] = "x"
			}
			for i := range p.LineItems {
				p.LineItems[i].Amount = Some[int64](-1)
			}
			for key := range p.Metadata {
				p.Metadata[key] = BoolValue(true)
			}
			out := k.Params()
			for i := range out.LineItems {
				out.LineItems[i].Description = "x"
			}
			for key := range out.Metadata {
				out.Metadata[key] = NullValue()
			}
			return reflect.DeepEqual(k.Params(), want)
		}, genKomojuParams()))

	properties.Property("KomojuFromSession(k.Session()) keeps what maps", prop.ForAll(
		func(k KomojuSession) bool {
			back, err := KomojuFromSession(k.Session())
			if err != nil {
				// Only a key KOMOJU refuses (or a value too long) stops it.
				for key, v := range k.Metadata() {
					str, _ := v.Str()
					if key == "" || utf8.RuneCountInString(key) > KomojuMaxMetadataKeyLen || utf8.RuneCountInString(str) > KomojuMaxMetadataValueLen {
						return back.Equal(KomojuSession{})
					}
				}
				return false
			}
			if a, ok := k.Amount(); ok {
				if b, ok := back.Amount(); !ok || a != b {
					return false
				}
			}
			if back.Currency() != k.Currency() || back.Email() != k.Email() || back.ExternalCustomerID() != k.ExternalCustomerID() ||
				back.NumLineItems() != k.NumLineItems() {
				return false
			}
			for i, li := range k.LineItems() {
				b := back.LineItem(i)
				if b.Amount != li.Amount || b.Description != li.Description || b.Quantity != li.Quantity {
					return false
				}
			}
			for key, v := range k.Metadata() {
				got, ok := back.MetadataValue(key)
				n, isInt := v.Int()
				switch {
				case v.Kind() == KindString:
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
		func(k KomojuSession) bool {
			a, ok := k.Amount()
			if !ok {
				return true
			}
			e, eok := k.Session().get().effective()
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
	addHostileSeeds(f, true)
	f.Fuzz(func(t *testing.T, data []byte) {
		k, err := DecodeKomoju(data)
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %v is not a non-empty ErrorList", err)
			}
			if msg := boundedErrors(list); msg != "" {
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
		back, err := DecodeKomoju(enc)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", enc, err)
		}
		if !back.Equal(k) {
			t.Fatalf("round trip changed the session: %s vs %s", enc, back.AppendJSON(nil))
		}
	})
}

const benchKomoju = `{"mode":"payment","return_url":"https://shop.example/done","amount":1500,"currency":"JPY","email":"taro@example.jp","expires_in_seconds":3600,"external_customer_id":"cust-1","payment_types":["credit_card","konbini"],"default_locale":"ja","line_items":[{"amount":500,"description":"Mug","quantity":2,"image":"https://shop.example/m.png","external_product_num":"p-1"},{"amount":500,"description":"Book"}],"metadata":{"order":"o-1","campaign":"spring"},"payment_data":{"external_order_num":"o-1"}}`

var komojuSink KomojuSession

// BenchmarkDecodeKomoju decodes a typical request strictly.
// BenchmarkDecodeKomojuBaselineStdlib decodes the same bytes with
// encoding/json into an equivalent struct (with DisallowUnknownFields off and
// no paths, no error list): the ratio is the cost of strictness.
func BenchmarkDecodeKomoju(b *testing.B) {
	data := []byte(benchKomoju)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		komojuSink, _ = DecodeKomoju(data)
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
	k, _ := DecodeKomoju([]byte(benchKomoju))
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
		{"payment_types", `{"payment_types":[` + strings.Repeat(`"a",`, MaxArrayLen) + `"a"]}`, "$.payment_types"},
		{"metadata keys", `{"metadata":{` + komojuKeys(MaxMetadataKeys+1) + `}}`, "$.metadata"},
		{"depth", `{"metadata":{"a":` + strings.Repeat(`[`, MaxDepth) + strings.Repeat(`]`, MaxDepth) + `}}`, ""},
		{"size", `{"email":"` + strings.Repeat("a", MaxInputBytes) + `"}`, "$"},
	}
	for _, tt := range tests {
		_, err := DecodeKomoju([]byte(tt.in))
		var list ErrorList
		if !errors.As(err, &list) || len(list) != 1 || list[0].Code != CodeTooLarge || (tt.path != "" && list[0].Path != tt.path) {
			t.Errorf("%s: err = %v; want one too_large error at %q", tt.name, err, tt.path)
		}
	}
	// At the bounds, fine.
	ok := `{"line_items":[` + strings.Repeat(`{},`, MaxLineItems-1) + `{}],"metadata":{` + komojuKeys(MaxMetadataKeys) + `}}`
	if k, err := DecodeKomoju([]byte(ok)); err != nil || k.NumLineItems() != MaxLineItems || k.NumMetadata() != MaxMetadataKeys {
		t.Errorf("at the bounds: %v", err)
	}
}

func komojuKeys(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"k` + strconv.Itoa(i) + `":"v"`)
	}
	return b.String()
}
