package session

// The package's gopter generators: realistic sessions, patches and KOMOJU
// requests, shared by every property test of the package. Each generator
// draws from gopter's seeded random source, so a failing case is replayed by
// its seed (gopter prints it). Generators build values without shrinking.
//
// Entry points:
//
//	genParams()        Params that New accepts
//	genSession()       Session (New(genParams()))
//	genPatch()         Patch built with PatchBuilder, touching any field
//	genPatchPair()     patchPair: the same random patch as a PATCH body (JSON,
//	                   for DecodePatch) and as a PatchBuilder Patch
//	genLineItems()     []LineItem (with/without quantity, discounts, taxes)
//	genFees()          []Fee (incl. SURCHARGE)
//	genShipping()      Shipping
//	genAddress()       Address
//	genMetadata()      map[string]Value (strings and integers)
//	genPaymentMethod() PaymentMethod with options (per-method and per-network
//	                   surcharges, KLARNA)
//	genMethod()        payment method type, incl. KLARNA, unknown and ""
//	genNetwork()       card network, incl. one without an entry and ""
//	(the KOMOJU generators are package komoju's)

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"strconv"

	"github.com/leanovate/gopter"
	"github.com/paysession/paysession/internal/propgen"
	"github.com/paysession/paysession/jsonvalue"
)

func chance(r *rand.Rand, num, den int) bool { return r.Intn(den) < num }

// optInt returns an absent Opt with probability 1/3, else a value in [lo, hi].
func optInt(r *rand.Rand, lo, hi int64) Opt[int64] {
	if chance(r, 1, 3) {
		return Opt[int64]{}
	}
	return Some(lo + r.Int63n(hi-lo+1))
}

func optStr(r *rand.Rand, xs ...string) string {
	if chance(r, 1, 3) {
		return ""
	}
	return propgen.Pick(r, xs...)
}

func randAddress(r *rand.Rand) Address {
	if chance(r, 1, 3) {
		return Address{}
	}
	return Address{
		FirstName:    optStr(r, "Ada", "Grace", "Taro"),
		LastName:     optStr(r, "Lovelace", "Hopper", "Yamada"),
		AddressLine1: optStr(r, "1 Main St", "2-3-1 Marunouchi"),
		AddressLine2: optStr(r, "Flat 4", "Suite 100"),
		City:         optStr(r, "London", "Tokyo", "Paris"),
		State:        optStr(r, "CA", "Tokyo"),
		CountryCode:  optStr(r, "GB", "JP", "FR", "US", "NO"),
		PostalCode:   optStr(r, "EC1A 1BB", "100-0005", "75001"),
	}
}

func randCustomer(r *rand.Rand) Customer {
	if chance(r, 1, 4) {
		return Customer{}
	}
	return Customer{
		EmailAddress:       optStr(r, "ada@example.com", "x@y.z", "taro@example.jp"),
		MobileNumber:       optStr(r, "+447700900000", "+81312345678"),
		FirstName:          optStr(r, "Ada", "Taro"),
		LastName:           optStr(r, "Lovelace", "Yamada"),
		BillingAddress:     randAddress(r),
		ShippingAddress:    randAddress(r),
		TaxID:              optStr(r, "GB123456789"),
		NationalDocumentID: optStr(r, "9876543210"),
	}
}

func randLineItem(r *rand.Rand, i int) LineItem {
	li := LineItem{
		ItemID:      optStr(r, "t-shirt-"+strconv.Itoa(i), "sku-"+strconv.Itoa(i)),
		Name:        optStr(r, "T-shirt", "Mug", "Book"),
		Description: optStr(r, "A nice thing", "Blue, size M"),
		Amount:      optInt(r, 0, 10000),
		Quantity:    optInt(r, 1, 5),
		TaxCode:     optStr(r, "txcd_99999999"),
		ProductType: optStr(r, "PHYSICAL", "DIGITAL"),
	}
	if chance(r, 1, 3) {
		// A discount that does not exceed amount × quantity.
		max := li.Amount.Or(0) * li.Quantity.Or(1)
		li.DiscountAmount = Some(r.Int63n(max + 1))
	}
	if chance(r, 1, 3) {
		li.TaxAmount = Some(r.Int63n(2000))
	}
	if chance(r, 1, 4) {
		li.ProductData = ProductData{SKU: "SKU-" + strconv.Itoa(i), Brand: optStr(r, "Acme"), Weight: optStr(r, "0.5", "12", "1e3")}
	}
	return li
}

func randLineItems(r *rand.Rand) []LineItem {
	n := propgen.Pick(r, 0, 0, 1, 1, 2, 3, 4)
	var items []LineItem
	for i := range n {
		items = append(items, randLineItem(r, i))
	}
	return items
}

func randFees(r *rand.Rand) []Fee {
	n := propgen.Pick(r, 0, 0, 1, 2)
	var fees []Fee
	for range n {
		fees = append(fees, Fee{
			Type:        propgen.Pick(r, "HANDLING", FeeTypeSurcharge, "SERVICE", ""),
			Amount:      optInt(r, 0, 500),
			Description: optStr(r, "handling fee", "card surcharge"),
		})
	}
	return fees
}

func randShipping(r *rand.Rand) Shipping {
	if chance(r, 1, 3) {
		return Shipping{}
	}
	return Shipping{
		Amount:            optInt(r, 0, 1000),
		MethodID:          optStr(r, "std", "express"),
		MethodName:        optStr(r, "Standard", "Express"),
		MethodDescription: optStr(r, "3-5 days"),
	}
}

func randMetadata(r *rand.Rand) map[string]jsonvalue.Value {
	n := propgen.Pick(r, 0, 0, 1, 2, 3)
	if n == 0 {
		return nil
	}
	m := make(map[string]jsonvalue.Value, n)
	for range n {
		k := propgen.Pick(r, "productId", "orderRef", "campaign", "attempt", "note")
		if chance(r, 1, 2) {
			m[k] = jsonvalue.String(propgen.Pick(r, "abc-123", "spring", "", "日本語"))
		} else {
			m[k] = jsonvalue.Int(r.Int63n(1000000) - 1000)
		}
	}
	return m
}

var genNetworks = []string{"VISA", "MASTERCARD", "AMEX", "JCB", "DISCOVER"}

func randPaymentMethod(r *rand.Rand) PaymentMethod {
	if chance(r, 1, 4) {
		return PaymentMethod{}
	}
	pm := PaymentMethod{
		Descriptor:         optStr(r, "ACME STORE"),
		PaymentType:        optStr(r, "FIRST_PAYMENT", "ECOMMERCE", "SUBSCRIPTION", "UNSCHEDULED"),
		AuthorizationType:  optStr(r, "ESTIMATED", "FINAL"),
		FirstPaymentReason: optStr(r, "CardOnFile", "Recurring"),
	}
	if chance(r, 1, 2) {
		pm.VaultOnSuccess = Some(chance(r, 1, 2))
	}
	if chance(r, 1, 3) {
		pm.VaultOn3DS = Some(chance(r, 1, 2))
	}
	if chance(r, 1, 3) {
		pm.VaultOnAgreement = Some(chance(r, 1, 2))
	}
	for _, n := range genNetworks {
		if chance(r, 1, 3) {
			pm.OrderedAllowedCardNetworks = append(pm.OrderedAllowedCardNetworks, n)
		}
	}
	if chance(r, 1, 5) {
		return pm
	}
	pm.Options = map[string]MethodOptions{}
	if chance(r, 2, 3) {
		card := MethodOptions{Networks: map[string]NetworkOptions{}}
		for _, n := range genNetworks[:3] {
			if chance(r, 2, 3) {
				card.Networks[n] = NetworkOptions{Surcharge: optInt(r, 0, 300)}
			}
		}
		if chance(r, 1, 3) {
			card.CaptureVaultedCardCVV = Some(true)
		}
		if len(card.Networks) == 0 {
			card.Networks = nil // canonical: Params never holds an empty map
		}
		pm.Options[MethodPaymentCard] = card
	}
	for _, m := range []string{"GOOGLE_PAY", "PAYPAL", "APPLE_PAY", MethodKlarna} {
		if chance(r, 1, 2) {
			mo := MethodOptions{Surcharge: optInt(r, 0, 300)}
			switch m {
			case MethodKlarna:
				if chance(r, 1, 2) {
					extra, _ := jsonvalue.Object(jsonvalue.Member{Key: "customer_account_info", Value: jsonvalue.Array(jsonvalue.String("x"))})
					mo.ExtraMerchantData = extra
				}
			case "APPLE_PAY":
				mo.MerchantName = optStr(r, "Acme")
			}
			pm.Options[m] = mo
		}
	}
	if len(pm.Options) == 0 {
		pm.Options = nil
	}
	return pm
}

func randParams(r *rand.Rand) Params {
	p := Params{
		OrderID:      optStr(r, "order-1", "order-2", "ORD-2024-0001"),
		CurrencyCode: optStr(r, "GBP", "USD", "EUR", "JPY", "KWD"),
		CustomerID:   optStr(r, "cust-1", "cust-2"),
		Customer:     randCustomer(r),
		Order: Order{
			LineItems:           randLineItems(r),
			CountryCode:         optStr(r, "GB", "JP", "FR"),
			RetailerCountryCode: optStr(r, "GB", "US"),
			Fees:                randFees(r),
			Shipping:            randShipping(r),
		},
		Metadata:      randMetadata(r),
		PaymentMethod: randPaymentMethod(r),
	}
	if chance(r, 1, 4) {
		p.Amount = Some(r.Int63n(100000))
	}
	return p
}

func mustNew(p Params) Session {
	s, err := New(p)
	if err != nil {
		panic("generator built invalid params: " + err.Error())
	}
	return s
}

func randPatch(r *rand.Rand) Patch {
	var b PatchBuilder
	ops := r.Intn(5)
	for range ops {
		switch r.Intn(36) {
		case 0:
			b.SetOrderID(propgen.Pick(r, "order-9", "order-10"))
		case 1:
			b.ClearOrderID()
		case 2:
			b.SetCurrencyCode(propgen.Pick(r, "EUR", "JPY"))
		case 3:
			b.ClearCurrencyCode()
		case 4:
			b.SetCustomerID("cust-9")
		case 5:
			b.ClearCustomerID()
		case 6:
			b.SetAmount(r.Int63n(50000))
		case 7:
			b.ClearAmount()
		case 8:
			b.SetCustomerEmail(propgen.Pick(r, "new@example.com", "x@y.z"))
		case 9:
			b.SetCustomerName("Grace", "Hopper")
		case 10:
			b.SetBillingAddress(randAddress(r))
		case 11:
			b.ClearShippingAddress()
		case 12:
			b.ClearCustomer()
		case 13:
			b.SetLineItems(randLineItems(r))
		case 14:
			b.ClearLineItems()
		case 15:
			b.SetFees(randFees(r))
		case 16:
			b.ClearFees()
		case 17:
			b.SetShipping(randShipping(r))
		case 18:
			b.SetOrderCountryCode(propgen.Pick(r, "DE", "JP"))
		case 19:
			b.ClearOrder()
		case 20:
			b.SetMetadata(randMetadata(r))
		case 21:
			b.ClearMetadata()
		case 22:
			pm := randPaymentMethod(r)
			pm.Options = nil
			b.SetPaymentMethod(pm)
		case 23:
			b.ClearPaymentMethod()
		case 24:
			b.SetCustomerMobileNumber(propgen.Pick(r, "+447700900123", ""))
		case 25:
			b.ClearCustomerMobileNumber()
		case 26:
			b.SetCustomerTaxID(propgen.Pick(r, "GB123", ""))
		case 27:
			b.ClearCustomerTaxID()
		case 28:
			b.SetCustomerNationalDocumentID(propgen.Pick(r, "X1234", ""))
		case 29:
			b.ClearCustomerNationalDocumentID()
		case 30:
			b.SetRetailerCountryCode(propgen.Pick(r, "DE", "JP"))
		case 31:
			b.ClearRetailerCountryCode()
		case 32:
			b.SetCustomerFirstName(propgen.Pick(r, "Ada", ""))
			b.ClearCustomerLastName()
		case 33:
			b.ClearCustomerEmail().ClearCustomerFirstName()
			b.SetCustomerLastName("Lovelace")
		case 34:
			b.ClearOrderCountryCode()
		case 35:
			b.ClearBillingAddress().SetShippingAddress(randAddress(r))
		}
	}
	p, err := b.Build()
	if err != nil {
		panic("generator built an invalid patch: " + err.Error())
	}
	return p
}

func genParams() gopter.Gen { return propgen.FromRand(randParams) }
func genSession() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) Session { return mustNew(randParams(r)) })
}
func genPatch() gopter.Gen         { return propgen.FromRand(randPatch) }
func genLineItems() gopter.Gen     { return propgen.FromRand(randLineItems) }
func genFees() gopter.Gen          { return propgen.FromRand(randFees) }
func genShipping() gopter.Gen      { return propgen.FromRand(randShipping) }
func genAddress() gopter.Gen       { return propgen.FromRand(randAddress) }
func genMetadata() gopter.Gen      { return propgen.FromRand(randMetadata) }
func genPaymentMethod() gopter.Gen { return propgen.FromRand(randPaymentMethod) }
func genMethod() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) string {
		return propgen.Pick(r, MethodPaymentCard, MethodPaymentCard, "GOOGLE_PAY", "PAYPAL", "APPLE_PAY", MethodKlarna, "ALIPAY", "")
	})
}
func genNetwork() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) string { return propgen.Pick(r, "VISA", "MASTERCARD", "AMEX", "JCB", "") })
}
func genAmount() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) int64 { return r.Int63n(100000) })
}

// patchPair is one random patch written twice: as a PATCH request body and
// built with PatchBuilder. Applying either must give the same session.
type patchPair struct {
	JSON  []byte
	Built Patch
}

// jsonOf returns the request encoding of p as a generic JSON tree (numbers
// kept as json.Number, never float64).
func jsonOf(p Params) map[string]any {
	var m map[string]any
	dec := json.NewDecoder(bytes.NewReader(mustNew(p).AppendRequestJSON(nil)))
	dec.UseNumber()
	if err := dec.Decode(&m); err != nil {
		panic(err)
	}
	return m
}

func jsonAddress(a Address) map[string]any {
	m := map[string]any{}
	for k, v := range map[string]string{
		"firstName": a.FirstName, "lastName": a.LastName, "addressLine1": a.AddressLine1, "addressLine2": a.AddressLine2,
		"city": a.City, "state": a.State, "countryCode": a.CountryCode, "postalCode": a.PostalCode,
	} {
		if v != "" {
			m[k] = v
		}
	}
	return m
}

// orEmpty returns m[key], or an empty object when the encoder left it out.
func orEmpty(m map[string]any, key string) any {
	if v, ok := m[key]; ok {
		return v
	}
	return map[string]any{}
}

func randPatchPair(r *rand.Rand) patchPair {
	var b PatchBuilder
	doc := map[string]any{}
	sub := func(key string) map[string]any { // mirrors PatchBuilder.customer/order
		if m, ok := doc[key].(map[string]any); ok {
			return m
		}
		m := map[string]any{}
		doc[key] = m
		return m
	}
	for range r.Intn(6) {
		switch r.Intn(28) {
		case 0:
			v := propgen.Pick(r, "order-9", "order-10")
			b.SetOrderID(v)
			doc["orderId"] = v
		case 1:
			b.ClearOrderID()
			doc["orderId"] = nil
		case 2:
			v := propgen.Pick(r, "EUR", "JPY")
			b.SetCurrencyCode(v)
			doc["currencyCode"] = v
		case 3:
			b.ClearCurrencyCode()
			doc["currencyCode"] = nil
		case 4:
			b.ClearCustomerID()
			doc["customerId"] = nil
		case 5:
			v := r.Int63n(50000)
			b.SetAmount(v)
			doc["amount"] = v
		case 6:
			b.ClearAmount()
			doc["amount"] = nil
		case 7:
			v := propgen.Pick(r, "new@example.com", "x@y.z")
			b.SetCustomerEmail(v)
			sub("customer")["emailAddress"] = v
		case 8:
			b.SetCustomerName("Grace", "Hopper")
			c := sub("customer")
			c["firstName"], c["lastName"] = "Grace", "Hopper"
		case 9:
			a := randAddress(r)
			b.SetBillingAddress(a)
			sub("customer")["billingAddress"] = jsonAddress(a)
		case 10:
			b.ClearShippingAddress()
			sub("customer")["shippingAddress"] = nil
		case 11:
			b.ClearCustomer()
			doc["customer"] = nil
		case 12:
			items := randLineItems(r)
			b.SetLineItems(items)
			o := jsonOf(Params{Order: Order{LineItems: items}})
			v := []any{}
			if order, ok := o["order"].(map[string]any); ok {
				v = order["lineItems"].([]any)
			}
			sub("order")["lineItems"] = v
		case 13:
			b.ClearLineItems()
			sub("order")["lineItems"] = nil
		case 14:
			fees := randFees(r)
			for i := range fees {
				if fees[i].Type == "" {
					fees[i].Type = "HANDLING"
				}
			}
			b.SetFees(fees)
			o := jsonOf(Params{Order: Order{Fees: fees}})
			v := []any{}
			if order, ok := o["order"].(map[string]any); ok {
				v = order["fees"].([]any)
			}
			sub("order")["fees"] = v
		case 15:
			sh := randShipping(r)
			b.SetShipping(sh)
			o := jsonOf(Params{Order: Order{Shipping: sh}})
			v := any(map[string]any{})
			if order, ok := o["order"].(map[string]any); ok {
				v = orEmpty(order, "shipping")
			}
			sub("order")["shipping"] = v
		case 16:
			b.ClearShipping()
			sub("order")["shipping"] = nil
		case 17:
			v := propgen.Pick(r, "DE", "JP")
			b.SetOrderCountryCode(v)
			sub("order")["countryCode"] = v
		case 18:
			b.ClearOrder()
			doc["order"] = nil
		case 19:
			m := randMetadata(r)
			b.SetMetadata(m)
			doc["metadata"] = orEmpty(jsonOf(Params{Metadata: m}), "metadata")
		case 20:
			pm := randPaymentMethod(r)
			pm.Options = nil
			b.SetPaymentMethod(pm)
			doc["paymentMethod"] = orEmpty(jsonOf(Params{PaymentMethod: pm}), "paymentMethod")
		case 21:
			b.ClearPaymentMethod()
			doc["paymentMethod"] = nil
		case 22:
			v := propgen.Pick(r, "+447700900123", "+81312345678")
			b.SetCustomerMobileNumber(v)
			sub("customer")["mobileNumber"] = v
		case 23:
			v := propgen.Pick(r, "GB123", "")
			b.SetCustomerTaxID(v)
			sub("customer")["taxId"] = v
		case 24:
			b.ClearCustomerNationalDocumentID()
			sub("customer")["nationalDocumentId"] = nil
		case 25:
			b.SetCustomerNationalDocumentID("X1234")
			sub("customer")["nationalDocumentId"] = "X1234"
		case 26:
			v := propgen.Pick(r, "DE", "JP")
			b.SetRetailerCountryCode(v)
			sub("order")["retailerCountryCode"] = v
		case 27:
			b.ClearRetailerCountryCode()
			sub("order")["retailerCountryCode"] = nil
		}
	}
	if chance(r, 1, 4) {
		doc["clientToken"] = "tok"
	}
	data, err := json.Marshal(doc)
	if err != nil {
		panic(err)
	}
	p, err := b.Build()
	if err != nil {
		panic(err)
	}
	return patchPair{JSON: data, Built: p}
}

func genPatchPair() gopter.Gen { return propgen.FromRand(randPatchPair) }
