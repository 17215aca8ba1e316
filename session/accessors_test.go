package session

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/sessionview"

	"github.com/paysession/paysession/currency"
)

// Table tests of the read accessors of Value and Session that
// the property tests do not reach: each checks the documented result on a
// value whose contents the test wrote itself.

func TestKindString(t *testing.T) {
	cases := map[Kind]string{
		KindAbsent: "absent", KindNull: "null", KindBool: "boolean", KindNumber: "number",
		KindString: "string", KindArray: "array", KindObject: "object", Kind(7): "Kind(7)", Kind(200): "Kind(200)",
	}
	for k, want := range cases {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", uint8(k), got, want)
		}
	}
}

func TestValueScalars(t *testing.T) {
	num, err := NumberValue("-1.5e3")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		v      Value
		kind   Kind
		str    string // Str's result when ok
		strOK  bool
		b      bool
		bOK    bool
		lit    string
		litOK  bool
		i      int64
		iOK    bool
		length int
	}{
		{name: "absent", v: Value{}, kind: KindAbsent},
		{name: "null", v: NullValue(), kind: KindNull},
		{name: "true", v: BoolValue(true), kind: KindBool, b: true, bOK: true},
		{name: "false", v: BoolValue(false), kind: KindBool, b: false, bOK: true},
		{name: "string", v: StringValue("héllo"), kind: KindString, str: "héllo", strOK: true},
		{name: "empty string", v: StringValue(""), kind: KindString, str: "", strOK: true},
		{name: "int", v: IntValue(-42), kind: KindNumber, lit: "-42", litOK: true, i: -42, iOK: true},
		{name: "min int", v: IntValue(-9223372036854775808), kind: KindNumber, lit: "-9223372036854775808", litOK: true, i: -9223372036854775808, iOK: true},
		{name: "exponent", v: num, kind: KindNumber, lit: "-1.5e3", litOK: true},
		{name: "array", v: ArrayValue(IntValue(1), Value{}), kind: KindArray, length: 2},
		{name: "object", v: mustObject(Member{"a", IntValue(1)}), kind: KindObject, length: 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := c.v
			if v.Kind() != c.kind || v.IsAbsent() != (c.kind == KindAbsent) {
				t.Errorf("Kind %v IsAbsent %v, want %v", v.Kind(), v.IsAbsent(), c.kind)
			}
			if s, ok := v.Str(); ok != c.strOK || (ok && s != c.str) {
				t.Errorf("Str() = %q, %v; want %q, %v", s, ok, c.str, c.strOK)
			}
			if b, ok := v.Bool(); ok != c.bOK || b != c.b {
				t.Errorf("Bool() = %v, %v; want %v, %v", b, ok, c.b, c.bOK)
			}
			if l, ok := v.Number(); ok != c.litOK || (ok && l != c.lit) {
				t.Errorf("Number() = %q, %v; want %q, %v", l, ok, c.lit, c.litOK)
			}
			if i, ok := v.Int(); ok != c.iOK || i != c.i {
				t.Errorf("Int() = %d, %v; want %d, %v", i, ok, c.i, c.iOK)
			}
			if v.Len() != c.length {
				t.Errorf("Len() = %d, want %d", v.Len(), c.length)
			}
		})
	}
}

func TestValueIntNotInteger(t *testing.T) {
	for _, lit := range []string{"1.0", "1e3", "1E3", "1.5", "9223372036854775808", "-9223372036854775809"} {
		v, err := NumberValue(lit)
		if err != nil {
			t.Fatalf("NumberValue(%q): %v", lit, err)
		}
		if i, ok := v.Int(); ok {
			t.Errorf("NumberValue(%q).Int() = %d, true; want false", lit, i)
		}
	}
	if _, ok := StringValue("7").Int(); ok {
		t.Error(`StringValue("7").Int() is ok`)
	}
}

func TestNumberValueGrammar(t *testing.T) {
	good := []string{"0", "-0", "1", "-1", "10", "0.5", "-0.5", "1e3", "1E+3", "1e-3", "123.456e789"}
	bad := []string{"", "-", "+1", "01", "-01", ".5", "1.", "1e", "1e+", "0x1", "NaN", "Inf", " 1", "1 ", "1.5.5", "--1", "1_000"}
	for _, s := range good {
		v, err := NumberValue(s)
		if err != nil {
			t.Errorf("NumberValue(%q): %v", s, err)
			continue
		}
		if lit, _ := v.Number(); lit != s || string(v.AppendJSON(nil)) != s {
			t.Errorf("NumberValue(%q) keeps %q, writes %s", s, lit, v.AppendJSON(nil))
		}
	}
	for _, s := range bad {
		if v, err := NumberValue(s); !errors.Is(err, ErrNumberSyntax) || !v.IsAbsent() {
			t.Errorf("NumberValue(%q) = %v, %v; want ErrNumberSyntax", s, v, err)
		}
	}
}

func TestObjectValueDuplicateKey(t *testing.T) {
	v, err := ObjectValue(Member{"b", IntValue(1)}, Member{"a", NullValue()}, Member{"b", IntValue(2)})
	if !errors.Is(err, ErrDuplicateKey) || !v.IsAbsent() {
		t.Errorf("got %v, %v; want ErrDuplicateKey", v, err)
	}
	// An absent member is left out before duplicates are looked for.
	v, err = ObjectValue(Member{"a", Value{}}, Member{"a", IntValue(1)})
	if err != nil || string(v.AppendJSON(nil)) != `{"a":1}` {
		t.Errorf("got %s, %v; want {\"a\":1}", v.AppendJSON(nil), err)
	}
}

func TestValueContainers(t *testing.T) {
	arr := ArrayValue(StringValue("x"), Value{}, IntValue(3))
	obj := mustObject(Member{"z", IntValue(26)}, Member{"a", arr}, Member{"m", BoolValue(true)})

	if got := string(arr.Index(1).AppendJSON(nil)); got != "null" {
		t.Errorf("absent element became %s, want null", got)
	}
	var elems []string
	for i, e := range arr.Elements() {
		elems = append(elems, string(rune('0'+i))+"="+string(e.AppendJSON(nil)))
	}
	if strings.Join(elems, " ") != `0="x" 1=null 2=3` {
		t.Errorf("Elements: %v", elems)
	}
	var keys []string
	for i := 0; i < obj.Len(); i++ {
		k, _ := obj.Member(i)
		keys = append(keys, k)
	}
	if strings.Join(keys, ",") != "a,m,z" {
		t.Errorf("Member order %v, want a,m,z", keys)
	}
	keys = keys[:0]
	for k, v := range obj.Members() {
		keys = append(keys, k+"="+string(v.AppendJSON(nil)))
	}
	if strings.Join(keys, " ") != `a=["x",null,3] m=true z=26` {
		t.Errorf("Members: %v", keys)
	}
	if v, ok := obj.Lookup("m"); !ok || !v.Equal(BoolValue(true)) {
		t.Errorf("Lookup(m) = %v, %v", v, ok)
	}
	if v, ok := obj.Lookup("b"); ok || !v.IsAbsent() {
		t.Errorf("Lookup(b) = %v, %v; want absent", v, ok)
	}
	if v, ok := arr.Lookup("a"); ok || !v.IsAbsent() {
		t.Errorf("Lookup on an array = %v, %v; want absent", v, ok)
	}
	// Iterating over the wrong kind yields nothing; stopping early stops.
	for range obj.Elements() {
		t.Error("Elements of an object yielded")
	}
	for range arr.Members() {
		t.Error("Members of an array yielded")
	}
	n := 0
	for range arr.Elements() {
		n++
		break
	}
	for range obj.Members() {
		n++
		break
	}
	if n != 2 {
		t.Errorf("break: %d iterations, want 2", n)
	}
}

func TestValueEqual(t *testing.T) {
	a := ArrayValue(IntValue(1), StringValue("x"))
	cases := []struct {
		v, w Value
		want bool
	}{
		{Value{}, Value{}, true},
		{Value{}, NullValue(), false},
		{IntValue(1), IntValue(1), true},
		{IntValue(1), mustNumber("1.0"), false}, // literals differ: not the same JSON text
		{StringValue("1"), IntValue(1), false},
		{a, ArrayValue(IntValue(1), StringValue("x")), true},
		{a, ArrayValue(IntValue(1), StringValue("y")), false},
		{a, ArrayValue(IntValue(1)), false},
		{mustObject(Member{"a", a}), mustObject(Member{"a", ArrayValue(IntValue(1), StringValue("x"))}), true},
		{mustObject(Member{"a", IntValue(1)}), mustObject(Member{"b", IntValue(1)}), false},
		{mustObject(Member{"a", IntValue(1)}), mustObject(Member{"a", IntValue(2)}), false},
	}
	for i, c := range cases {
		if got, back := c.v.Equal(c.w), c.w.Equal(c.v); got != c.want || back != c.want {
			t.Errorf("case %d: %s Equal %s = %v/%v, want %v", i, c.v.AppendJSON(nil), c.w.AppendJSON(nil), got, back, c.want)
		}
	}
}

func mustNumber(lit string) Value {
	v, err := NumberValue(lit)
	if err != nil {
		panic(err)
	}
	return v
}

func TestAppendStringEscapes(t *testing.T) {
	cases := map[string]string{
		"plain":          `"plain"`,
		"q\"b\\":         `"q\"b\\"`,
		"\n\r\t":         `"\n\r\t"`,
		"\x00\x1f\b\f":   `"\u0000\u001f\u0008\u000c"`,
		"<&>":            `"<&>"`,
		"é日😀":            `"é日😀"`,
		"a\xffb":         "\"a\ufffdb\"",
		"\xc3":           "\"\ufffd\"",
		"x\u2028y\u2029": `"x\u2028y\u2029"`,
	}
	for in, want := range cases {
		if got := string(StringValue(in).AppendJSON(nil)); got != want {
			t.Errorf("%q: got %s, want %s", in, got, want)
		}
	}
}

func TestQuoteClips(t *testing.T) {
	long := strings.Repeat("x", 100)
	if got := quote(long); got != `"`+strings.Repeat("x", 64)+`"…` {
		t.Errorf("quote(100 x) = %s", got)
	}
	// Never half a character: 63 x and a 2-byte é leave the é out.
	if got := quote(strings.Repeat("x", 63) + "éé"); got != `"`+strings.Repeat("x", 63)+`"…` {
		t.Errorf("quote cut inside a rune: %s", got)
	}
	if got := quote(`a"b`); got != `"a\"b"` {
		t.Errorf("quote = %s", got)
	}
}

func accessorSession(t *testing.T) Session {
	t.Helper()
	s, err := New(Params{
		OrderID:      "o-1",
		CurrencyCode: "GBP",
		Order: Order{
			LineItems: []LineItem{
				{ItemID: "a", Amount: Some[int64](500), Quantity: Some[int64](2), DiscountAmount: Some[int64](10), TaxAmount: Some[int64](20)},
				{ItemID: "b", Amount: Some[int64](7)},
			},
			CountryCode:         "GB",
			RetailerCountryCode: "FR",
			Fees:                []Fee{{Type: "HANDLING", Amount: Some[int64](30), Description: "h"}, {Type: FeeTypeSurcharge, Amount: Some[int64](5)}},
			Shipping:            Shipping{Amount: Some[int64](50), MethodID: "std"},
		},
		Metadata: map[string]Value{"b": IntValue(2), "a": StringValue("x"), "c": NullValue()},
		PaymentMethod: PaymentMethod{
			VaultOnSuccess:             Some(true),
			Descriptor:                 "shop",
			PaymentType:                "ECOMMERCE",
			OrderedAllowedCardNetworks: []string{"VISA", "MASTERCARD"},
			AuthorizationType:          "FINAL",
			FirstPaymentReason:         "CardOnFile",
			Options: map[string]MethodOptions{
				MethodPaymentCard: {
					CaptureVaultedCardCVV: Some(false),
					Networks:              map[string]NetworkOptions{"VISA": {Surcharge: Some[int64](9)}, "AMEX": {}},
				},
				"PAYPAL":       {Surcharge: Some[int64](3)},
				MethodApplePay: {MerchantName: "Shop", RecurringPaymentRequest: mustObject(Member{"paymentDescription", StringValue("d")})},
			},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSessionAccessors(t *testing.T) {
	s := accessorSession(t)
	if c, err := s.Currency(); err != nil || c.String() != "GBP" {
		t.Errorf("Currency() = %v, %v", c, err)
	}
	if s.RetailerCountryCode() != "FR" || s.OrderCountryCode() != "GB" {
		t.Errorf("country codes %q %q", s.OrderCountryCode(), s.RetailerCountryCode())
	}
	if f := s.Fee(1); f.Type != FeeTypeSurcharge || f.Amount != Some[int64](5) {
		t.Errorf("Fee(1) = %+v", f)
	}
	if typ, amt := viewFeeAmount(s, 0); typ != "HANDLING" || amt != Some[int64](30) {
		t.Errorf("FeeAmount(0) = %q %v", typ, amt)
	}
	a, q, d, x := lineItemAmounts(s, 0)
	if a != Some[int64](500) || q != Some[int64](2) || d != Some[int64](10) || x != Some[int64](20) {
		t.Errorf("LineItemAmounts(0) = %v %v %v %v", a, q, d, x)
	}
	if a, q, d, x := lineItemAmounts(s, 1); a != Some[int64](7) || q.IsSet() || d.IsSet() || x.IsSet() {
		t.Errorf("LineItemAmounts(1) = %v %v %v %v", a, q, d, x)
	}
	if shippingAmount(s) != Some[int64](50) {
		t.Errorf("ShippingAmount() = %v", shippingAmount(s))
	}
	if s.NumAllowedCardNetworks() != 2 || s.AllowedCardNetwork(0) != "VISA" || s.AllowedCardNetwork(1) != "MASTERCARD" {
		t.Errorf("allowed networks %d", s.NumAllowedCardNetworks())
	}
	if got := slices.Collect(s.PaymentMethodTypes()); !slices.Equal(got, []string{MethodApplePay, MethodPaymentCard, "PAYPAL"}) {
		t.Errorf("PaymentMethodTypes() = %v", got)
	}
	for range s.PaymentMethodTypes() {
		break // stopping early must not panic
	}
	var md []string
	for k, v := range s.Metadata() {
		md = append(md, k+"="+string(v.AppendJSON(nil)))
	}
	if strings.Join(md, " ") != `a="x" b=2 c=null` {
		t.Errorf("Metadata() = %v", md)
	}
	for range s.Metadata() {
		break
	}
	if v, ok := s.MetadataValue("b"); !ok || !v.Equal(IntValue(2)) {
		t.Errorf("MetadataValue(b) = %v %v", v, ok)
	}
	if v, ok := s.MetadataValue("zz"); ok || !v.IsAbsent() {
		t.Errorf("MetadataValue(zz) = %v %v", v, ok)
	}
	n := 0
	for range s.NumLineItems() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("LineItems break: %d", n)
	}
}

func TestMethodOptionAccessors(t *testing.T) {
	s := accessorSession(t)
	if viewNumMethodOptions(s) != 3 {
		t.Fatalf("NumMethodOptions = %d, want 3", viewNumMethodOptions(s))
	}
	apple, o := viewMethodOptionsAt(s, 0)
	if apple != MethodApplePay || o.MerchantName != "Shop" || o.RecurringPaymentRequest.Kind() != KindObject || !o.DeferredPaymentRequest.IsAbsent() {
		t.Errorf("MethodOptionsAt(0) = %q %+v", apple, o)
	}
	card, o := viewMethodOptionsAt(s, 1)
	if card != MethodPaymentCard || o.CaptureVaultedCardCVV != Some(false) || o.Networks != nil || o.Surcharge.IsSet() {
		t.Errorf("MethodOptionsAt(1) = %q %+v", card, o)
	}
	if paypal, _ := viewMethodOptionsAt(s, 2); paypal != "PAYPAL" {
		t.Errorf("MethodOptionsAt(2) = %q", paypal)
	}
	if n := viewNumNetworksAt(s, 1); n != 2 {
		t.Errorf("NumNetworksAt(card) = %d", n)
	}
	if n := viewNumNetworksAt(s, 0) + viewNumNetworksAt(s, 2); n != 0 {
		t.Errorf("networks of APPLE_PAY and PAYPAL: %d", n)
	}
	if name, o := viewNetworkAt(s, 1, 0); name != "AMEX" || o.Surcharge.IsSet() {
		t.Errorf("NetworkAt(1, 0) = %q %+v", name, o)
	}
	if name, o := viewNetworkAt(s, 1, 1); name != "VISA" || o.Surcharge != Some[int64](9) {
		t.Errorf("NetworkAt(1, 1) = %q %+v", name, o)
	}
	pm := viewPaymentMethod(s)
	want := PaymentMethod{VaultOnSuccess: Some(true), Descriptor: "shop", PaymentType: "ECOMMERCE", AuthorizationType: "FINAL", FirstPaymentReason: "CardOnFile"}
	if pm.VaultOnSuccess != want.VaultOnSuccess || pm.VaultOn3DS.IsSet() || pm.Descriptor != want.Descriptor || pm.PaymentType != want.PaymentType ||
		pm.AuthorizationType != want.AuthorizationType || pm.FirstPaymentReason != want.FirstPaymentReason ||
		pm.OrderedAllowedCardNetworks != nil || pm.Options != nil {
		t.Errorf("PaymentMethodScalars() = %+v", pm)
	}
	// The zero session answers every accessor with "absent".
	var z Session
	if viewNumMethodOptions(z) != 0 || z.NumAllowedCardNetworks() != 0 || shippingAmount(z).IsSet() {
		t.Error("zero session has options")
	}
	if _, err := z.Currency(); !errors.Is(err, currency.ErrMalformed) {
		t.Errorf("zero session Currency() error %v, want ErrMalformed", err)
	}
}

func TestHasSurcharges(t *testing.T) {
	cases := []struct {
		name string
		opts map[string]MethodOptions
		want bool
	}{
		{"none", nil, false},
		{"options without surcharge", map[string]MethodOptions{"KLARNA": {MerchantName: "m"}, MethodPaymentCard: {Networks: map[string]NetworkOptions{"VISA": {}}}}, false},
		{"method surcharge", map[string]MethodOptions{"PAYPAL": {Surcharge: Some[int64](0)}}, true},
		{"network surcharge", map[string]MethodOptions{"KLARNA": {}, MethodPaymentCard: {Networks: map[string]NetworkOptions{"AMEX": {}, "VISA": {Surcharge: Some[int64](1)}}}}, true},
	}
	for _, c := range cases {
		s := mustNew(Params{PaymentMethod: PaymentMethod{Options: c.opts}})
		if got := s.HasSurcharges(); got != c.want {
			t.Errorf("%s: HasSurcharges() = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestPaymentMethodIsZero(t *testing.T) {
	if !(PaymentMethod{}).IsZero() {
		t.Error("zero PaymentMethod is not zero")
	}
	nonZero := []PaymentMethod{
		{VaultOnSuccess: Some(false)}, {VaultOn3DS: Some(true)}, {VaultOnAgreement: Some(false)},
		{Descriptor: "d"}, {PaymentType: "ECOMMERCE"}, {OrderedAllowedCardNetworks: []string{"VISA"}},
		{Options: map[string]MethodOptions{"PAYPAL": {}}}, {AuthorizationType: "FINAL"}, {FirstPaymentReason: "Recurring"},
	}
	for i, p := range nonZero {
		if p.IsZero() {
			t.Errorf("case %d: %+v reports zero", i, p)
		}
	}
}

func TestSessionEqualDistinguishes(t *testing.T) {
	base := accessorSession(t)
	p := base.Params()
	change := []func(p *Params){
		func(p *Params) { p.Metadata["a"] = StringValue("y") },
		func(p *Params) { p.PaymentMethod.OrderedAllowedCardNetworks = []string{"VISA"} },
		func(p *Params) { p.PaymentMethod.FirstPaymentReason = "Recurring" },
		func(p *Params) { p.PaymentMethod.VaultOn3DS = Some(true) },
		func(p *Params) {
			o := p.PaymentMethod.Options["PAYPAL"]
			o.Surcharge = Some[int64](4)
			p.PaymentMethod.Options["PAYPAL"] = o
		},
		func(p *Params) { p.Order.RetailerCountryCode = "DE" },
	}
	for i, f := range change {
		q := base.Params()
		f(&q)
		if s := mustNew(q); s.Equal(base) || base.Equal(s) {
			t.Errorf("change %d: sessions still equal", i)
		}
	}
	if !mustNew(p).Equal(base) {
		t.Error("session rebuilt from its Params differs")
	}
}

func TestNewRejectsShapes(t *testing.T) {
	_, err := New(Params{
		Order: Order{LineItems: []LineItem{{}, {ProductData: ProductData{Weight: "heavy"}}, {ProductData: ProductData{Weight: "0.5"}}}},
		PaymentMethod: PaymentMethod{Options: map[string]MethodOptions{
			"GOOGLE_PAY": {AutomaticReloadRequest: mustObject(), DeferredPaymentRequest: mustObject(), CaptureVaultedCardCVV: Some(true)},
		}},
	})
	wantErrors(t, err,
		fe("$.order.lineItems[1].productData.weight", fielderr.CodeType),
		fe("$.paymentMethod.options.GOOGLE_PAY.captureVaultedCardCvv", fielderr.CodeUnknownField),
		fe("$.paymentMethod.options.GOOGLE_PAY.deferredPaymentRequest", fielderr.CodeUnknownField),
		fe("$.paymentMethod.options.GOOGLE_PAY.automaticReloadRequest", fielderr.CodeUnknownField),
	)
	var l fielderr.List
	if errors.As(err, &l) && !strings.Contains(l[0].Message, `"heavy"`) {
		t.Errorf("weight message %q does not quote the value", l[0].Message)
	}
}

func TestPatchSetShippingAddress(t *testing.T) {
	s := mustNew(Params{Customer: Customer{EmailAddress: "a@b.c", BillingAddress: Address{City: "Paris"}, ShippingAddress: Address{City: "Lyon", PostalCode: "69001"}}})
	got := s.Apply(mustPatch(new(PatchBuilder).SetShippingAddress(Address{CountryCode: "FR"})))
	want := Customer{EmailAddress: "a@b.c", BillingAddress: Address{City: "Paris"}, ShippingAddress: Address{CountryCode: "FR"}}
	if got.Customer() != want {
		t.Errorf("customer after patch %+v, want %+v (the address replaced whole, the rest kept)", got.Customer(), want)
	}
	if s.Customer().ShippingAddress.City != "Lyon" {
		t.Error("Apply changed the original session")
	}
}

// The readers internal/sessionview gives pricing and validation, as they
// assert them (asserted at each call: the package's own variables are set
// before its init function installs the readers).
func viewOrder(s Session) ([]LineItem, []Fee, Opt[int64]) {
	return sessionview.Order.(func(Session) ([]LineItem, []Fee, Opt[int64]))(s)
}
func viewPaymentMethod(s Session) PaymentMethod {
	return sessionview.PaymentMethod.(func(Session) PaymentMethod)(s)
}
func viewNumMethodOptions(s Session) int { return sessionview.NumMethodOptions.(func(Session) int)(s) }
func viewMethodOptionsAt(s Session, i int) (string, MethodOptions) {
	return sessionview.MethodOptionsAt.(func(Session, int) (string, MethodOptions))(s, i)
}
func viewNumNetworksAt(s Session, i int) int {
	return sessionview.NumNetworksAt.(func(Session, int) int)(s, i)
}
func viewNetworkAt(s Session, i, j int) (string, NetworkOptions) {
	return sessionview.NetworkAt.(func(Session, int, int) (string, NetworkOptions))(s, i, j)
}

func lineItemAmounts(s Session, i int) (amount, quantity, discount, tax Opt[int64]) {
	lines, _, _ := viewOrder(s)
	li := &lines[i]
	return li.Amount, li.Quantity, li.DiscountAmount, li.TaxAmount
}

func viewFeeAmount(s Session, i int) (string, Opt[int64]) {
	_, fees, _ := viewOrder(s)
	return fees[i].Type, fees[i].Amount
}

func shippingAmount(s Session) Opt[int64] {
	_, _, ship := viewOrder(s)
	return ship
}
