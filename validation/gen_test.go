package validation

// The package's gopter generators, shared by every property test. Each draws
// from gopter's seeded random source, so a failing case replays from the seed
// gopter prints. No shrinking.
//
//	genValidPrimer()     session.Params that Primer accepts
//	genCorruptPrimer()   a valid Params with exactly one field broken, and the
//	                     path and code of the one expected problem
//	genAnyPrimer()       Params with any values, valid or not
//	genValidKomoju()     komoju.Params that Komoju accepts
//	genCorruptKomoju()   a valid KomojuParams with one field broken
//	genAnyKomoju()       KomojuParams with any values
//	genPath()            an error path, with array indices

import (
	"math"
	"math/rand"
	"strings"

	"github.com/leanovate/gopter"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/propgen"
	"github.com/paysession/paysession/jsonvalue"
	"github.com/paysession/paysession/komoju"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/session"
)

func chance(r *rand.Rand, num, den int) bool { return r.Intn(den) < num }

func opt(r *rand.Rand, xs ...string) string {
	if chance(r, 1, 3) {
		return ""
	}
	return propgen.Pick(r, xs...)
}

func optInt(r *rand.Rand, lo, hi int64) session.Opt[int64] {
	if chance(r, 1, 3) {
		return session.Opt[int64]{}
	}
	return session.Some(lo + r.Int63n(hi-lo+1))
}

var (
	validCurrencies = []string{"USD", "GBP", "EUR", "JPY", "KWD", "BHD", "CLP", "ISK", "SSP", "BOV", "CHF", "SEK", "IDR"}
	validCountries  = []string{"FR", "GB", "NO", "US", "JP", "DE", "AX", "BQ", "SS", "ZW", "AQ"}
	validEmails     = []string{
		"john@primer.io", "a.b+tag@example.co.uk", "o'hara@ex-ample.com", "用户@例子.广告",
		"josé@correo.es", "x@a.io", "first.last@sub.domain.example", "user%x@example.org",
	}
	knownNetworkList = []string{
		"AMEX", "DANKORT", "DINERS_CLUB", "DISCOVER", "EFTPOS", "ENROUTE", "ELO", "HIPER", "INTERAC",
		"JCB", "MAESTRO", "MASTERCARD", "MIR", "PRIVATE_LABEL", "UNIONPAY", "VISA", "CARTES_BANCAIRES", "OTHER",
	}
	names = []string{"Ada", "Grace", "山田", "Zoë", "O'Brien", strings.Repeat("é", 255)}
)

func randAddress(r *rand.Rand) session.Address {
	if chance(r, 1, 3) {
		return session.Address{}
	}
	return session.Address{
		FirstName:    opt(r, names...),
		LastName:     opt(r, names...),
		AddressLine1: opt(r, "1 Main St", "2-3-1 丸の内"),
		AddressLine2: opt(r, "Flat 4", strings.Repeat("b", 255)),
		City:         opt(r, "London", "東京"),
		State:        opt(r, "CA", "Tokyo"),
		CountryCode:  opt(r, validCountries...),
		PostalCode:   opt(r, "EC1A 1BB", "100-0005"),
	}
}

func randLineItem(r *rand.Rand) session.LineItem {
	li := session.LineItem{
		ItemID:      opt(r, "sku-1", "t-shirt", "本"),
		Name:        opt(r, names...),
		Description: opt(r, "Blue shoe", strings.Repeat("日", 255)),
		Amount:      session.Some(r.Int63n(100000)),
		Quantity:    optInt(r, 1, 20),
		TaxAmount:   optInt(r, 0, 5000),
		TaxCode:     opt(r, "P0000000", "txcd_99999999"),
		ProductType: opt(r, "PHYSICAL", "DIGITAL"),
	}
	if chance(r, 1, 2) {
		sub := li.Amount.Or(0) * li.Quantity.Or(1)
		li.DiscountAmount = session.Some(r.Int63n(sub + 1))
	}
	if chance(r, 1, 3) {
		li.ProductData = session.ProductData{
			SKU:        opt(r, "SKU-1"),
			Brand:      opt(r, "Acme"),
			Weight:     opt(r, "0", "0.5", "12", "-0", "1e3"),
			WeightUnit: opt(r, "kg", "g"),
			PageURL:    opt(r, "https://shop.example/p/1", strings.Repeat("u", 1024)),
		}
	}
	return li
}

func randPaymentMethod(r *rand.Rand) session.PaymentMethod {
	pm := session.PaymentMethod{
		Descriptor:         opt(r, "Purchase: Shoes", strings.Repeat("d", 255)),
		PaymentType:        opt(r, "FIRST_PAYMENT", "ECOMMERCE", "SUBSCRIPTION", "UNSCHEDULED"),
		AuthorizationType:  opt(r, "ESTIMATED", "FINAL"),
		FirstPaymentReason: opt(r, "CardOnFile", "Recurring", "Unscheduled"),
	}
	if chance(r, 1, 2) {
		pm.VaultOnSuccess = session.Some(r.Intn(2) == 0)
	}
	for _, i := range r.Perm(len(knownNetworkList))[:r.Intn(5)] {
		pm.OrderedAllowedCardNetworks = append(pm.OrderedAllowedCardNetworks, knownNetworkList[i])
	}
	if chance(r, 1, 2) {
		pm.Options = map[string]session.MethodOptions{}
		if chance(r, 1, 2) {
			pm.Options["GOOGLE_PAY"] = session.MethodOptions{Surcharge: session.Some(r.Int63n(500))}
		}
		if chance(r, 1, 2) {
			pm.Options["PAYMENT_CARD"] = session.MethodOptions{Networks: map[string]session.NetworkOptions{
				"VISA": {Surcharge: session.Some(r.Int63n(500))}, "AMEX": {Surcharge: session.Some[int64](0)},
			}}
		}
		if chance(r, 1, 3) {
			pm.Options["APPLE_PAY"] = session.MethodOptions{MerchantName: propgen.Pick(r, "Store A", strings.Repeat("m", 1024))}
		}
	}
	return pm
}

func randMetadata(r *rand.Rand) map[string]jsonvalue.Value {
	if chance(r, 1, 2) {
		return nil
	}
	m := map[string]jsonvalue.Value{}
	for range r.Intn(4) {
		k := propgen.Pick(r, "productId", "merchantId", "order id", "ключ", "x")
		if chance(r, 1, 2) {
			m[k] = jsonvalue.Int(r.Int63n(2000) - 1000)
		} else {
			m[k] = jsonvalue.String(propgen.Pick(r, "a13bsd62s", "", "値", "1.5"))
		}
	}
	return m
}

func randValidPrimer(r *rand.Rand) session.Params {
	p := session.Params{
		OrderID:      opt(r, "order-abc", "注文-1", strings.Repeat("o", 255)),
		CurrencyCode: opt(r, validCurrencies...),
		Amount:       optInt(r, 0, 1_000_000),
		CustomerID:   opt(r, "customer-123"),
		Metadata:     randMetadata(r),
	}
	if chance(r, 2, 3) {
		p.Customer = session.Customer{
			EmailAddress:       opt(r, validEmails...),
			MobileNumber:       opt(r, "+447700900123"),
			FirstName:          opt(r, names...),
			LastName:           opt(r, names...),
			BillingAddress:     randAddress(r),
			ShippingAddress:    randAddress(r),
			TaxID:              opt(r, "GB123"),
			NationalDocumentID: opt(r, "X123"),
		}
	}
	for range r.Intn(6) {
		p.Order.LineItems = append(p.Order.LineItems, randLineItem(r))
	}
	for range r.Intn(3) {
		p.Order.Fees = append(p.Order.Fees, session.Fee{Type: opt(r, "SURCHARGE", "CURRENCY_CONVERSION"), Amount: session.Some(r.Int63n(1000)), Description: opt(r, "fee")})
	}
	p.Order.CountryCode = opt(r, validCountries...)
	p.Order.RetailerCountryCode = opt(r, validCountries...)
	if chance(r, 1, 2) {
		p.Order.Shipping = session.Shipping{Amount: optInt(r, 0, 1000), MethodName: opt(r, "Standard")}
	}
	if chance(r, 2, 3) {
		p.PaymentMethod = randPaymentMethod(r)
	}
	return p
}

func genValidPrimer() gopter.Gen { return propgen.FromRand(randValidPrimer) }

// corruption is a valid session with one field broken and the one problem
// expected.
type corruption struct {
	P    session.Params
	Path string
	Code fielderr.Code
	What string
}

// lineIndex returns a line item index to corrupt, adding a line item when the
// order has none.
func lineIndex(r *rand.Rand, p *session.Params) int {
	if len(p.Order.LineItems) == 0 {
		p.Order.LineItems = append(p.Order.LineItems, randLineItem(r))
	}
	return r.Intn(len(p.Order.LineItems))
}

func li(i int, field string) string { return index("$.order.lineItems", i, field) }

// corruptions break one field of a valid session each.
var corruptions = []func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string){
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.Amount = session.Some(-1 - r.Int63n(1000))
		return "$.amount", CodeNegative, "negative amount"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		i := lineIndex(r, p)
		p.Order.LineItems[i].Amount = session.Some(-1 - r.Int63n(1000))
		p.Order.LineItems[i].DiscountAmount = session.Opt[int64]{}
		return li(i, ".amount"), CodeNegative, "negative line amount"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		i := lineIndex(r, p)
		p.Order.LineItems[i].TaxAmount = session.Some(-1 - r.Int63n(1000))
		return li(i, ".taxAmount"), CodeNegative, "negative tax"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		i := lineIndex(r, p)
		p.Order.LineItems[i].DiscountAmount = session.Some(-1 - r.Int63n(1000))
		return li(i, ".discountAmount"), CodeNegative, "negative discount"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		i := lineIndex(r, p)
		l := &p.Order.LineItems[i]
		l.DiscountAmount = session.Some(l.Amount.Or(0)*l.Quantity.Or(1) + 1 + r.Int63n(100))
		return li(i, ".discountAmount"), pricing.CodeDiscountExceedsSubtotal, "discount above subtotal"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		i := lineIndex(r, p)
		p.Order.LineItems[i].Quantity = session.Some(-r.Int63n(3))
		return li(i, ".quantity"), pricing.CodeQuantity, "quantity below 1"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		i := lineIndex(r, p)
		p.Order.LineItems[i].Amount = session.Some(int64(math.MaxInt64/2 + 1))
		p.Order.LineItems[i].Quantity = session.Some(2 + r.Int63n(5))
		p.Order.LineItems[i].DiscountAmount = session.Opt[int64]{}
		return li(i, ""), fielderr.CodeOverflow, "line total overflow"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		i := lineIndex(r, p)
		p.Order.LineItems[i].Amount = session.Opt[int64]{}
		p.Order.LineItems[i].DiscountAmount = session.Opt[int64]{}
		return li(i, ".amount"), CodeRequired, "missing line amount"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		i := lineIndex(r, p)
		p.Order.LineItems[i].ProductType = propgen.Pick(r, "SERVICE", "physical", "Digital")
		return li(i, ".productType"), CodeEnum, "bad productType"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		i := lineIndex(r, p)
		p.Order.LineItems[i].Name = strings.Repeat(propgen.Pick(r, "a", "日", "😀"), 256)
		return li(i, ".name"), CodeLength, "long name"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		i := lineIndex(r, p)
		p.Order.LineItems[i].ProductData.PageURL = strings.Repeat("é", 1025)
		return li(i, ".productData.pageUrl"), CodeLength, "long pageUrl"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		i := lineIndex(r, p)
		p.Order.LineItems[i].ProductData.Weight = propgen.Pick(r, "-1", "-0.001", "-2e3")
		return li(i, ".productData.weight"), CodeNegative, "negative weight"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.Order.Fees = append(p.Order.Fees, session.Fee{Type: "X", Amount: session.Some(-1 - r.Int63n(50))})
		return index("$.order.fees", len(p.Order.Fees)-1, ".amount"), CodeNegative, "negative fee"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.Order.Fees = append(p.Order.Fees, session.Fee{Type: "X"})
		return index("$.order.fees", len(p.Order.Fees)-1, ".amount"), CodeRequired, "missing fee amount"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.Order.Shipping.Amount = session.Some(-1 - r.Int63n(50))
		return "$.order.shipping.amount", CodeNegative, "negative shipping"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.CurrencyCode = propgen.Pick(r, "usd", "HRK", "XAU", "XXX", "ABC", "US", "BGN", "US D")
		return "$.currencyCode", CodeCurrency, "bad currency"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.Order.CountryCode = propgen.Pick(r, "UK", "XK", "AN", "YU", "FX", "EU", "FR,", "fr", "FRA")
		return "$.order.countryCode", CodeCountry, "bad order country"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.Customer.ShippingAddress.CountryCode = propgen.Pick(r, "UK", "XK", "ZZ")
		return "$.customer.shippingAddress.countryCode", CodeCountry, "bad shipping country"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.Order.RetailerCountryCode = propgen.Pick(r, "UK", "XK", "ZZ")
		return "$.order.retailerCountryCode", CodeCountry, "bad retailer country"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.Customer.EmailAddress = propgen.Pick(r, "john@", "@x.com", "a@b", "john..doe@x.com", "john doe@x.com", "a@-x.com", "a@x.123", ".a@x.com", "a@@x.com")
		return "$.customer.emailAddress", CodeEmail, "bad email"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.PaymentMethod.PaymentType = propgen.Pick(r, "RECURRING", "ecommerce", " ")
		return "$.paymentMethod.paymentType", CodeEnum, "bad paymentType"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.PaymentMethod.AuthorizationType = propgen.Pick(r, "final", "PREAUTH")
		return "$.paymentMethod.authorizationType", CodeEnum, "bad authorizationType"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.PaymentMethod.FirstPaymentReason = propgen.Pick(r, "cardonfile", "CARD_ON_FILE")
		return "$.paymentMethod.firstPaymentReason", CodeEnum, "bad firstPaymentReason"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		nws := p.PaymentMethod.OrderedAllowedCardNetworks
		if len(nws) == 0 {
			nws = []string{propgen.Pick(r, knownNetworkList...)}
		}
		nws = append(nws, nws[r.Intn(len(nws))])
		p.PaymentMethod.OrderedAllowedCardNetworks = nws
		return index("$.paymentMethod.orderedAllowedCardNetworks", len(nws)-1, ""), CodeDuplicate, "duplicate network"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		nws := append(p.PaymentMethod.OrderedAllowedCardNetworks, propgen.Pick(r, "DINERS", "visa", "CB"))
		p.PaymentMethod.OrderedAllowedCardNetworks = nws
		return index("$.paymentMethod.orderedAllowedCardNetworks", len(nws)-1, ""), CodeEnum, "unknown network"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		if p.Metadata == nil {
			p.Metadata = map[string]jsonvalue.Value{}
		}
		v, _ := jsonvalue.Number(propgen.Pick(r, "1.5", "1e3", "-0.0", "99999999999999999999"))
		p.Metadata["bad"] = propgen.Pick(r, v, jsonvalue.Bool(true), jsonvalue.Null(), jsonvalue.Array(), jsonvalue.Bool(false))
		return "$.metadata.bad", CodeMetadataValue, "bad metadata value"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		if p.Metadata == nil {
			p.Metadata = map[string]jsonvalue.Value{}
		}
		p.Metadata[""] = jsonvalue.String("x")
		return "$.metadata['']", CodeMetadataKey, "empty metadata key"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.OrderID = strings.Repeat(propgen.Pick(r, "o", "注"), 256)
		return "$.orderId", CodeLength, "long orderId"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.Customer.BillingAddress.AddressLine2 = strings.Repeat("é", 256)
		return "$.customer.billingAddress.addressLine2", CodeLength, "long addressLine2"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		p.PaymentMethod.Descriptor = strings.Repeat("d", 256)
		return "$.paymentMethod.descriptor", CodeLength, "long descriptor"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		if p.PaymentMethod.Options == nil {
			p.PaymentMethod.Options = map[string]session.MethodOptions{}
		}
		p.PaymentMethod.Options["PAYPAL"] = session.MethodOptions{Surcharge: session.Some(-1 - r.Int63n(9))}
		return "$.paymentMethod.options.PAYPAL.surcharge.amount", CodeNegative, "negative method surcharge"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		if p.PaymentMethod.Options == nil {
			p.PaymentMethod.Options = map[string]session.MethodOptions{}
		}
		p.PaymentMethod.Options["PAYMENT_CARD"] = session.MethodOptions{Networks: map[string]session.NetworkOptions{"MASTERCARD": {Surcharge: session.Some[int64](-5)}}}
		return "$.paymentMethod.options.PAYMENT_CARD.networks.MASTERCARD.surcharge.amount", CodeNegative, "negative network surcharge"
	},
	func(r *rand.Rand, p *session.Params) (string, fielderr.Code, string) {
		if p.PaymentMethod.Options == nil {
			p.PaymentMethod.Options = map[string]session.MethodOptions{}
		}
		p.PaymentMethod.Options["APPLE_PAY"] = session.MethodOptions{MerchantName: strings.Repeat("m", 1025)}
		return "$.paymentMethod.options.APPLE_PAY.merchantName", CodeLength, "long merchantName"
	},
}

func genCorruptPrimer() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) corruption {
		p := randValidPrimer(r)
		k := r.Intn(len(corruptions))
		path, code, what := corruptions[k](r, &p)
		return corruption{P: p, Path: path, Code: code, What: what}
	})
}

// genAnyPrimer returns sessions with arbitrary, mostly invalid, values.
func genAnyPrimer() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) session.Params {
		p := randValidPrimer(r)
		for range r.Intn(4) {
			corruptions[r.Intn(len(corruptions))](r, &p)
		}
		if chance(r, 1, 4) {
			p.Amount = session.Some(r.Int63() - r.Int63())
		}
		return p
	})
}

var komojuCurrencies = []string{"JPY", "USD", "EUR", "TWD", "KRW", "PLN", "GBP", "HKD", "SGD", "NZD", "AUD", "IDR", "MYR", "PHP", "THB", "CNY", "BRL", "CHF", "CAD", "VND"}

func randValidKomoju(r *rand.Rand) komoju.Params {
	k := komoju.Params{
		Mode:          opt(r, "payment", "customer", "customer_payment"),
		ReturnURL:     opt(r, "https://shop.example/done", "http://localhost:8080/r?x=1"),
		Currency:      propgen.Pick(r, komojuCurrencies...),
		Email:         opt(r, validEmails...),
		DefaultLocale: opt(r, "ja", "en", "ko"),
		PaymentTypes:  []string{propgen.Pick(r, "credit_card", "konbini", "paypay")},
	}
	if k.Mode != "customer" || chance(r, 1, 2) {
		k.Amount = session.Some(r.Int63n(math.MaxInt32 + 1))
	}
	if chance(r, 1, 2) {
		k.ExpiresInSeconds = session.Some(1 + r.Int63n(86400))
	}
	if k.Mode == "customer" || k.Mode == "customer_payment" {
		k.CustomerID = opt(r, "cus_123")
	}
	for range r.Intn(3) {
		k.LineItems = append(k.LineItems, komoju.LineItem{
			Amount: optInt(r, 0, 10000), Description: opt(r, "Tea"), Quantity: optInt(r, 1, 5),
			Image: opt(r, "https://img.example/t.png"),
		})
	}
	if chance(r, 1, 2) {
		k.Metadata = map[string]jsonvalue.Value{
			strings.Repeat(propgen.Pick(r, "k", "鍵"), 1+r.Intn(30)): jsonvalue.String(strings.Repeat(propgen.Pick(r, "v", "値"), r.Intn(2001))),
		}
	}
	return k
}

func genValidKomoju() gopter.Gen { return propgen.FromRand(randValidKomoju) }

type komojuCorruption struct {
	P    komoju.Params
	Path string
	Code fielderr.Code
}

var komojuCorruptions = []func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code){
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.Amount = session.Some(-1 - r.Int63n(100))
		return "$.amount", CodeNegative
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.Amount = session.Some(math.MaxInt32 + 1 + r.Int63n(100))
		return "$.amount", CodeRange
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.Mode = propgen.Pick(r, "payment", "customer_payment", "")
		if k.Mode != "customer_payment" {
			k.CustomerID = ""
		}
		k.Amount = session.Opt[int64]{}
		return "$.amount", CodeRequired
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.Currency = ""
		return "$.currency", CodeRequired
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.Currency = propgen.Pick(r, "SEK", "jpy", "XAU", "HRK")
		return "$.currency", CodeCurrency
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.ExpiresInSeconds = session.Some(propgen.Pick[int64](r, 0, -1, 86401, math.MaxInt64))
		return "$.expires_in_seconds", CodeRange
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.DefaultLocale = propgen.Pick(r, "fr", "JA", "ja-JP")
		return "$.default_locale", CodeEnum
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.Mode = propgen.Pick(r, "subscription", "Payment")
		k.CustomerID = ""
		return "$.mode", CodeEnum
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.ReturnURL = propgen.Pick(r, "/done", "shop.example/done", "ftp://x.example", "https://", "javascript:alert(1)")
		return "$.return_url", CodeURL
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.Email = propgen.Pick(r, "x@", "nobody")
		return "$.email", CodeEmail
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.Mode = propgen.Pick(r, "", "payment")
		if !k.Amount.IsSet() {
			k.Amount = session.Some[int64](100)
		}
		k.CustomerID = "cus_1"
		return "$.customer_id", CodeMode
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.Metadata = map[string]jsonvalue.Value{"n": jsonvalue.Int(1)}
		return "$.metadata.n", CodeMetadataValue
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		key := strings.Repeat("鍵", 31) // 93 bytes: a path keeps 21 of them (63 bytes)
		k.Metadata = map[string]jsonvalue.Value{key: jsonvalue.String("v")}
		return "$.metadata['" + strings.Repeat("鍵", 21) + "…']", CodeLength
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.Metadata = map[string]jsonvalue.Value{"v": jsonvalue.String(strings.Repeat("値", 2001))}
		return "$.metadata.v", CodeLength
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.LineItems = append(k.LineItems, komoju.LineItem{Amount: session.Some[int64](100), Quantity: session.Some(-r.Int63n(3))})
		return index("$.line_items", len(k.LineItems)-1, ".quantity"), CodeRange
	},
	func(r *rand.Rand, k *komoju.Params) (string, fielderr.Code) {
		k.LineItems = append(k.LineItems, komoju.LineItem{Amount: session.Some[int64](-1)})
		return index("$.line_items", len(k.LineItems)-1, ".amount"), CodeNegative
	},
}

func genCorruptKomoju() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) komojuCorruption {
		k := randValidKomoju(r)
		path, code := komojuCorruptions[r.Intn(len(komojuCorruptions))](r, &k)
		return komojuCorruption{P: k, Path: path, Code: code}
	})
}

func genAnyKomoju() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) komoju.Params {
		k := randValidKomoju(r)
		for range r.Intn(4) {
			komojuCorruptions[r.Intn(len(komojuCorruptions))](r, &k)
		}
		return k
	})
}

func genPath() gopter.Gen {
	return propgen.FromRand(func(r *rand.Rand) string {
		return propgen.Pick(r, "$", "$.amount", "$.order", "$.order.lineItems[2].amount", "$.order.lineItems[10]",
			"$.order.lineItems[10].amount", "$.order.lineItems[2]", "$.order.lineItems[02]", "$.order.lineItems[9]x",
			"$.metadata['a']", "$.metadata.a", "$.order.fees[1].amount", "$.order.fees[1]", "$.a[1][22]", "$.a[1][3]")
	})
}
