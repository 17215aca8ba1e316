package session

import (
	"maps"
	"reflect"
	"slices"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/jsonvalue"
)

// cloneParams is the test's own deep copy of Params, independent of the code
// under test.
func cloneParams(p Params) Params {
	c := p
	c.Order.LineItems = slices.Clone(p.Order.LineItems)
	c.Order.Fees = slices.Clone(p.Order.Fees)
	c.Metadata = maps.Clone(p.Metadata)
	c.PaymentMethod.OrderedAllowedCardNetworks = slices.Clone(p.PaymentMethod.OrderedAllowedCardNetworks)
	if p.PaymentMethod.Options != nil {
		c.PaymentMethod.Options = make(map[string]MethodOptions, len(p.PaymentMethod.Options))
		for k, o := range p.PaymentMethod.Options {
			o.Networks = maps.Clone(o.Networks)
			c.PaymentMethod.Options[k] = o
		}
	}
	return c
}

// scribble changes, in place, every element of every slice and map that p
// holds, so that any memory a session shared with p would show the change.
func scribble(p *Params) {
	for i := range p.Order.LineItems {
		p.Order.LineItems[i].Amount = Some[int64](-999)
		p.Order.LineItems[i].ItemID = "scribbled"
	}
	for i := range p.Order.Fees {
		p.Order.Fees[i] = Fee{Type: "SCRIBBLED", Amount: Some[int64](-1)}
	}
	for k := range p.Metadata {
		p.Metadata[k] = jsonvalue.String("scribbled")
	}
	p.Metadata = mapsOrNew(p.Metadata)
	p.Metadata["scribbled"] = jsonvalue.Bool(true)
	for i := range p.PaymentMethod.OrderedAllowedCardNetworks {
		p.PaymentMethod.OrderedAllowedCardNetworks[i] = "SCRIBBLED"
	}
	for k, o := range p.PaymentMethod.Options {
		for n := range o.Networks {
			o.Networks[n] = NetworkOptions{Surcharge: Some[int64](-5)}
		}
		if o.Networks != nil {
			o.Networks["SCRIBBLED"] = NetworkOptions{}
		}
		o.Surcharge = Some[int64](-7)
		p.PaymentMethod.Options[k] = o
	}
	if p.PaymentMethod.Options != nil {
		p.PaymentMethod.Options["SCRIBBLED"] = MethodOptions{}
	}
	p.OrderID = "scribbled"
}

func mapsOrNew(m map[string]jsonvalue.Value) map[string]jsonvalue.Value {
	if m == nil {
		return map[string]jsonvalue.Value{}
	}
	return m
}

func TestModelLaws(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())

	properties.Property("New copies its Params: New(p).Params() equals p, and changing p afterwards changes nothing", prop.ForAll(
		func(p Params) bool {
			want := cloneParams(p)
			s := mustNew(p)
			if !reflect.DeepEqual(s.Params(), want) {
				return false
			}
			scribble(&p)
			return reflect.DeepEqual(s.Params(), want)
		}, genParams()))

	properties.Property("what Params, Order and PaymentMethod return is a copy", prop.ForAll(
		func(p Params) bool {
			want := cloneParams(p)
			s := mustNew(p)
			got := s.Params()
			scribble(&got)
			o := s.Params().Order
			for i := range o.LineItems {
				o.LineItems[i].Amount = Some[int64](-1)
			}
			for i := range o.Fees {
				o.Fees[i].Amount = Some[int64](-1)
			}
			pm := s.PaymentMethod()
			scribble(&Params{PaymentMethod: pm})
			return reflect.DeepEqual(s.Params(), want) && s.Equal(mustNew(want))
		}, genParams()))

	properties.Property("no operation changes the session it was called on", prop.ForAll(
		func(p Params, patch Patch, method, network string) bool {
			want := cloneParams(p)
			s := mustNew(p)
			_ = s.Apply(patch)
			_ = s.SelectPaymentMethod(method, network)
			_ = s.SelectPaymentMethod(method, network).UnselectPaymentMethod()
			_ = s.UnselectPaymentMethod()
			_, _ = s.SelectionSurcharge(method, network)
			for range s.NumLineItems() {
			}
			for range s.Metadata() {
			}
			return reflect.DeepEqual(s.Params(), want)
		}, genParams(), genPatch(), genMethod(), genNetwork()))

	properties.Property("a session equals itself rebuilt from its Params", prop.ForAll(
		func(s Session) bool { return s.Equal(mustNew(s.Params())) && mustNew(s.Params()).Equal(s) },
		genSession()))

	properties.Property("select∘select = select", prop.ForAll(
		func(s Session, method, network string) bool {
			once := s.SelectPaymentMethod(method, network)
			return once.SelectPaymentMethod(method, network).Equal(once)
		}, genSession(), genMethod(), genNetwork()))

	properties.Property("selection leaves at most one SURCHARGE fee, with the SelectionSurcharge amount, and keeps the other fees in order", prop.ForAll(
		func(s Session, method, network string) bool {
			amount, ok := s.SelectionSurcharge(method, network)
			sel := s.SelectPaymentMethod(method, network)
			var others, wantOthers []Fee
			var surcharges []Fee
			for i := range sel.NumFees() {
				f := sel.Fee(i)
				if f.Type == FeeTypeSurcharge {
					surcharges = append(surcharges, f)
				} else {
					others = append(others, f)
				}
			}
			for i := range s.NumFees() {
				f := s.Fee(i)
				if f.Type != FeeTypeSurcharge {
					wantOthers = append(wantOthers, f)
				}
			}
			if !slices.Equal(others, wantOthers) {
				return false
			}
			if !ok {
				return len(surcharges) == 0
			}
			return len(surcharges) == 1 && surcharges[0].Amount == Some(amount) && amount > 0
		}, genSession(), genMethod(), genNetwork()))

	properties.Property("unselect after select leaves no SURCHARGE fee", prop.ForAll(
		func(s Session, method, network string) bool {
			u := s.SelectPaymentMethod(method, network).UnselectPaymentMethod()
			for i := range u.NumFees() {
				f := u.Fee(i)
				if f.Type == FeeTypeSurcharge {
					return false
				}
			}
			return true
		}, genSession(), genMethod(), genNetwork()))

	properties.Property("selection on a session with a top-level amount adds no fee", prop.ForAll(
		func(s Session, amount int64, method, network string) bool {
			withAmount := s.Apply(mustPatch(new(PatchBuilder).SetAmount(amount)))
			sel := withAmount.SelectPaymentMethod(method, network)
			return slices.Equal(sel.Params().Order.Fees, withAmount.UnselectPaymentMethod().Params().Order.Fees)
		}, genSession(), genAmount(), genMethod(), genNetwork()))

	properties.Property("KLARNA never takes a surcharge", prop.ForAll(
		func(s Session, network string) bool {
			_, ok := s.SelectionSurcharge(MethodKlarna, network)
			return !ok
		}, genSession(), genNetwork()))

	properties.TestingRun(t)
}

func mustPatch(b *PatchBuilder) Patch {
	p, err := b.Build()
	if err != nil {
		panic(err)
	}
	return p
}

// TestSelectionSurcharge pins the selection rule case by case.
func TestSelectionSurcharge(t *testing.T) {
	options := map[string]MethodOptions{
		MethodPaymentCard: {Networks: map[string]NetworkOptions{
			"VISA":       {Surcharge: Some[int64](100)},
			"MASTERCARD": {Surcharge: Some[int64](0)},
			"AMEX":       {}, // entry without an amount
		}},
		"GOOGLE_PAY": {Surcharge: Some[int64](50)},
		"PAYPAL":     {},
		MethodKlarna: {Surcharge: Some[int64](70)},
	}
	item := LineItem{ItemID: "t-shirt-1", Amount: Some[int64](500)}
	base := Params{
		CurrencyCode:  "GBP",
		Order:         Order{LineItems: []LineItem{item}, Fees: []Fee{{Type: "HANDLING", Amount: Some[int64](100)}}},
		PaymentMethod: PaymentMethod{Options: options},
	}
	withAmount := cloneParams(base)
	withAmount.Amount = Some[int64](650)
	noItems := cloneParams(base)
	noItems.Order.LineItems = nil
	zeroItem := cloneParams(base)
	zeroItem.Order.LineItems = []LineItem{{Amount: Some[int64](0)}}

	tests := []struct {
		name            string
		params          Params
		method, network string
		want            int64
		wantOK          bool
	}{
		{"card with a configured network", base, MethodPaymentCard, "VISA", 100, true},
		{"card network ignored for other methods", base, "GOOGLE_PAY", "VISA", 50, true},
		{"card, network with zero amount", base, MethodPaymentCard, "MASTERCARD", 0, false},
		{"card, network entry without amount", base, MethodPaymentCard, "AMEX", 0, false},
		{"card, network without entry", base, MethodPaymentCard, "JCB", 0, false},
		{"card, no network (method-level amount is not used)", base, MethodPaymentCard, "", 0, false},
		{"method with a surcharge", base, "GOOGLE_PAY", "", 50, true},
		{"method with options but no surcharge", base, "PAYPAL", "", 0, false},
		{"method without options", base, "APPLE_PAY", "", 0, false},
		{"KLARNA never, even configured", base, MethodKlarna, "", 0, false},
		{"top-level amount: none", withAmount, "GOOGLE_PAY", "", 0, false},
		{"top-level amount, card: none", withAmount, MethodPaymentCard, "VISA", 0, false},
		{"no line items: none", noItems, "GOOGLE_PAY", "", 0, false},
		{"zero-amount line item still counts as a line item", zeroItem, "GOOGLE_PAY", "", 50, true},
		{"empty method", base, "", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustNew(tt.params)
			got, ok := s.SelectionSurcharge(tt.method, tt.network)
			if got != tt.want || ok != tt.wantOK {
				t.Fatalf("SelectionSurcharge(%q, %q) = %d, %v; want %d, %v", tt.method, tt.network, got, ok, tt.want, tt.wantOK)
			}
			sel := s.SelectPaymentMethod(tt.method, tt.network)
			wantFees := []Fee{{Type: "HANDLING", Amount: Some[int64](100)}}
			if tt.wantOK {
				wantFees = append(wantFees, Fee{Type: FeeTypeSurcharge, Amount: Some(tt.want)})
			}
			if gotFees := sel.Params().Order.Fees; !reflect.DeepEqual(gotFees, wantFees) {
				t.Fatalf("fees after selection = %+v; want %+v", gotFees, wantFees)
			}
		})
	}
}

// TestSelectReplacesSurcharge: a SURCHARGE fee already there is replaced, not
// added to; Primer's own example 500×1 + fee 100 + shipping 50.
func TestSelectReplacesSurcharge(t *testing.T) {
	s := mustNew(Params{
		Order: Order{
			LineItems: []LineItem{{Amount: Some[int64](500), Quantity: Some[int64](1)}},
			Fees:      []Fee{{Type: FeeTypeSurcharge, Amount: Some[int64](30)}, {Type: "HANDLING", Amount: Some[int64](100)}, {Type: FeeTypeSurcharge, Amount: Some[int64](40)}},
			Shipping:  Shipping{Amount: Some[int64](50)},
		},
		PaymentMethod: PaymentMethod{Options: map[string]MethodOptions{"GOOGLE_PAY": {Surcharge: Some[int64](25)}}},
	})
	sel := s.SelectPaymentMethod("GOOGLE_PAY", "")
	want := []Fee{{Type: "HANDLING", Amount: Some[int64](100)}, {Type: FeeTypeSurcharge, Amount: Some[int64](25)}}
	if got := sel.Params().Order.Fees; !reflect.DeepEqual(got, want) {
		t.Fatalf("fees = %+v; want %+v", got, want)
	}
	if got, ok := sel.get().Calculated(); !ok || got != 500+100+50+25 {
		t.Fatalf("calculated = %d, %v; want 675", got, ok)
	}
	if got := s.NumFees(); got != 3 {
		t.Fatalf("original session changed: %d fees", got)
	}
	un := sel.UnselectPaymentMethod()
	if got, want := un.Params().Order.Fees, []Fee{{Type: "HANDLING", Amount: Some[int64](100)}}; !reflect.DeepEqual(got, want) {
		t.Fatalf("fees after unselect = %+v; want %+v", got, want)
	}
}
