package validation

import (
	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/internal/model"
	"github.com/paysession/paysession/jsonvalue"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/provider"
	"github.com/paysession/paysession/session"
)

// Length limits of Primer's strings, in code points (from the OpenAPI file).
const (
	maxString  = 255  // most strings
	maxLongURL = 1024 // productData.pageUrl, Apple Pay strings, merchantName
)

// Primer validates a client session against Primer's rules (Primer
// profile) and returns every problem at once as a fielderr.List, sorted by
// path, or nil when the session is valid. It does not allocate for a valid
// session.
//
// Unknown fields and wrong JSON types cannot exist in the typed part of a
// Session (only inside the Apple Pay requests, which are JSON values and are
// checked here); PrimerJSON reports them from the JSON text.
func Primer(s session.Session) error {
	var c collector
	checkPrimer(&c, s)
	return c.err()
}

func checkPrimer(c *collector, s session.Session) {
	maxLen(c, "$.orderId", s.OrderID(), maxString)
	checkPrimerCurrency(c, s.CurrencyCode())
	maxLen(c, "$.customerId", s.CustomerID(), maxString)
	checkCustomer(c, &sessionData(s).Customer)
	checkOrder(c, s)
	checkMetadata(c, s)
	checkPaymentMethod(c, s)
	checkAmounts(c, s)
}

// checkPrimerCurrency reports a current ISO 4217 currency that Primer does
// not accept: one missing from the Currency enum of Primer's Client Session
// API (MGA, MRU, SLE, STN, VED, VES, XCG, ZWG, CLF, UYI, UYW, USN, XAD), as
// provider.Primer's profile holds it. A code that is not a current ISO code
// with a minor unit is pricing's problem (CodeCurrency as well), reported
// once.
func checkPrimerCurrency(c *collector, code string) {
	if code == "" {
		return
	}
	cur, err := currency.Parse(code)
	if err != nil {
		return
	}
	if _, ok := cur.MinorUnits(); ok && !provider.Primer().Accepts(cur) {
		c.add("$.currencyCode", CodeCurrency, quoted(code)+" is a current ISO 4217 currency that Primer does not accept (it is not in the Currency enum of Primer's Client Session API)")
	}
}

func maxLen(c *collector, path, v string, max int) {
	if longerThan(v, max) {
		c.add(path, CodeLength, "must be at most "+itoa(int64(max))+" characters long, got "+itoa(int64(runeLen(v))))
	}
}

func nonNegative(c *collector, path string, v int64) {
	if v < 0 {
		c.add(path, CodeNegative, "amount must not be negative, got "+itoa(v))
	}
}

func checkCountry(c *collector, path, code string) {
	if code != "" && !isCountry(code) {
		c.add(path, CodeCountry, quoted(code)+" is not an ISO 3166-1 alpha-2 country code (two upper-case letters, such as \"FR\")")
	}
}

func checkEnum(c *collector, path, v string, allowed ...string) {
	if v == "" {
		return
	}
	for _, a := range allowed {
		if v == a {
			return
		}
	}
	msg := "must be one of "
	for i, a := range allowed {
		if i > 0 {
			msg += ", "
		}
		msg += a
	}
	c.add(path, CodeEnum, msg+"; got "+quoted(v))
}

func checkCustomer(c *collector, cu *model.Customer) {
	if cu.EmailAddress != "" && !isEmail(cu.EmailAddress) {
		c.add("$.customer.emailAddress", CodeEmail, "not a valid e-mail address") // personal data: never echoed
	}
	maxLen(c, "$.customer.mobileNumber", cu.MobileNumber, maxString)
	maxLen(c, "$.customer.firstName", cu.FirstName, maxString)
	maxLen(c, "$.customer.lastName", cu.LastName, maxString)
	checkAddress(c, "$.customer.billingAddress", &cu.BillingAddress)
	checkAddress(c, "$.customer.shippingAddress", &cu.ShippingAddress)
	maxLen(c, "$.customer.taxId", cu.TaxID, maxString)
	maxLen(c, "$.customer.nationalDocumentId", cu.NationalDocumentID, maxString)
}

func checkAddress(c *collector, p string, a *model.Address) {
	if longerThan(a.FirstName, maxString) {
		maxLen(c, p+".firstName", a.FirstName, maxString)
	}
	if longerThan(a.LastName, maxString) {
		maxLen(c, p+".lastName", a.LastName, maxString)
	}
	if longerThan(a.AddressLine1, maxString) {
		maxLen(c, p+".addressLine1", a.AddressLine1, maxString)
	}
	if longerThan(a.AddressLine2, maxString) {
		maxLen(c, p+".addressLine2", a.AddressLine2, maxString)
	}
	if longerThan(a.City, maxString) {
		maxLen(c, p+".city", a.City, maxString)
	}
	if longerThan(a.State, maxString) {
		maxLen(c, p+".state", a.State, maxString)
	}
	if a.CountryCode != "" && !isCountry(a.CountryCode) {
		checkCountry(c, p+".countryCode", a.CountryCode)
	}
	if longerThan(a.PostalCode, maxString) {
		maxLen(c, p+".postalCode", a.PostalCode, maxString)
	}
}

func checkOrder(c *collector, s session.Session) {
	o := &sessionData(s).Order
	for i := range o.LineItems {
		checkLineItem(c, i, &o.LineItems[i])
	}
	checkCountry(c, "$.order.countryCode", s.OrderCountryCode())
	checkCountry(c, "$.order.retailerCountryCode", s.RetailerCountryCode())
	for i := range o.Fees {
		f := &o.Fees[i]
		if longerThan(f.Type, maxString) {
			maxLen(c, index("$.order.fees", i, ".type"), f.Type, maxString)
		}
		if longerThan(f.Description, maxString) {
			maxLen(c, index("$.order.fees", i, ".description"), f.Description, maxString)
		}
		if !f.Amount.IsSet() {
			c.add(index("$.order.fees", i, ".amount"), CodeRequired, "a fee needs an amount")
		}
	}
}

// lineItemStrings are a line item's strings with their limits; names are the
// JSON field names.
func checkLineItem(c *collector, i int, li *model.LineItem) {
	const p = "$.order.lineItems"
	str := func(field, v string, max int) {
		if longerThan(v, max) {
			maxLen(c, index(p, i, field), v, max)
		}
	}
	str(".itemId", li.ItemID, maxString)
	str(".name", li.Name, maxString)
	str(".description", li.Description, maxString)
	str(".taxCode", li.TaxCode, maxString)
	if !li.Amount.IsSet() {
		c.add(index(p, i, ".amount"), CodeRequired, "a line item needs an amount (per unit, in minor units)")
	}
	if li.ProductType != "" && li.ProductType != "PHYSICAL" && li.ProductType != "DIGITAL" {
		checkEnum(c, index(p, i, ".productType"), li.ProductType, "PHYSICAL", "DIGITAL")
	}
	pd := &li.ProductData
	str(".productData.sku", pd.SKU, maxString)
	str(".productData.brand", pd.Brand, maxString)
	str(".productData.color", pd.Color, maxString)
	str(".productData.globalTradeItemNumber", pd.GlobalTradeItemNumber, maxString)
	str(".productData.manufacturerPartNumber", pd.ManufacturerPartNumber, maxString)
	str(".productData.weightUnit", pd.WeightUnit, maxString)
	str(".productData.pageUrl", pd.PageURL, maxLongURL)
	if negativeNumber(pd.Weight) {
		c.add(index(p, i, ".productData.weight"), CodeNegative, "weight must not be negative, got "+pd.Weight)
	}
}

// negativeNumber reports whether the JSON number literal lit is below zero:
// it starts with '-' and its mantissa has a non-zero digit ("-0.0" and
// "-0e5" are zero).
func negativeNumber(lit string) bool {
	if len(lit) < 2 || lit[0] != '-' {
		return false
	}
	for i := 1; i < len(lit); i++ {
		switch c := lit[i]; {
		case c == 'e' || c == 'E':
			return false
		case c >= '1' && c <= '9':
			return true
		}
	}
	return false
}

func checkMetadata(c *collector, s session.Session) {
	for k, v := range s.Metadata() {
		if k == "" {
			c.add(member("$.metadata", k), CodeMetadataKey, "metadata keys must not be empty")
		}
		switch v.Kind() {
		case jsonvalue.KindString:
		case jsonvalue.KindNumber:
			if _, ok := v.Int(); !ok {
				lit, _ := v.Number()
				c.add(member("$.metadata", k), CodeMetadataValue, "metadata values must be strings or integers, got the number "+quoted(lit))
			}
		default:
			c.add(member("$.metadata", k), CodeMetadataValue, "metadata values must be strings or integers, got "+kindName(v.Kind()))
		}
	}
}

func kindName(k jsonvalue.Kind) string {
	switch k {
	case jsonvalue.KindNull:
		return "null"
	case jsonvalue.KindBool:
		return "a boolean"
	case jsonvalue.KindNumber:
		return "a number"
	case jsonvalue.KindString:
		return "a string"
	case jsonvalue.KindArray:
		return "an array"
	case jsonvalue.KindObject:
		return "an object"
	}
	return k.String()
}

// isKnownNetwork reports whether n is one of the 18 card networks Primer lists
// (Primer's CardNetworkEnum).
func isKnownNetwork(n string) bool {
	switch n {
	case "AMEX", "DANKORT", "DINERS_CLUB", "DISCOVER", "EFTPOS", "ENROUTE", "ELO", "HIPER", "INTERAC",
		"JCB", "MAESTRO", "MASTERCARD", "MIR", "PRIVATE_LABEL", "UNIONPAY", "VISA", "CARTES_BANCAIRES", "OTHER":
		return true
	}
	return false
}

func checkPaymentMethod(c *collector, s session.Session) {
	pm := &sessionData(s).PM
	maxLen(c, "$.paymentMethod.descriptor", pm.Descriptor, maxString)
	checkEnum(c, "$.paymentMethod.paymentType", pm.PaymentType, "FIRST_PAYMENT", "ECOMMERCE", "SUBSCRIPTION", "UNSCHEDULED")
	checkEnum(c, "$.paymentMethod.authorizationType", pm.AuthorizationType, "ESTIMATED", "FINAL")
	checkEnum(c, "$.paymentMethod.firstPaymentReason", pm.FirstPaymentReason, "CardOnFile", "Recurring", "Unscheduled")
	n := s.NumAllowedCardNetworks()
	for i := range n {
		nw := s.AllowedCardNetwork(i)
		if !isKnownNetwork(nw) {
			c.add(index("$.paymentMethod.orderedAllowedCardNetworks", i, ""), CodeEnum, quoted(nw)+" is not a known card network")
			continue
		}
		for j := range i {
			if s.AllowedCardNetwork(j) == nw {
				c.add(index("$.paymentMethod.orderedAllowedCardNetworks", i, ""), CodeDuplicate,
					quoted(nw)+" is already listed at index "+itoa(int64(j)))
				break
			}
		}
	}
	for i := range pm.Options {
		o := &pm.Options[i]
		typ := o.Type
		if a, ok := o.Surcharge.Get(); ok && a < 0 {
			nonNegative(c, member(member("$.paymentMethod.options", typ), "surcharge")+".amount", a)
		}
		for j := range o.Networks {
			nw, no := o.Networks[j].Name, &o.Networks[j]
			if !isKnownNetwork(nw) {
				// The schema closes this object: a misspelt "visa" would
				// silently drop its surcharge.
				c.add(member(member(member("$.paymentMethod.options", typ), "networks"), nw), CodeUnknownNetwork,
					quoted(nw)+" is not a card network (AMEX, VISA, MASTERCARD, …, in upper case)")
			}
			if a, ok := no.Surcharge.Get(); ok && a < 0 {
				nonNegative(c, member(member(member("$.paymentMethod.options", typ), "networks"), nw)+".surcharge.amount", a)
			}
		}
		if longerThan(o.Merchant, maxLongURL) {
			maxLen(c, member(member("$.paymentMethod.options", typ), "merchantName"), o.Merchant, maxLongURL)
		}
		if !o.Recurring.IsAbsent() || !o.Deferred.IsAbsent() || !o.Reload.IsAbsent() {
			p := member("$.paymentMethod.options", typ)
			checkObject(c, p+".recurringPaymentRequest", o.Recurring, objRecurring)
			checkObject(c, p+".deferredPaymentRequest", o.Deferred, objDeferred)
			checkObject(c, p+".automaticReloadRequest", o.Reload, objReload)
		}
	}
}

// checkAmounts reports the amount rules, as pricing.Calculate finds them
// (there is one implementation of them, pricing's): no negative amount,
// discount, tax, fee, shipping or override, every quantity at least 1, no
// discount above its line's amount × quantity, no sum outside int64, and a
// currency, when present, that is a current ISO 4217 code with a minor unit.
// pricing.Calculate does not allocate for a session it can price.
func checkAmounts(c *collector, s session.Session) {
	_, err := pricing.Calculate(s)
	c.merge(err)
}
