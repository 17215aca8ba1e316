package session

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/paysession/paysession/jsonvalue"
)

// bench10 is a realistic session: customer with both addresses, ten line
// items, shipping, two fees, metadata and payment-method options with
// per-method and per-network surcharges.
func bench10() Session {
	items := make([]LineItem, 10)
	for i := range items {
		items[i] = LineItem{
			ItemID: "sku-" + strconv.Itoa(1000+i), Name: "Item " + strconv.Itoa(i), Description: "A very nice thing, size M",
			Amount: Some(int64(1999 + 100*i)), Quantity: Some(int64(1 + i%3)), DiscountAmount: Some(int64(100)), TaxAmount: Some(int64(320)),
			TaxCode: "txcd_99999999", ProductType: "PHYSICAL",
			ProductData: ProductData{SKU: "SKU-" + strconv.Itoa(i), Brand: "Acme", Weight: "0.5", WeightUnit: "kg"},
		}
	}
	addr := Address{FirstName: "Ada", LastName: "Lovelace", AddressLine1: "1 Main St", AddressLine2: "Flat 4", City: "London", CountryCode: "GB", PostalCode: "EC1A 1BB"}
	return mustNew(Params{
		OrderID: "ORD-2024-0001", CurrencyCode: "GBP", CustomerID: "cust-42",
		Customer: Customer{EmailAddress: "ada@example.com", MobileNumber: "+447700900123", FirstName: "Ada", LastName: "Lovelace",
			BillingAddress: addr, ShippingAddress: addr},
		Order: Order{
			LineItems: items, CountryCode: "GB", RetailerCountryCode: "GB",
			Fees:     []Fee{{Type: "HANDLING", Amount: Some[int64](250), Description: "Handling"}, {Type: "SERVICE", Amount: Some[int64](99), Description: "Service fee"}},
			Shipping: Shipping{Amount: Some[int64](499), MethodID: "std", MethodName: "Standard", MethodDescription: "3-5 days"},
		},
		Metadata: map[string]jsonvalue.Value{"productId": jsonvalue.Int(1001), "merchantId": jsonvalue.String("a13bsd62s"), "campaign": jsonvalue.String("spring")},
		PaymentMethod: PaymentMethod{
			VaultOnSuccess: Some(true), Descriptor: "ACME STORE", PaymentType: "FIRST_PAYMENT", AuthorizationType: "FINAL",
			OrderedAllowedCardNetworks: []string{"VISA", "MASTERCARD", "AMEX"},
			Options: map[string]MethodOptions{
				"PAYMENT_CARD": {Networks: map[string]NetworkOptions{"VISA": {Surcharge: Some[int64](10)}, "MASTERCARD": {Surcharge: Some[int64](20)}}},
				"GOOGLE_PAY":   {Surcharge: Some[int64](100)},
				"PAYPAL":       {Surcharge: Some[int64](50)},
			},
		},
	})
}

// The baseline: encoding/json on plain structs with the same fields.
type (
	bAddress struct {
		FirstName    string `json:"firstName,omitempty"`
		LastName     string `json:"lastName,omitempty"`
		AddressLine1 string `json:"addressLine1,omitempty"`
		AddressLine2 string `json:"addressLine2,omitempty"`
		City         string `json:"city,omitempty"`
		State        string `json:"state,omitempty"`
		CountryCode  string `json:"countryCode,omitempty"`
		PostalCode   string `json:"postalCode,omitempty"`
	}
	bCustomer struct {
		EmailAddress       string    `json:"emailAddress,omitempty"`
		MobileNumber       string    `json:"mobileNumber,omitempty"`
		FirstName          string    `json:"firstName,omitempty"`
		LastName           string    `json:"lastName,omitempty"`
		BillingAddress     *bAddress `json:"billingAddress,omitempty"`
		ShippingAddress    *bAddress `json:"shippingAddress,omitempty"`
		TaxID              string    `json:"taxId,omitempty"`
		NationalDocumentID string    `json:"nationalDocumentId,omitempty"`
	}
	bProductData struct {
		SKU                    string       `json:"sku,omitempty"`
		Brand                  string       `json:"brand,omitempty"`
		Color                  string       `json:"color,omitempty"`
		GlobalTradeItemNumber  string       `json:"globalTradeItemNumber,omitempty"`
		ManufacturerPartNumber string       `json:"manufacturerPartNumber,omitempty"`
		Weight                 *json.Number `json:"weight,omitempty"`
		WeightUnit             string       `json:"weightUnit,omitempty"`
		PageURL                string       `json:"pageUrl,omitempty"`
	}
	bLineItem struct {
		ItemID         string        `json:"itemId,omitempty"`
		Name           string        `json:"name,omitempty"`
		Description    string        `json:"description,omitempty"`
		Amount         *int64        `json:"amount,omitempty"`
		Quantity       *int64        `json:"quantity,omitempty"`
		DiscountAmount *int64        `json:"discountAmount,omitempty"`
		TaxAmount      *int64        `json:"taxAmount,omitempty"`
		TaxCode        string        `json:"taxCode,omitempty"`
		ProductType    string        `json:"productType,omitempty"`
		ProductData    *bProductData `json:"productData,omitempty"`
	}
	bFee struct {
		Type        string `json:"type,omitempty"`
		Amount      *int64 `json:"amount,omitempty"`
		Description string `json:"description,omitempty"`
	}
	bShipping struct {
		Amount            *int64 `json:"amount,omitempty"`
		MethodID          string `json:"methodId,omitempty"`
		MethodName        string `json:"methodName,omitempty"`
		MethodDescription string `json:"methodDescription,omitempty"`
	}
	bOrder struct {
		LineItems           []bLineItem `json:"lineItems,omitempty"`
		CountryCode         string      `json:"countryCode,omitempty"`
		RetailerCountryCode string      `json:"retailerCountryCode,omitempty"`
		Fees                []bFee      `json:"fees,omitempty"`
		Shipping            *bShipping  `json:"shipping,omitempty"`
	}
	bSurcharge struct {
		Amount *int64 `json:"amount,omitempty"`
	}
	bNetwork struct {
		Surcharge *bSurcharge `json:"surcharge,omitempty"`
	}
	bMethodOptions struct {
		Surcharge             *bSurcharge         `json:"surcharge,omitempty"`
		Networks              map[string]bNetwork `json:"networks,omitempty"`
		CaptureVaultedCardCvv *bool               `json:"captureVaultedCardCvv,omitempty"`
		MerchantName          string              `json:"merchantName,omitempty"`
		ExtraMerchantData     map[string]any      `json:"extraMerchantData,omitempty"`
	}
	bPaymentMethod struct {
		VaultOnSuccess             *bool                     `json:"vaultOnSuccess,omitempty"`
		VaultOn3DS                 *bool                     `json:"vaultOn3DS,omitempty"`
		VaultOnAgreement           *bool                     `json:"vaultOnAgreement,omitempty"`
		Descriptor                 string                    `json:"descriptor,omitempty"`
		PaymentType                string                    `json:"paymentType,omitempty"`
		OrderedAllowedCardNetworks []string                  `json:"orderedAllowedCardNetworks,omitempty"`
		Options                    map[string]bMethodOptions `json:"options,omitempty"`
		AuthorizationType          string                    `json:"authorizationType,omitempty"`
		FirstPaymentReason         string                    `json:"firstPaymentReason,omitempty"`
	}
	bSession struct {
		CustomerID    string          `json:"customerId,omitempty"`
		OrderID       string          `json:"orderId,omitempty"`
		CurrencyCode  string          `json:"currencyCode,omitempty"`
		Amount        *int64          `json:"amount,omitempty"`
		Metadata      map[string]any  `json:"metadata,omitempty"`
		Customer      *bCustomer      `json:"customer,omitempty"`
		Order         *bOrder         `json:"order,omitempty"`
		PaymentMethod *bPaymentMethod `json:"paymentMethod,omitempty"`
	}
)

func BenchmarkDecode10(b *testing.B) {
	in := bench10().AppendRequestJSON(nil)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeRequest(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecode10Baseline(b *testing.B) {
	in := bench10().AppendRequestJSON(nil)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		var s bSession
		if err := json.Unmarshal(in, &s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncode10(b *testing.B) {
	s := bench10()
	b.SetBytes(int64(len(s.AppendRequestJSON(nil))))
	b.ReportAllocs()
	for b.Loop() {
		if len(s.AppendRequestJSON(nil)) == 0 {
			b.Fatal("empty")
		}
	}
}

func BenchmarkEncode10Baseline(b *testing.B) {
	in := bench10().AppendRequestJSON(nil)
	var s bSession
	if err := json.Unmarshal(in, &s); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		out, err := json.Marshal(&s)
		if err != nil || len(out) == 0 {
			b.Fatal(err)
		}
	}
}

// The baseline reads and writes the same document: it is a fair comparison.
func TestBenchBaselineSameDocument(t *testing.T) {
	in := bench10().AppendRequestJSON(nil)
	var s bSession
	if err := json.Unmarshal(in, &s); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(&s)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := canonicalJSON(t, in), canonicalJSON(t, out); a != b {
		t.Errorf("baseline loses data:\n%s\n%s", a, b)
	}
}
