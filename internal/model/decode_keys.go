package model

import "github.com/paysession/paysession/internal/jsonread"

// The keys of each object of the Primer request, response and PATCH schemas,
// numbered for jsonread.ObjectFields (one hash and one comparison a key; a
// repeated key found with one bit). Read-only.
var (
	topKeys           = jsonread.NewFields("orderId", "currencyCode", "amount", "customerId", "customer", "order", "metadata", "paymentMethod", "clientToken", "clientTokenExpirationDate", "warnings")
	customerKeys      = jsonread.NewFields("emailAddress", "mobileNumber", "firstName", "lastName", "billingAddress", "shippingAddress", "taxId", "nationalDocumentId")
	addressKeys       = jsonread.NewFields("firstName", "lastName", "addressLine1", "addressLine2", "city", "state", "countryCode", "postalCode")
	orderKeys         = jsonread.NewFields("lineItems", "countryCode", "retailerCountryCode", "fees", "shipping")
	lineItemKeys      = jsonread.NewFields("itemId", "name", "description", "amount", "quantity", "discountAmount", "taxAmount", "taxCode", "productType", "productData")
	productDataKeys   = jsonread.NewFields("sku", "brand", "color", "globalTradeItemNumber", "manufacturerPartNumber", "weight", "weightUnit", "pageUrl")
	feeKeys           = jsonread.NewFields("type", "amount", "description")
	shippingKeys      = jsonread.NewFields("amount", "methodId", "methodName", "methodDescription")
	paymentMethodKeys = jsonread.NewFields("vaultOnSuccess", "vaultOn3DS", "vaultOnAgreement", "descriptor", "paymentType", "authorizationType", "firstPaymentReason", "orderedAllowedCardNetworks", "options")
	optionKeys        = jsonread.NewFields("surcharge", "extraMerchantData", "merchantName", "networks", "captureVaultedCardCvv", "recurringPaymentRequest", "deferredPaymentRequest", "automaticReloadRequest")
	surchargeKey      = jsonread.NewFields("surcharge")
	amountKey         = jsonread.NewFields("amount")
)

// The numbers of the keys of topKeys.
const (
	topOrderId = iota
	topCurrencyCode
	topAmount
	topCustomerId
	topCustomer
	topOrder
	topMetadata
	topPaymentMethod
	topClientToken
	topClientTokenExpirationDate
	topWarnings
)

// The numbers of the keys of customerKeys.
const (
	custEmailAddress = iota
	custMobileNumber
	custFirstName
	custLastName
	custBillingAddress
	custShippingAddress
	custTaxId
	custNationalDocumentId
)

// The numbers of the keys of addressKeys.
const (
	addrFirstName = iota
	addrLastName
	addrAddressLine1
	addrAddressLine2
	addrCity
	addrState
	addrCountryCode
	addrPostalCode
)

// The numbers of the keys of orderKeys.
const (
	ordLineItems = iota
	ordCountryCode
	ordRetailerCountryCode
	ordFees
	ordShipping
)

// The numbers of the keys of lineItemKeys.
const (
	liItemId = iota
	liName
	liDescription
	liAmount
	liQuantity
	liDiscountAmount
	liTaxAmount
	liTaxCode
	liProductType
	liProductData
)

// The numbers of the keys of productDataKeys.
const (
	prodSku = iota
	prodBrand
	prodColor
	prodGlobalTradeItemNumber
	prodManufacturerPartNumber
	prodWeight
	prodWeightUnit
	prodPageUrl
)

// The numbers of the keys of feeKeys.
const (
	feeType = iota
	feeAmount
	feeDescription
)

// The numbers of the keys of shippingKeys.
const (
	shipAmount = iota
	shipMethodId
	shipMethodName
	shipMethodDescription
)

// The numbers of the keys of paymentMethodKeys.
const (
	pmVaultOnSuccess = iota
	pmVaultOn3DS
	pmVaultOnAgreement
	pmDescriptor
	pmPaymentType
	pmAuthorizationType
	pmFirstPaymentReason
	pmOrderedAllowedCardNetworks
	pmOptions
)

// The numbers of the keys of optionKeys.
const (
	optSurcharge = iota
	optExtraMerchantData
	optMerchantName
	optNetworks
	optCaptureVaultedCardCvv
	optRecurringPaymentRequest
	optDeferredPaymentRequest
	optAutomaticReloadRequest
)
