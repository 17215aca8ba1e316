package model

import (
	"slices"
	"strings"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/jsonvalue"
)

func decoded(t *testing.T, doc string) *Data {
	t.Helper()
	d, _, err := DecodeRequest([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSelection: selecting a method takes every SURCHARGE fee off, then puts
// one with the configured amount on when there is one: with a line item, no
// override, not KLARNA, a positive amount (per network for cards).
func TestSelection(t *testing.T) {
	d := decoded(t, maximal)
	noOverride := *d
	noOverride.Amount = Opt[int64]{}
	cases := []struct {
		d               *Data
		method, network string
		want            int64 // 0: no surcharge fee
	}{
		{&noOverride, "APPLE_PAY", "", 4},
		{&noOverride, "PAYMENT_CARD", "VISA", 9},
		{&noOverride, "PAYMENT_CARD", "AMEX", 0},       // a network without an amount
		{&noOverride, "PAYMENT_CARD", "", 0},           // no network
		{&noOverride, "PAYMENT_CARD", "JCB", 0},        // a network without an entry
		{&noOverride, "KLARNA", "", 0},                 // never a surcharge
		{&noOverride, "PAYPAL", "", 0},                 // no options
		{d, "APPLE_PAY", "", 0},                        // the override wins
		{&Data{PM: noOverride.PM}, "APPLE_PAY", "", 0}, // no line item
	}
	for _, c := range cases {
		got, ok := SelectionSurcharge(c.d, c.method, c.network)
		if ok != (c.want != 0) || got != c.want {
			t.Errorf("SelectionSurcharge(%s, %s) = %d, %v; want %d", c.method, c.network, got, ok, c.want)
		}
		s := Select(c.d, c.method, c.network)
		var surcharges []int64
		for _, f := range s.Order.Fees {
			if f.Type == FeeTypeSurcharge {
				surcharges = append(surcharges, f.Amount.Or(-1))
			}
		}
		if c.want == 0 && len(surcharges) != 0 || c.want != 0 && (len(surcharges) != 1 || surcharges[0] != c.want) {
			t.Errorf("Select(%s, %s): surcharge fees %v; want %d", c.method, c.network, surcharges, c.want)
		}
		var others, before []Fee
		for _, f := range s.Order.Fees {
			if f.Type != FeeTypeSurcharge {
				others = append(others, f)
			}
		}
		for _, f := range c.d.Order.Fees {
			if f.Type != FeeTypeSurcharge {
				before = append(before, f)
			}
		}
		if !slices.Equal(others, before) {
			t.Errorf("Select(%s, %s): other fees not kept: %+v", c.method, c.network, s.Order.Fees)
		}
	}
	if u := Unselect(&Data{Order: OrderData{Fees: []Fee{{Type: "HANDLING"}}}}); len(u.Order.Fees) != 1 {
		t.Errorf("Unselect without a surcharge: %+v", u.Order.Fees)
	}
	if u := Unselect(&Data{Order: OrderData{Fees: []Fee{{Type: FeeTypeSurcharge}}}}); u.Order.Fees != nil {
		t.Errorf("Unselect of the only fee: %+v, want nil (canonical)", u.Order.Fees)
	}
	if !d.HasSurcharges() || (&Data{}).HasSurcharges() {
		t.Error("HasSurcharges")
	}
	if (&Data{PM: PaymentMethodData{Options: []MethodOptionsData{{Type: "X", Networks: []NetworkData{{Name: "V", Surcharge: Some[int64](1)}}}}}}).HasSurcharges() != true {
		t.Error("HasSurcharges misses a network surcharge")
	}
	if _, ok := d.MethodSurcharge("NONE"); ok {
		t.Error("MethodSurcharge of a method without options")
	}
	if _, ok := d.NetworkSurcharge("NONE", "VISA"); ok {
		t.Error("NetworkSurcharge of a method without options")
	}
}

// TestMask: every personal field is masked, whether set or not stays
// visible, and nothing else changes; a masked value keeps its structure.
func TestMask(t *testing.T) {
	d := decoded(t, maximal)
	m := MaskData(d)
	out := string(AppendRequest(nil, m))
	for _, personal := range []string{"ada@example.com", "+3312345678", "Lovelace", "1 Rue", "Apt 2", "Paris", "75001", "Lyon", "FR123", "ID-9"} {
		if strings.Contains(out, personal) {
			t.Errorf("masked output shows %q", personal)
		}
	}
	for _, kept := range []string{`"orderId":"ord-1"`, `"amount":1234`, `"countryCode":"FR"`, `"state":"IDF"`, `"itemId":"i1"`} {
		if !strings.Contains(out, kept) {
			t.Errorf("masked output lost %s", kept)
		}
	}
	if !Equal(d, decoded(t, maximal)) {
		t.Error("MaskData changed its argument")
	}
	if (&Data{}).Customer != MaskData(&Data{}).Customer {
		t.Error("masking an empty customer set a field")
	}
	mv := MaskValue(d.Metadata[0].Value)
	if mv.String() != `["***","***",null,true]` {
		t.Errorf("MaskValue = %s", mv)
	}
	obj := MaskValue(d.Metadata[1].Value)
	if obj.String() != `{"c":"***"}` {
		t.Errorf("MaskValue(object) = %s", obj)
	}

	pd, err := DecodePatch([]byte(`{"customer":{"emailAddress":"ada@example.com","firstName":null,"billingAddress":{"city":"Paris"},"shippingAddress":null}}`))
	if err != nil {
		t.Fatal(err)
	}
	got := string(AppendPatch(nil, MaskPatch(pd)))
	if got != `{"customer":{"emailAddress":"***","firstName":null,"billingAddress":{"city":"***"},"shippingAddress":null}}` {
		t.Errorf("MaskPatch = %s", got)
	}
}

// TestNewDataWithItems: the data and its n line items, zeroed, of exactly n
// at every size (one block up to 32 lines).
func TestNewDataWithItems(t *testing.T) {
	for n := 0; n <= 40; n++ {
		d, items := NewDataWithItems(n)
		if d == nil || len(items) != n || cap(items) != n || d.OrderID != "" {
			t.Fatalf("n=%d: %v, %d items of capacity %d", n, d, len(items), cap(items))
		}
		for i := range items {
			if items[i] != (LineItem{}) {
				t.Fatalf("n=%d: item %d not zero", n, i)
			}
		}
	}
}

// TestChecks: New's and a PatchBuilder's own checks, on the representation.
func TestChecks(t *testing.T) {
	errs := CheckWeights(nil, []LineItem{{ProductData: ProductData{Weight: "0.5"}}, {ProductData: ProductData{Weight: "heavy"}}, {}})
	if len(errs) != 1 || errs[0].Path != "$.order.lineItems[1].productData.weight" || errs[0].Code != fielderr.CodeType {
		t.Errorf("CheckWeights = %v", errs)
	}
	obj, _ := jsonvalue.Object(jsonvalue.Member{Key: "a", Value: jsonvalue.Int(1)})
	errs = CheckOptionShapes(nil, []MethodOptionsData{
		{Type: MethodPaymentCard, Surcharge: Some[int64](1), Merchant: "m", Extra: obj, Recurring: obj},
		{Type: MethodApplePay, Extra: obj, Networks: []NetworkData{{Name: "V"}}, CaptureCVV: Some(true)},
		{Type: "PAYPAL", Deferred: obj, Reload: obj},
		{Type: MethodKlarna, Extra: obj, Surcharge: Some[int64](1), Merchant: "k"},
	})
	var got []string
	for _, e := range errs {
		if e.Code != fielderr.CodeUnknownField {
			t.Errorf("code %s", e.Code)
		}
		got = append(got, e.Path)
	}
	want := []string{
		"$.paymentMethod.options.PAYMENT_CARD.surcharge", "$.paymentMethod.options.PAYMENT_CARD.merchantName",
		"$.paymentMethod.options.PAYMENT_CARD.extraMerchantData", "$.paymentMethod.options.PAYMENT_CARD.recurringPaymentRequest",
		"$.paymentMethod.options.APPLE_PAY.networks", "$.paymentMethod.options.APPLE_PAY.captureVaultedCardCvv",
		"$.paymentMethod.options.APPLE_PAY.extraMerchantData",
		"$.paymentMethod.options.PAYPAL.deferredPaymentRequest", "$.paymentMethod.options.PAYPAL.automaticReloadRequest",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("CheckOptionShapes paths:\n got %v\nwant %v", got, want)
	}
	if md := MembersOf(map[string]jsonvalue.Value{"b": jsonvalue.Int(1), "a": jsonvalue.Null(), "gone": {}}); len(md) != 2 || md[0].Key != "a" || md[1].Key != "b" {
		t.Errorf("MembersOf = %v", md)
	}
	if MembersOf(nil) != nil || CloneNil([]int{}) != nil {
		t.Error("empty is not nil")
	}
}

// TestEqual: Equal tells apart data that differ in any one part.
func TestEqual(t *testing.T) {
	base := decoded(t, maximal)
	if !Equal(base, decoded(t, maximal)) || !Equal(base, base) {
		t.Fatal("equal data differ")
	}
	changes := []func(d *Data){
		func(d *Data) { d.OrderID = "x" },
		func(d *Data) { d.Amount = Opt[int64]{} },
		func(d *Data) { d.Customer.FirstName = "x" },
		func(d *Data) { d.Order.LineItems = d.Order.LineItems[:1] },
		func(d *Data) { d.Order.Shipping.MethodID = "x" },
		func(d *Data) { d.Metadata = d.Metadata[:1] },
		func(d *Data) { d.PM.Descriptor = "x" },
		func(d *Data) { d.PM.Networks = nil },
		func(d *Data) { d.PM.Options = d.PM.Options[1:] },
		func(d *Data) {
			opts := CloneNil(d.PM.Options)
			opts[0].Merchant = "x"
			d.PM.Options = opts
		},
	}
	for i, change := range changes {
		c := *base
		change(&c)
		if Equal(base, &c) || Equal(&c, base) {
			t.Errorf("change %d not seen", i)
		}
	}
}

// TestPatchOps: PatchIsEmpty, ClonePatch and PatchEqual.
func TestPatchOps(t *testing.T) {
	if !PatchIsEmpty(nil) || !PatchIsEmpty(&PatchData{}) {
		t.Error("the empty patch is not empty")
	}
	for _, body := range []string{`{"customer":{}}`, `{"order":{}}`, `{}`} {
		pd, err := DecodePatch([]byte(body))
		if err != nil || !PatchIsEmpty(pd) {
			t.Errorf("%s: empty %v, %v", body, PatchIsEmpty(pd), err)
		}
	}
	for _, body := range []string{`{"orderId":null}`, `{"order":{"fees":null}}`, `{"customer":{"taxId":"t"}}`, `{"metadata":null}`, `{"paymentMethod":null}`, `{"amount":1}`} {
		pd, err := DecodePatch([]byte(body))
		if err != nil || PatchIsEmpty(pd) {
			t.Errorf("%s: empty %v, %v", body, PatchIsEmpty(pd), err)
		}
		if !PatchEqual(pd, ClonePatch(pd)) || PatchEqual(pd, &PatchData{}) || PatchEqual(&PatchData{}, pd) {
			t.Errorf("%s: PatchEqual", body)
		}
	}
	pd, err := DecodePatch([]byte(`{"metadata":{"a":1},"order":{"lineItems":[{"amount":1}],"fees":[{"type":"F"}]},"paymentMethod":{"orderedAllowedCardNetworks":["VISA"]}}`))
	if err != nil {
		t.Fatal(err)
	}
	c := ClonePatch(pd)
	c.Metadata.V[0].Key = "changed"
	c.Order.V.LineItems.V[0].ItemID = "changed"
	c.Order.V.Fees.V[0].Type = "changed"
	c.PaymentMethod.V.Networks[0] = "changed"
	if pd.Metadata.V[0].Key != "a" || pd.Order.V.LineItems.V[0].ItemID != "" || pd.Order.V.Fees.V[0].Type != "F" || pd.PaymentMethod.V.Networks[0] != "VISA" {
		t.Error("ClonePatch shares memory")
	}
	if PatchEqual(pd, c) {
		t.Error("PatchEqual misses changed lists")
	}
	if ClonePatch(nil) == nil {
		t.Error("ClonePatch(nil) is nil")
	}
	// Apply clears with null, replaces arrays and keeps options.
	d := decoded(t, maximal)
	cleared, err := DecodePatch([]byte(`{"customer":null,"order":null,"metadata":null,"paymentMethod":null,"amount":null,"orderId":null}`))
	if err != nil {
		t.Fatal(err)
	}
	a := Apply(d, cleared)
	if a.Customer != (Customer{}) || a.Order.LineItems != nil || a.Metadata != nil || a.Amount.IsSet() || a.OrderID != "" || a.PM.Descriptor != "" || len(a.PM.Options) != len(d.PM.Options) {
		t.Errorf("Apply of nulls: %s", AppendRequest(nil, a))
	}
	lists, err := DecodePatch([]byte(`{"order":{"lineItems":null,"fees":[{"type":"X"}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	if b := Apply(d, lists); b.Order.LineItems != nil || len(b.Order.Fees) != 1 || b.Order.CountryCode != "FR" {
		t.Errorf("Apply of lists: %s", AppendRequest(nil, b))
	}
}

func TestMemberPath(t *testing.T) {
	if got := memberPath("a b"); got != "['a b']" {
		t.Errorf("memberPath = %s", got)
	}
}
