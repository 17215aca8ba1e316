package validation

import (
	"strconv"
	"testing"

	"github.com/paysession/paysession/jsonvalue"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
	"github.com/paysession/paysession/warnings"
)

// session10 is a valid, fully filled-in session with 10 line items.
func session10(tb testing.TB) session.Session {
	p := session.Params{
		OrderID:      "order-abc",
		CurrencyCode: "GBP",
		CustomerID:   "customer-123",
		Customer: session.Customer{
			EmailAddress:    "john.smith+shop@primer.io",
			FirstName:       "John",
			LastName:        "Smith",
			BillingAddress:  session.Address{FirstName: "John", AddressLine1: "1 Main St", City: "London", CountryCode: "GB", PostalCode: "EC1A 1BB"},
			ShippingAddress: session.Address{AddressLine1: "1 Main St", City: "London", CountryCode: "GB", PostalCode: "EC1A 1BB"},
		},
		Order: session.Order{
			CountryCode: "GB", RetailerCountryCode: "FR",
			Fees:     []session.Fee{{Type: "SHIPPING_FEE", Amount: session.Some[int64](100), Description: "fee"}},
			Shipping: session.Shipping{Amount: session.Some[int64](50)},
		},
		Metadata: map[string]jsonvalue.Value{"productId": jsonvalue.Int(1001), "merchantId": jsonvalue.String("a13bsd62s")},
		PaymentMethod: session.PaymentMethod{
			Descriptor: "Purchase: Shoes", PaymentType: "FIRST_PAYMENT", AuthorizationType: "ESTIMATED",
			OrderedAllowedCardNetworks: []string{"VISA", "MASTERCARD", "AMEX", "CARTES_BANCAIRES"},
			Options: map[string]session.MethodOptions{
				"GOOGLE_PAY":   {Surcharge: session.Some[int64](20)},
				"PAYMENT_CARD": {Networks: map[string]session.NetworkOptions{"VISA": {Surcharge: session.Some[int64](10)}}},
			},
		},
	}
	for i := range 10 {
		p.Order.LineItems = append(p.Order.LineItems, session.LineItem{
			ItemID: "sku-" + strconv.Itoa(i), Name: "T-shirt", Description: "Blue T-shirt, size M",
			Amount: session.Some[int64](500), Quantity: session.Some[int64](2), DiscountAmount: session.Some[int64](100),
			TaxAmount: session.Some[int64](80), TaxCode: "P0000000", ProductType: "PHYSICAL",
			ProductData: session.ProductData{SKU: "SKU", Weight: "0.5", WeightUnit: "kg", PageURL: "https://shop.example/p"},
		})
	}
	s, err := session.New(p)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

var benchOpts = warnings.Options{EnabledMethods: []string{"APPLE_PAY", "GOOGLE_PAY", "PAYPAL", "KLARNA"}, TaxCalculation: true}

// BenchmarkValidate10 validates a valid 10-line-item session with the
// Primer profile and computes its warnings.
func BenchmarkValidate10(b *testing.B) {
	s := session10(b)
	if err := Primer(s); err != nil {
		b.Fatal(err)
	}
	if w := warnings.Check(s, benchOpts); w != nil {
		b.Fatal(w)
	}
	b.ReportAllocs()
	for b.Loop() {
		if Primer(s) != nil || warnings.Check(s, benchOpts) != nil {
			b.Fatal("invalid")
		}
	}
}

// BenchmarkBaselineCalculate10 is pricing.Calculate of the same session, the
// part of validation that checks the amount: the ratio Validate10 /
// BaselineCalculate10 is the cost of the rules on top of pricing.
func BenchmarkBaselineCalculate10(b *testing.B) {
	s := session10(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pricing.Calculate(s); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBaselineRead10 only reads every field validation reads, the way
// it reads them (the session's own representation, through
// internal/sessionview), without checking anything.
func BenchmarkBaselineRead10(b *testing.B) {
	s := session10(b)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		d := sessionData(s)
		n += len(s.OrderID()) + len(s.CurrencyCode()) + len(s.CustomerID())
		cu := &d.Customer
		n += len(cu.EmailAddress) + len(cu.BillingAddress.CountryCode)
		for i := range d.Order.LineItems {
			li := &d.Order.LineItems[i]
			n += len(li.Name) + int(li.Amount.Or(0))
		}
		for i := range d.Order.Fees {
			n += int(d.Order.Fees[i].Amount.Or(0))
		}
		for k := range s.Metadata() {
			n += len(k)
		}
		for i := range s.NumAllowedCardNetworks() {
			n += len(s.AllowedCardNetwork(i))
		}
		for i := range d.PM.Options {
			n += int(d.PM.Options[i].Surcharge.Or(0))
		}
	}
	if n == 0 {
		b.Fatal(n)
	}
}

// BenchmarkValidateInvalid10 is the same session with one problem per line
// item: the cost of building and sorting an error list.
func BenchmarkValidateInvalid10(b *testing.B) {
	p := session10(b).Params()
	for i := range p.Order.LineItems {
		p.Order.LineItems[i].TaxAmount = session.Some[int64](-1)
	}
	s, _ := session.New(p)
	b.ReportAllocs()
	for b.Loop() {
		if Primer(s) == nil {
			b.Fatal("valid")
		}
	}
}

func TestValidate10DoesNotAllocate(t *testing.T) {
	s := session10(t)
	if n := testing.AllocsPerRun(100, func() {
		_ = Primer(s)
		_ = warnings.Check(s, benchOpts)
	}); n != 0 {
		t.Errorf("Primer + Check allocate %v times on a valid session", n)
	}
}

func BenchmarkIsEmail(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if !isEmail("john.smith+shop@例子.example.com") {
			b.Fatal("invalid")
		}
	}
}
