package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/jsonvalue"
)

func TestApplyLaws(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())

	properties.Property("the empty patch is the identity", prop.ForAll(
		func(s Session) bool {
			built := mustPatch(new(PatchBuilder))
			return s.Apply(Patch{}).Equal(s) && s.Apply(built).Equal(s) && built.IsEmpty() && Patch{}.IsEmpty()
		}, genSession()))

	properties.Property("applying a patch twice equals applying it once", prop.ForAll(
		func(s Session, p Patch) bool {
			once := s.Apply(p)
			return once.Apply(p).Equal(once)
		}, genSession(), genPatch()))

	properties.Property("an empty patch changes nothing; a patch that changes something is not empty", prop.ForAll(
		func(s Session, p Patch) bool {
			return !p.IsEmpty() || s.Apply(p).Equal(s)
		}, genSession(), genPatch()))

	properties.Property("a patched session is a valid session: New(x.Params()) is Equal to x", prop.ForAll(
		func(s Session, p Patch) bool {
			return s.Apply(p).Equal(mustNew(s.Apply(p).Params()))
		}, genSession(), genPatch()))

	properties.Property("Apply is the JSON merge of the PATCH body into the request body (oracle on maps)", prop.ForAll(
		func(s Session, pp patchPair) bool {
			p, err := DecodePatch(pp.JSON)
			if err != nil {
				return false
			}
			want := mergeOracle(t, s, pp.JSON)
			got := s.Apply(p)
			if !got.Equal(want) {
				t.Logf("patch %s\n got %s\nwant %s", pp.JSON, got.AppendRequestJSON(nil), want.AppendRequestJSON(nil))
				return false
			}
			return true
		}, genSession(), genPatchPair()))

	properties.Property("a PATCH body decoded with DecodePatch applies as the same patch built with PatchBuilder", prop.ForAll(
		func(s Session, pp patchPair) bool {
			p, err := DecodePatch(pp.JSON)
			if err != nil {
				t.Logf("DecodePatch(%s): %v", pp.JSON, err)
				return false
			}
			return s.Apply(p).Equal(s.Apply(pp.Built)) && p.IsEmpty() == pp.Built.IsEmpty()
		}, genSession(), genPatchPair()))

	properties.Property("null clears each field", prop.ForAll(
		func(s Session) bool {
			orig := s.Params()
			clear := func(b *PatchBuilder) Params { return s.Apply(mustPatch(b)).Params() }

			ok := true
			p := clear(new(PatchBuilder).ClearAmount())
			ok = ok && !p.Amount.IsSet()
			p = clear(new(PatchBuilder).ClearOrderID().ClearCurrencyCode().ClearCustomerID())
			ok = ok && p.OrderID == "" && p.CurrencyCode == "" && p.CustomerID == ""
			p = clear(new(PatchBuilder).ClearCustomer())
			ok = ok && p.Customer.IsZero()
			p = clear(new(PatchBuilder).ClearOrder())
			ok = ok && p.Order.IsZero()
			p = clear(new(PatchBuilder).ClearMetadata())
			ok = ok && p.Metadata == nil
			p = clear(new(PatchBuilder).ClearLineItems().ClearFees().ClearShipping())
			ok = ok && p.Order.LineItems == nil && p.Order.Fees == nil && p.Order.Shipping.IsZero() &&
				p.Order.CountryCode == orig.Order.CountryCode && p.Order.RetailerCountryCode == orig.Order.RetailerCountryCode
			p = clear(new(PatchBuilder).ClearBillingAddress().ClearShippingAddress())
			want := orig.Customer
			want.BillingAddress, want.ShippingAddress = Address{}, Address{}
			ok = ok && p.Customer == want
			p = clear(new(PatchBuilder).ClearPaymentMethod())
			ok = ok && reflect.DeepEqual(p.PaymentMethod, PaymentMethod{Options: orig.PaymentMethod.Options})
			return ok
		}, genSession()))

	properties.Property("\"amount\": null makes the effective amount the calculated one again", prop.ForAll(
		func(s Session, amount int64) bool {
			over := s.Apply(mustPatch(new(PatchBuilder).SetAmount(amount)))
			if v, ok := over.get().Effective(); !ok || v != amount {
				return false
			}
			back := over.Apply(mustPatch(new(PatchBuilder).ClearAmount()))
			ev, eok := back.get().Effective()
			cv, cok := back.get().Calculated()
			return ev == cv && eok == cok && !back.get().Amount.IsSet()
		}, genSession(), genAmount()))

	properties.Property("arrays are replaced whole", prop.ForAll(
		func(s Session, items []LineItem, fees []Fee, pm PaymentMethod) bool {
			pm.Options = nil
			t := s.Apply(mustPatch(new(PatchBuilder).SetLineItems(items).SetFees(fees).SetPaymentMethod(pm)))
			got := t.Params()
			return slices.Equal(got.Order.LineItems, items) && slices.Equal(got.Order.Fees, fees) &&
				slices.Equal(got.PaymentMethod.OrderedAllowedCardNetworks, pm.OrderedAllowedCardNetworks)
		}, genSession(), genLineItems(), genFees(), genPaymentMethod()))

	properties.Property("customer merges key by key, each sub-value replaced whole", prop.ForAll(
		func(s Session, a Address) bool {
			t := s.Apply(mustPatch(new(PatchBuilder).SetCustomerEmail("new@example.com").SetBillingAddress(a)))
			want := s.Customer()
			want.EmailAddress = "new@example.com"
			want.BillingAddress = a
			return t.Customer() == want
		}, genSession(), genAddress()))

	properties.Property("order merges key by key, shipping replaced whole", prop.ForAll(
		func(s Session, sh Shipping) bool {
			t := s.Apply(mustPatch(new(PatchBuilder).SetShipping(sh)))
			want := s.Params().Order
			want.Shipping = sh
			return reflect.DeepEqual(t.Params().Order, want)
		}, genSession(), genShipping()))

	properties.Property("metadata is replaced whole", prop.ForAll(
		func(s Session, m map[string]jsonvalue.Value) bool {
			t := s.Apply(mustPatch(new(PatchBuilder).SetMetadata(m)))
			got := t.Params().Metadata
			return reflect.DeepEqual(got, m)
		}, genSession(), genMetadata()))

	properties.Property("paymentMethod is replaced whole except options, which are kept", prop.ForAll(
		func(s Session, pm PaymentMethod) bool {
			pm.Options = nil
			t := s.Apply(mustPatch(new(PatchBuilder).SetPaymentMethod(pm)))
			want := pm
			want.Options = s.PaymentMethod().Options
			return reflect.DeepEqual(t.PaymentMethod(), want)
		}, genSession(), genPaymentMethod()))

	properties.Property("a built patch does not change when its builder goes on", prop.ForAll(
		func(s Session, items []LineItem) bool {
			var b PatchBuilder
			b.SetLineItems(items).SetAmount(5)
			p := mustPatch(&b)
			want := s.Apply(p)
			b.ClearLineItems().ClearAmount().ClearOrder().SetOrderID("changed")
			if len(items) > 0 {
				items[0].Amount = Some[int64](-1)
			}
			return s.Apply(p).Equal(want)
		}, genSession(), genLineItems()))

	properties.TestingRun(t)
}

// TestApplySpecExamples walks the PATCH rules bullet by bullet.
func TestApplySpecExamples(t *testing.T) {
	home := Address{AddressLine1: "1 Main St", City: "London", CountryCode: "GB", PostalCode: "EC1A 1BB"}
	work := Address{AddressLine1: "2 Side St", City: "Paris", CountryCode: "FR"}
	base := Params{
		OrderID:      "order-1",
		CurrencyCode: "GBP",
		CustomerID:   "cust-1",
		Customer:     Customer{EmailAddress: "ada@example.com", FirstName: "Ada", BillingAddress: home, ShippingAddress: work},
		Order: Order{
			LineItems:   []LineItem{{ItemID: "a", Amount: Some[int64](500)}, {ItemID: "b", Amount: Some[int64](200), Quantity: Some[int64](2)}},
			CountryCode: "GB",
			Fees:        []Fee{{Type: "HANDLING", Amount: Some[int64](100)}},
			Shipping:    Shipping{Amount: Some[int64](50), MethodID: "std", MethodName: "Standard"},
		},
		Metadata: map[string]jsonvalue.Value{"productId": jsonvalue.String("p-1"), "attempt": jsonvalue.Int(2)},
		PaymentMethod: PaymentMethod{
			VaultOnSuccess:             Some(true),
			Descriptor:                 "ACME",
			OrderedAllowedCardNetworks: []string{"VISA", "AMEX"},
			Options:                    map[string]MethodOptions{"GOOGLE_PAY": {Surcharge: Some[int64](30)}},
		},
	}
	s := mustNew(base)

	tests := []struct {
		name  string
		patch *PatchBuilder
		edit  func(p *Params) // the expected change, written by hand
	}{
		{"only the fields present change", new(PatchBuilder).SetOrderID("order-2"),
			func(p *Params) { p.OrderID = "order-2" }},
		{"null clears a field", new(PatchBuilder).ClearCustomerID(),
			func(p *Params) { p.CustomerID = "" }},
		{"amount sets the override", new(PatchBuilder).SetAmount(999),
			func(p *Params) { p.Amount = Some[int64](999) }},
		{"lineItems replaced whole", new(PatchBuilder).SetLineItems([]LineItem{{ItemID: "c", Amount: Some[int64](1)}}),
			func(p *Params) { p.Order.LineItems = []LineItem{{ItemID: "c", Amount: Some[int64](1)}} }},
		{"fees replaced whole", new(PatchBuilder).SetFees([]Fee{{Type: "SERVICE"}}),
			func(p *Params) { p.Order.Fees = []Fee{{Type: "SERVICE"}} }},
		{"an empty array empties", new(PatchBuilder).SetFees([]Fee{}),
			func(p *Params) { p.Order.Fees = nil }},
		{"customer.emailAddress keeps the addresses", new(PatchBuilder).SetCustomerEmail("x@y.z"),
			func(p *Params) { p.Customer.EmailAddress = "x@y.z" }},
		{"an address is replaced whole", new(PatchBuilder).SetBillingAddress(Address{CountryCode: "JP"}),
			func(p *Params) { p.Customer.BillingAddress = Address{CountryCode: "JP"} }},
		{"order.shipping {amount: 70} replaces the whole shipping object", new(PatchBuilder).SetShipping(Shipping{Amount: Some[int64](70)}),
			func(p *Params) { p.Order.Shipping = Shipping{Amount: Some[int64](70)} }},
		{"order merges key by key", new(PatchBuilder).SetOrderCountryCode("FR"),
			func(p *Params) { p.Order.CountryCode = "FR" }},
		{"customer: null clears the customer", new(PatchBuilder).ClearCustomer(),
			func(p *Params) { p.Customer = Customer{} }},
		{"order: null clears the order", new(PatchBuilder).ClearOrder(),
			func(p *Params) { p.Order = Order{} }},
		{"metadata replaced whole", new(PatchBuilder).SetMetadata(map[string]jsonvalue.Value{"campaign": jsonvalue.String("spring")}),
			func(p *Params) { p.Metadata = map[string]jsonvalue.Value{"campaign": jsonvalue.String("spring")} }},
		{"metadata: null clears", new(PatchBuilder).ClearMetadata(),
			func(p *Params) { p.Metadata = nil }},
		{"paymentMethod replaced whole, options kept", new(PatchBuilder).SetPaymentMethod(PaymentMethod{PaymentType: "ECOMMERCE", OrderedAllowedCardNetworks: []string{"JCB"}}),
			func(p *Params) {
				p.PaymentMethod = PaymentMethod{PaymentType: "ECOMMERCE", OrderedAllowedCardNetworks: []string{"JCB"}, Options: p.PaymentMethod.Options}
			}},
		{"paymentMethod: null clears all but options", new(PatchBuilder).ClearPaymentMethod(),
			func(p *Params) { p.PaymentMethod = PaymentMethod{Options: p.PaymentMethod.Options} }},
		{"several at once", new(PatchBuilder).SetCurrencyCode("EUR").ClearAmount().SetCustomerName("Grace", "Hopper").ClearLineItems(),
			func(p *Params) {
				p.CurrencyCode = "EUR"
				p.Customer.FirstName, p.Customer.LastName = "Grace", "Hopper"
				p.Order.LineItems = nil
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := cloneParams(base)
			tt.edit(&want)
			got := s.Apply(mustPatch(tt.patch))
			if !reflect.DeepEqual(got.Params(), want) {
				t.Fatalf("after patch:\n got %+v\nwant %+v", got.Params(), want)
			}
			if !reflect.DeepEqual(s.Params(), base) {
				t.Fatalf("the original session changed")
			}
		})
	}
}

// TestApplyAmountRecomputed: after a patch the amount comes from the new
// order unless an override is set (the last PATCH rule).
func TestApplyAmountRecomputed(t *testing.T) {
	s := mustNew(Params{Order: Order{LineItems: []LineItem{{Amount: Some[int64](500)}}, Shipping: Shipping{Amount: Some[int64](50)}}})
	steps := []struct {
		patch *PatchBuilder
		want  int64
		ok    bool
	}{
		{new(PatchBuilder).SetShipping(Shipping{Amount: Some[int64](70)}), 570, true},
		{new(PatchBuilder).SetAmount(1000), 1000, true},
		{new(PatchBuilder).SetLineItems([]LineItem{{Amount: Some[int64](1), Quantity: Some[int64](3)}}), 1000, true},
		{new(PatchBuilder).ClearAmount(), 73, true},
		{new(PatchBuilder).ClearLineItems(), 0, false},
	}
	for i, st := range steps {
		s = s.Apply(mustPatch(st.patch))
		if got, ok := s.get().Effective(); got != st.want || ok != st.ok {
			t.Fatalf("step %d: effective amount = %d, %v; want %d, %v", i, got, ok, st.want, st.ok)
		}
	}
}

func TestPatchBuildErrors(t *testing.T) {
	_, err := new(PatchBuilder).
		SetLineItems([]LineItem{{}, {ProductData: ProductData{Weight: "heavy"}}}).
		SetPaymentMethod(PaymentMethod{Options: map[string]MethodOptions{"PAYPAL": {}}}).
		Build()
	var list fielderr.List
	if !errors.As(err, &list) {
		t.Fatalf("err = %v; want a fielderr.List", err)
	}
	want := fielderr.List{
		{Path: "$.order.lineItems[1].productData.weight", Code: fielderr.CodeType, Message: `weight must be a JSON number, got "heavy"`},
		{Path: "$.paymentMethod.options", Code: fielderr.CodeNotPatchable, Message: "payment-method options cannot be changed by a PATCH"},
	}
	if !reflect.DeepEqual(list, want) {
		t.Fatalf("errors = %+v; want %+v", list, want)
	}
	if !errors.Is(err, fielderr.CodeNotPatchable) || !errors.Is(err, fielderr.CodeType) {
		t.Fatalf("errors.Is does not find the codes in %v", err)
	}
	// Clearing the payment method afterwards removes the problem.
	if _, err := new(PatchBuilder).SetPaymentMethod(PaymentMethod{Options: map[string]MethodOptions{"PAYPAL": {}}}).ClearPaymentMethod().Build(); err != nil {
		t.Fatalf("Build after ClearPaymentMethod: %v", err)
	}
}

func TestPatchIsEmpty(t *testing.T) {
	tests := []struct {
		name string
		b    *PatchBuilder
		want bool
	}{
		{"nothing", new(PatchBuilder), true},
		{"amount", new(PatchBuilder).SetAmount(0), false},
		{"amount null", new(PatchBuilder).ClearAmount(), false},
		{"customer null", new(PatchBuilder).ClearCustomer(), false},
		{"order null", new(PatchBuilder).ClearOrder(), false},
		{"order field", new(PatchBuilder).ClearShipping(), false},
		{"customer field", new(PatchBuilder).ClearBillingAddress(), false},
		{"metadata", new(PatchBuilder).SetMetadata(nil), false},
		{"payment method null", new(PatchBuilder).ClearPaymentMethod(), false},
	}
	for _, tt := range tests {
		if got := mustPatch(tt.b).IsEmpty(); got != tt.want {
			t.Errorf("%s: IsEmpty = %v; want %v", tt.name, got, tt.want)
		}
	}
	// {"customer":{}} and {"order":{}} name nothing to change.
	if !(Patch{p: &model.PatchData{Customer: model.Field[model.CustomerPatch]{St: model.Present}, Order: model.Field[model.OrderPatch]{St: model.Present}}}).IsEmpty() {
		t.Error(`{"customer":{},"order":{}} is not empty`)
	}
}

// benchSession is a realistic session: three line items, a fee, shipping,
// metadata, customer with addresses, card options.
func benchSession() Session {
	p := Params{
		OrderID:      "ORD-2024-0001",
		CurrencyCode: "GBP",
		CustomerID:   "cust-1",
		Customer: Customer{
			EmailAddress:    "ada@example.com",
			FirstName:       "Ada",
			LastName:        "Lovelace",
			BillingAddress:  Address{AddressLine1: "1 Main St", City: "London", CountryCode: "GB", PostalCode: "EC1A 1BB"},
			ShippingAddress: Address{AddressLine1: "1 Main St", City: "London", CountryCode: "GB", PostalCode: "EC1A 1BB"},
		},
		Order: Order{
			LineItems: []LineItem{
				{ItemID: "a", Name: "T-shirt", Amount: Some[int64](500), Quantity: Some[int64](2)},
				{ItemID: "b", Name: "Mug", Amount: Some[int64](1200), DiscountAmount: Some[int64](200)},
				{ItemID: "c", Name: "Book", Amount: Some[int64](899), TaxAmount: Some[int64](90)},
			},
			CountryCode: "GB",
			Fees:        []Fee{{Type: "HANDLING", Amount: Some[int64](100)}},
			Shipping:    Shipping{Amount: Some[int64](50), MethodID: "std"},
		},
		Metadata: map[string]jsonvalue.Value{"productId": jsonvalue.String("p-1"), "attempt": jsonvalue.Int(1)},
		PaymentMethod: PaymentMethod{
			VaultOnSuccess:             Some(true),
			OrderedAllowedCardNetworks: []string{"VISA", "MASTERCARD"},
			Options: map[string]MethodOptions{
				MethodPaymentCard: {Networks: map[string]NetworkOptions{"VISA": {Surcharge: Some[int64](30)}}},
				"GOOGLE_PAY":      {Surcharge: Some[int64](20)},
			},
		},
	}
	return mustNew(p)
}

var benchSink Session

// BenchmarkApplyPatch applies a patch touching the customer, the order and the
// amount. BenchmarkApplyPatchBaselineNew does the same change the naive way, by
// copying the session out with Params, editing, and building it again with
// New: the ratio is what the shared-immutable design saves.
func BenchmarkApplyPatch(b *testing.B) {
	s := benchSession()
	p := mustPatch(new(PatchBuilder).SetCustomerEmail("x@y.z").SetShipping(Shipping{Amount: Some[int64](70)}).ClearAmount())
	b.ReportAllocs()
	for b.Loop() {
		benchSink = s.Apply(p)
	}
}

func BenchmarkApplyPatchBaselineNew(b *testing.B) {
	s := benchSession()
	b.ReportAllocs()
	for b.Loop() {
		p := s.Params()
		p.Customer.EmailAddress = "x@y.z"
		p.Order.Shipping = Shipping{Amount: Some[int64](70)}
		p.Amount = Opt[int64]{}
		benchSink, _ = New(p)
	}
}

// mergeOracle applies a PATCH body to s the way the rules state it, on
// generic JSON maps, independently of Apply: a top-level key replaces (null
// deletes), customer and order merge key by key (null deletes a key, a value
// replaces it whole), and paymentMethod is replaced whole except its options,
// which are kept. The merged request body is decoded back into a Session.
func mergeOracle(t *testing.T, s Session, patch []byte) Session {
	t.Helper()
	var doc, body map[string]any
	for _, c := range []struct {
		in  []byte
		dst *map[string]any
	}{{s.AppendRequestJSON(nil), &doc}, {patch, &body}} {
		d := json.NewDecoder(bytes.NewReader(c.in))
		d.UseNumber() // numbers keep their literal text, as Values do
		if err := d.Decode(c.dst); err != nil {
			t.Fatal(err)
		}
	}
	delete(body, "clientToken")
	for k, v := range body {
		switch {
		case v == nil && k == "paymentMethod":
			pm, _ := doc[k].(map[string]any)
			if opts, ok := pm["options"]; ok {
				doc[k] = map[string]any{"options": opts}
			} else {
				delete(doc, k)
			}
		case v == nil:
			delete(doc, k)
		case k == "customer" || k == "order":
			old, _ := doc[k].(map[string]any)
			if old == nil {
				old = map[string]any{}
			}
			for sk, sv := range v.(map[string]any) {
				if sv == nil {
					delete(old, sk)
				} else {
					old[sk] = sv
				}
			}
			doc[k] = old
		case k == "paymentMethod":
			pm := v.(map[string]any)
			if old, _ := doc[k].(map[string]any); old != nil && old["options"] != nil {
				pm["options"] = old["options"]
			}
			doc[k] = pm
		default:
			doc[k] = v
		}
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	want, err := DecodeRequest(b)
	if err != nil {
		t.Fatalf("oracle body %s: %v", b, err)
	}
	return want
}
