package peers

// The plain structs every peer decodes into: the fields of
// session/json_bench_test.go's baseline, except that productData.weight is a
// float64 (a json.Number, kept exact as paysession keeps it, would cost the
// peers an allocation each, and the v2 APIs read it only from a string).
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
		SKU                    string  `json:"sku,omitempty"`
		Brand                  string  `json:"brand,omitempty"`
		Color                  string  `json:"color,omitempty"`
		GlobalTradeItemNumber  string  `json:"globalTradeItemNumber,omitempty"`
		ManufacturerPartNumber string  `json:"manufacturerPartNumber,omitempty"`
		Weight                 float64 `json:"weight,omitempty"` // no json.Number: the v2 APIs want a string for it
		WeightUnit             string  `json:"weightUnit,omitempty"`
		PageURL                string  `json:"pageUrl,omitempty"`
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
