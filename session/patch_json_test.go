package session

import (
	"encoding/json"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
	"github.com/paysession/paysession/internal/model"
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
	str := func(f model.Field[string], set func(string) *PatchBuilder, clear func() *PatchBuilder) {
		switch f.St {
		case model.Present:
			set(f.V)
		case model.Null:
			clear()
		}
	}
	str(pd.OrderID, b.SetOrderID, b.ClearOrderID)
	str(pd.CurrencyCode, b.SetCurrencyCode, b.ClearCurrencyCode)
	str(pd.CustomerID, b.SetCustomerID, b.ClearCustomerID)
	switch pd.Amount.St {
	case model.Present:
		b.SetAmount(pd.Amount.V)
	case model.Null:
		b.ClearAmount()
	}
	switch pd.Customer.St {
	case model.Null:
		b.ClearCustomer()
	case model.Present:
		c := pd.Customer.V
		str(c.EmailAddress, b.SetCustomerEmail, b.ClearCustomerEmail)
		str(c.MobileNumber, b.SetCustomerMobileNumber, b.ClearCustomerMobileNumber)
		str(c.FirstName, b.SetCustomerFirstName, b.ClearCustomerFirstName)
		str(c.LastName, b.SetCustomerLastName, b.ClearCustomerLastName)
		str(c.TaxID, b.SetCustomerTaxID, b.ClearCustomerTaxID)
		str(c.NationalDocumentID, b.SetCustomerNationalDocumentID, b.ClearCustomerNationalDocumentID)
		switch c.BillingAddress.St {
		case model.Present:
			b.SetBillingAddress(Address(c.BillingAddress.V))
		case model.Null:
			b.ClearBillingAddress()
		}
		switch c.ShippingAddress.St {
		case model.Present:
			b.SetShippingAddress(Address(c.ShippingAddress.V))
		case model.Null:
			b.ClearShippingAddress()
		}
	}
	switch pd.Order.St {
	case model.Null:
		b.ClearOrder()
	case model.Present:
		o := pd.Order.V
		str(o.CountryCode, b.SetOrderCountryCode, b.ClearOrderCountryCode)
		str(o.RetailerCountryCode, b.SetRetailerCountryCode, b.ClearRetailerCountryCode)
		switch o.LineItems.St {
		case model.Present:
			b.SetLineItems(lineItemsOut(o.LineItems.V))
		case model.Null:
			b.ClearLineItems()
		}
		switch o.Fees.St {
		case model.Present:
			b.SetFees(feesOut(o.Fees.V))
		case model.Null:
			b.ClearFees()
		}
		switch o.Shipping.St {
		case model.Present:
			b.SetShipping(shippingOut(&o.Shipping.V))
		case model.Null:
			b.ClearShipping()
		}
	}
	switch pd.Metadata.St {
	case model.Present:
		m := map[string]jsonvalue.Value{}
		for _, mb := range pd.Metadata.V {
			m[mb.Key] = mb.Value
		}
		b.SetMetadata(m)
	case model.Null:
		b.ClearMetadata()
	}
	switch pd.PaymentMethod.St {
	case model.Present:
		b.SetPaymentMethod(Session{d: &model.Data{PM: pd.PaymentMethod.V}}.PaymentMethod())
	case model.Null:
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
