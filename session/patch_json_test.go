package session

import (
	"encoding/json"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/jsonvalue"
)

// rebuild builds p again with PatchBuilder's public methods only, one call
// per field state, so that rebuild(p).Equal(p) proves the builder can
// express p.
func rebuild(t *testing.T, p Patch) Patch {
	t.Helper()
	pd := p.p
	b := new(PatchBuilder)
	if pd == nil {
		return mustPatch(b)
	}
	str := func(f pfield[string], set func(string) *PatchBuilder, clear func() *PatchBuilder) {
		switch f.st {
		case present:
			set(f.v)
		case null:
			clear()
		}
	}
	str(pd.orderID, b.SetOrderID, b.ClearOrderID)
	str(pd.currencyCode, b.SetCurrencyCode, b.ClearCurrencyCode)
	str(pd.customerID, b.SetCustomerID, b.ClearCustomerID)
	switch pd.amount.st {
	case present:
		b.SetAmount(pd.amount.v)
	case null:
		b.ClearAmount()
	}
	switch pd.customer.st {
	case null:
		b.ClearCustomer()
	case present:
		c := pd.customer.v
		str(c.emailAddress, b.SetCustomerEmail, b.ClearCustomerEmail)
		str(c.mobileNumber, b.SetCustomerMobileNumber, b.ClearCustomerMobileNumber)
		str(c.firstName, b.SetCustomerFirstName, b.ClearCustomerFirstName)
		str(c.lastName, b.SetCustomerLastName, b.ClearCustomerLastName)
		str(c.taxID, b.SetCustomerTaxID, b.ClearCustomerTaxID)
		str(c.nationalDocumentID, b.SetCustomerNationalDocumentID, b.ClearCustomerNationalDocumentID)
		switch c.billingAddress.st {
		case present:
			b.SetBillingAddress(c.billingAddress.v)
		case null:
			b.ClearBillingAddress()
		}
		switch c.shippingAddress.st {
		case present:
			b.SetShippingAddress(c.shippingAddress.v)
		case null:
			b.ClearShippingAddress()
		}
	}
	switch pd.order.st {
	case null:
		b.ClearOrder()
	case present:
		o := pd.order.v
		str(o.countryCode, b.SetOrderCountryCode, b.ClearOrderCountryCode)
		str(o.retailerCountryCode, b.SetRetailerCountryCode, b.ClearRetailerCountryCode)
		switch o.lineItems.st {
		case present:
			b.SetLineItems(o.lineItems.v)
		case null:
			b.ClearLineItems()
		}
		switch o.fees.st {
		case present:
			b.SetFees(o.fees.v)
		case null:
			b.ClearFees()
		}
		switch o.shipping.st {
		case present:
			b.SetShipping(o.shipping.v)
		case null:
			b.ClearShipping()
		}
	}
	switch pd.metadata.st {
	case present:
		m := map[string]jsonvalue.Value{}
		for _, mb := range pd.metadata.v {
			m[mb.Key] = mb.Value
		}
		b.SetMetadata(m)
	case null:
		b.ClearMetadata()
	}
	switch pd.paymentMethod.st {
	case present:
		b.SetPaymentMethod(Session{d: &data{pm: pd.paymentMethod.v}}.PaymentMethod())
	case null:
		b.ClearPaymentMethod()
	}
	return mustPatch(b)
}

func TestPatchJSONLaws(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())
	properties.Property("decode(encode(p)) = p for every built patch, and json.Marshal writes the same body", prop.ForAll(
		func(p Patch) bool {
			body := p.AppendJSON(nil)
			back, err := DecodePatch(body)
			if err != nil || !back.Equal(p) {
				t.Logf("DecodePatch(%s) = %s, %v", body, back.AppendJSON(nil), err)
				return false
			}
			m, err := json.Marshal(p)
			var u Patch
			return err == nil && string(m) == string(body) && json.Unmarshal(m, &u) == nil && u.Equal(p)
		}, genPatch()))
	properties.Property("PatchBuilder expresses every decoded PATCH (rebuild(decode(b)) = decode(b)), which encodes back to itself", prop.ForAll(
		func(pp patchPair) bool {
			p, err := DecodePatch(pp.JSON)
			if err != nil {
				t.Logf("DecodePatch(%s): %v", pp.JSON, err)
				return false
			}
			back, err := DecodePatch(p.AppendJSON(nil))
			return rebuild(t, p).Equal(p) && p.Equal(pp.Built) && err == nil && back.Equal(p)
		}, genPatchPair()))
	properties.Property("a patch and its decoded encoding apply alike", prop.ForAll(
		func(s Session, p Patch) bool {
			back, err := DecodePatch(p.AppendJSON(nil))
			return err == nil && s.Apply(back).Equal(s.Apply(p))
		}, genSession(), genPatch()))
	properties.TestingRun(t)
}

// TestPatchJSON pins PATCH bodies: cleared fields are null, set ones values,
// untouched ones absent, and customer/order carry only what they change.
func TestPatchJSON(t *testing.T) {
	for _, c := range []struct {
		name string
		b    *PatchBuilder
		want string
	}{
		{"zero", new(PatchBuilder), `{}`},
		{"amount", new(PatchBuilder).SetAmount(450), `{"amount":450}`},
		{"clear override", new(PatchBuilder).ClearAmount(), `{"amount":null}`},
		{"customer fields",
			new(PatchBuilder).SetCustomerMobileNumber("+447700900123").ClearCustomerTaxID().SetCustomerNationalDocumentID("X1"),
			`{"customer":{"mobileNumber":"+447700900123","taxId":null,"nationalDocumentId":"X1"}}`},
		{"empty string clears", new(PatchBuilder).SetOrderID("").SetCustomerEmail(""), `{"orderId":null,"customer":{"emailAddress":null}}`},
		{"order", new(PatchBuilder).SetRetailerCountryCode("DE").ClearFees().SetShipping(Shipping{Amount: Some[int64](70)}),
			`{"order":{"retailerCountryCode":"DE","fees":null,"shipping":{"amount":70}}}`},
		{"line items", new(PatchBuilder).SetLineItems([]LineItem{{ItemID: "a", Amount: Some[int64](5)}, {}}),
			`{"order":{"lineItems":[{"itemId":"a","amount":5},{}]}}`},
		{"whole objects", new(PatchBuilder).ClearCustomer().ClearOrder().ClearMetadata().ClearPaymentMethod(),
			`{"metadata":null,"customer":null,"order":null,"paymentMethod":null}`},
		{"metadata", new(PatchBuilder).SetMetadata(map[string]jsonvalue.Value{"b": jsonvalue.Int(1), "a": jsonvalue.String("x"), "gone": {}}),
			`{"metadata":{"a":"x","b":1}}`},
		{"payment method", new(PatchBuilder).SetPaymentMethod(PaymentMethod{VaultOnSuccess: Some(true), OrderedAllowedCardNetworks: []string{"VISA"}}),
			`{"paymentMethod":{"vaultOnSuccess":true,"orderedAllowedCardNetworks":["VISA"]}}`},
		{"top level order", new(PatchBuilder).SetCustomerID("c").SetOrderID("o").SetCurrencyCode("EUR"),
			`{"customerId":"c","orderId":"o","currencyCode":"EUR"}`},
	} {
		p := mustPatch(c.b)
		got, err := json.Marshal(p)
		if err != nil || string(got) != c.want {
			t.Errorf("%s: json.Marshal = %s, %v\nwant %s", c.name, got, err, c.want)
		}
		back, err := DecodePatch(got)
		if err != nil || !back.Equal(p) {
			t.Errorf("%s: DecodePatch(%s) = %s, %v", c.name, got, back.AppendJSON(nil), err)
		}
	}
	if got := string(Patch{}.AppendJSON([]byte("x"))); got != "x{}" {
		t.Errorf("zero Patch AppendJSON = %q", got)
	}
	// {"customer":{}} and "taxId":"" are the same change as nothing and null.
	p, err := DecodePatch([]byte(`{"customer":{},"order":{},"clientToken":"t"}`))
	if err != nil || !p.Equal(Patch{}) || string(p.AppendJSON(nil)) != `{}` {
		t.Errorf("empty merges = %s, %v", p.AppendJSON(nil), err)
	}
	p, err = DecodePatch([]byte(`{"customer":{"taxId":""}}`))
	if err != nil || !p.Equal(mustPatch(new(PatchBuilder).ClearCustomerTaxID())) {
		t.Errorf(`"taxId":"" = %s, %v; want a cleared taxId`, p.AppendJSON(nil), err)
	}
	var u Patch
	if err := json.Unmarshal([]byte(`{"paymentMethod":{"options":null}}`), &u); err == nil || !u.Equal(Patch{}) {
		t.Errorf("json.Unmarshal of a bad patch = %v, left %s", err, u.AppendJSON(nil))
	}
	if mustPatch(new(PatchBuilder).SetAmount(1)).Equal(mustPatch(new(PatchBuilder).SetAmount(2))) ||
		mustPatch(new(PatchBuilder).SetAmount(1)).Equal(mustPatch(new(PatchBuilder).ClearAmount())) ||
		!mustPatch(new(PatchBuilder).SetFees(nil)).Equal(mustPatch(new(PatchBuilder).SetFees([]Fee{}))) {
		t.Error("Patch.Equal: wrong answer")
	}
}
