package peers

import (
	"bytes"
	stdjson "encoding/json"
	"errors"
	"math/bits"
	"strconv"

	"github.com/bytedance/sonic"
	jsonv2 "github.com/go-json-experiment/json"
	goccy "github.com/goccy/go-json/v2"
	"github.com/paysession/paysession/jsonvalue"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
)

// Doc returns the benchmark session with n line items, as its request JSON:
// customer with both addresses, line items with product data, shipping, two
// fees, metadata and payment-method options with surcharges.
func Doc(n int) []byte {
	items := make([]session.LineItem, n)
	for i := range items {
		items[i] = session.LineItem{
			ItemID: "sku-" + strconv.Itoa(1000+i), Name: "Item " + strconv.Itoa(i), Description: "A very nice thing, size M",
			Amount: session.Some(int64(1999 + 100*i)), Quantity: session.Some(int64(1 + i%3)), DiscountAmount: session.Some(int64(100)), TaxAmount: session.Some(int64(320)),
			TaxCode: "txcd_99999999", ProductType: "PHYSICAL",
			ProductData: session.ProductData{SKU: "SKU-" + strconv.Itoa(i), Brand: "Acme", Weight: "0.5", WeightUnit: "kg"},
		}
	}
	addr := session.Address{FirstName: "Ada", LastName: "Lovelace", AddressLine1: "1 Main St", AddressLine2: "Flat 4", City: "London", CountryCode: "GB", PostalCode: "EC1A 1BB"}
	s, err := session.New(session.Params{
		OrderID: "ORD-2024-0001", CurrencyCode: "GBP", CustomerID: "cust-42",
		Customer: session.Customer{EmailAddress: "ada@example.com", MobileNumber: "+447700900123", FirstName: "Ada", LastName: "Lovelace",
			BillingAddress: addr, ShippingAddress: addr},
		Order: session.Order{
			LineItems: items, CountryCode: "GB", RetailerCountryCode: "GB",
			Fees: []session.Fee{
				{Type: "HANDLING", Amount: session.Some[int64](250), Description: "Handling"},
				{Type: "SERVICE", Amount: session.Some[int64](99), Description: "Service fee"},
			},
			Shipping: session.Shipping{Amount: session.Some[int64](499), MethodID: "std", MethodName: "Standard", MethodDescription: "3-5 days"},
		},
		Metadata: map[string]jsonvalue.Value{"productId": jsonvalue.Int(1001), "merchantId": jsonvalue.String("a13bsd62s"), "campaign": jsonvalue.String("spring")},
		PaymentMethod: session.PaymentMethod{
			VaultOnSuccess: session.Some(true), Descriptor: "ACME STORE", PaymentType: "FIRST_PAYMENT", AuthorizationType: "FINAL",
			OrderedAllowedCardNetworks: []string{"VISA", "MASTERCARD", "AMEX"},
			Options: map[string]session.MethodOptions{
				"PAYMENT_CARD": {Networks: map[string]session.NetworkOptions{"VISA": {Surcharge: session.Some[int64](10)}, "MASTERCARD": {Surcharge: session.Some[int64](20)}}},
				"GOOGLE_PAY":   {Surcharge: session.Some[int64](100)},
				"PAYPAL":       {Surcharge: session.Some[int64](50)},
			},
		},
	})
	if err != nil {
		panic(err)
	}
	return s.AppendRequestJSON(nil)
}

// A Path decodes a document and returns its amount.
type Path struct {
	Name   string
	Decode func([]byte) (int64, error)
}

// Paths are the paths measured, paysession first.
var Paths = []Path{
	{"paysession", Paysession},
	{"encoding/json", EncodingJSON},
	{"go-json-experiment", JSONv2},
	{"goccy", Goccy},
	{"sonic", Sonic},
}

var errNoAmount = errors.New("no amount")

// Paysession decodes with session.DecodeRequest and prices with
// pricing.Calculate.
func Paysession(in []byte) (int64, error) {
	s, err := session.DecodeRequest(in)
	if err != nil {
		return 0, err
	}
	q, err := pricing.Calculate(s)
	if err != nil {
		return 0, err
	}
	a, ok := q.Amount()
	if !ok {
		return 0, errNoAmount
	}
	return a, nil
}

// EncodingJSON decodes with encoding/json's Decoder and DisallowUnknownFields.
func EncodingJSON(in []byte) (int64, error) {
	var s bSession
	d := stdjson.NewDecoder(bytes.NewReader(in))
	d.DisallowUnknownFields()
	if err := d.Decode(&s); err != nil {
		return 0, err
	}
	if d.More() {
		return 0, errors.New("data after the value")
	}
	return s.amount()
}

// JSONv2 decodes with go-json-experiment/json and RejectUnknownMembers.
func JSONv2(in []byte) (int64, error) {
	var s bSession
	if err := jsonv2.Unmarshal(in, &s, jsonv2.RejectUnknownMembers(true)); err != nil {
		return 0, err
	}
	return s.amount()
}

// Goccy decodes with goccy/go-json's v2 API and RejectUnknownMembers.
func Goccy(in []byte) (int64, error) {
	var s bSession
	if err := goccy.Unmarshal(in, &s, goccy.RejectUnknownMembers(true)); err != nil {
		return 0, err
	}
	return s.amount()
}

// sonicStrict is sonic's standard configuration (valid UTF-8, copied
// strings) with unknown fields rejected.
var sonicStrict = sonic.Config{
	EscapeHTML:            true,
	SortMapKeys:           true,
	CompactMarshaler:      true,
	CopyString:            true,
	ValidateString:        true,
	DisallowUnknownFields: true,
}.Froze()

// Sonic decodes with sonic's strict configuration.
func Sonic(in []byte) (int64, error) {
	var s bSession
	if err := sonicStrict.Unmarshal(in, &s); err != nil {
		return 0, err
	}
	return s.amount()
}

var errOverflow = errors.New("amount overflows int64")

func add(a, b int64) (int64, bool) {
	s := a + b
	return s, (a^s)&(b^s) >= 0
}

func sub(a, b int64) (int64, bool) {
	s := a - b
	return s, (a^b)&(a^s) >= 0
}

func mul(a, b int64) (int64, bool) {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	// The signed high word: hi less a's or b's contribution when negative.
	if a < 0 {
		hi -= uint64(b)
	}
	if b < 0 {
		hi -= uint64(a)
	}
	return int64(lo), int64(hi) == int64(lo)>>63
}

func or(p *int64, d int64) int64 {
	if p == nil {
		return d
	}
	return *p
}

// amount sums the line totals, shipping and fees, as pricing.Calculate does
// (the override, when set, wins).
func (s *bSession) amount() (int64, error) {
	if s.Amount != nil {
		return *s.Amount, nil
	}
	if s.Order == nil || len(s.Order.LineItems) == 0 {
		return 0, errNoAmount
	}
	var sum int64
	ok := true
	for i := range s.Order.LineItems {
		li := &s.Order.LineItems[i]
		t, k1 := mul(or(li.Amount, 0), or(li.Quantity, 1))
		t, k2 := sub(t, or(li.DiscountAmount, 0))
		t, k3 := add(t, or(li.TaxAmount, 0))
		var k4 bool
		sum, k4 = add(sum, t)
		ok = ok && k1 && k2 && k3 && k4
	}
	for _, f := range s.Order.Fees {
		var k bool
		sum, k = add(sum, or(f.Amount, 0))
		ok = ok && k
	}
	if s.Order.Shipping != nil {
		var k bool
		sum, k = add(sum, or(s.Order.Shipping.Amount, 0))
		ok = ok && k
	}
	if !ok {
		return 0, errOverflow
	}
	return sum, nil
}
