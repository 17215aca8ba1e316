package session

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/internal/sessionview"
	"github.com/paysession/paysession/jsonvalue"

	"github.com/paysession/paysession/currency"
)

// Table tests of the read accessors of Value and Session that
// the property tests do not reach: each checks the documented result on a
// value whose contents the test wrote itself.

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
		Metadata: map[string]jsonvalue.Value{"b": jsonvalue.Int(2), "a": jsonvalue.String("x"), "c": jsonvalue.Null()},
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
				MethodApplePay: {MerchantName: "Shop", RecurringPaymentRequest: mustObject(jsonvalue.Member{Key: "paymentDescription", Value: jsonvalue.String("d")})},
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
	if v, ok := s.MetadataValue("b"); !ok || !v.Equal(jsonvalue.Int(2)) {
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
	if apple != MethodApplePay || o.MerchantName != "Shop" || o.RecurringPaymentRequest.Kind() != jsonvalue.KindObject || !o.DeferredPaymentRequest.IsAbsent() {
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
		func(p *Params) { p.Metadata["a"] = jsonvalue.String("y") },
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
func viewOrder(s Session) ([]model.LineItem, []model.Fee, model.Opt[int64]) {
	return sessionview.Order.(func(Session) ([]model.LineItem, []model.Fee, model.Opt[int64]))(s)
}
func viewData(s Session) *model.Data { return sessionview.Data.(func(Session) *model.Data)(s) }
func viewPaymentMethod(s Session) PaymentMethod {
	return paymentMethodScalarsOut(&viewData(s).PM)
}
func viewNumMethodOptions(s Session) int { return len(viewData(s).PM.Options) }
func viewMethodOptionsAt(s Session, i int) (string, MethodOptions) {
	o := &viewData(s).PM.Options[i]
	return o.Type, methodOptionsOut(o)
}
func viewNumNetworksAt(s Session, i int) int { return len(viewData(s).PM.Options[i].Networks) }
func viewNetworkAt(s Session, i, j int) (string, NetworkOptions) {
	n := &viewData(s).PM.Options[i].Networks[j]
	return n.Name, NetworkOptions{Surcharge: optOut(n.Surcharge)}
}

func lineItemAmounts(s Session, i int) (amount, quantity, discount, tax Opt[int64]) {
	lines, _, _ := viewOrder(s)
	li := &lines[i]
	return optOut(li.Amount), optOut(li.Quantity), optOut(li.DiscountAmount), optOut(li.TaxAmount)
}

func viewFeeAmount(s Session, i int) (string, Opt[int64]) {
	_, fees, _ := viewOrder(s)
	return fees[i].Type, optOut(fees[i].Amount)
}

func shippingAmount(s Session) Opt[int64] {
	_, _, ship := viewOrder(s)
	return optOut(ship)
}
