package validation

import (
	"math"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/komoju"
	"github.com/paysession/paysession/provider"
)

// KOMOJU's limits (its API's documented field lengths). Lengths are in code points.
const (
	// KomojuMaxAmount is the largest amount KOMOJU accepts (2³¹ − 1).
	KomojuMaxAmount = math.MaxInt32
	// KomojuMaxExpiresInSeconds is the longest expires_in_seconds, one day.
	KomojuMaxExpiresInSeconds = 86400
	// KomojuMaxMetadataKeyLen is the longest metadata key
	// (komoju.MaxMetadataKeyLen, which komoju.FromSession holds to).
	KomojuMaxMetadataKeyLen = komoju.MaxMetadataKeyLen
	// KomojuMaxMetadataValueLen is the longest metadata value
	// (komoju.MaxMetadataValueLen).
	KomojuMaxMetadataValueLen = komoju.MaxMetadataValueLen
)

// isKomojuCurrency reports whether code is one of the 20 currencies KOMOJU
// sessions accept, as provider.Komoju's profile holds them.
func isKomojuCurrency(code string) bool {
	c, err := currency.Parse(code)
	return err == nil && provider.Komoju().Accepts(c)
}

// Komoju validates a KOMOJU session request (POST /api/v1/sessions) against
// KOMOJU's rules (the KOMOJU profile) and returns every problem at once as a
// fielderr.List sorted by path, or nil when the request is valid.
//
// customer_id identifies a saved customer, which only the customer and
// customer_payment modes use: in payment mode (the default) it is an error
// with CodeMode rather than silently ignored.
func Komoju(k komoju.Session) error {
	var c collector
	checkKomoju(&c, k)
	return c.err()
}

func checkKomoju(c *collector, k komoju.Session) {
	mode := k.EffectiveMode()
	switch mode {
	case komoju.ModePayment, komoju.ModeCustomer, komoju.ModeCustomerPayment:
	default:
		c.add("$.mode", CodeEnum, "must be one of payment, customer, customer_payment; got "+quoted(k.Mode()))
	}
	paymentMode := mode == komoju.ModePayment || mode == komoju.ModeCustomerPayment
	if a, ok := k.Amount(); ok {
		switch {
		case a < 0:
			c.add("$.amount", CodeNegative, "amount must not be negative, got "+itoa(a))
		case a > KomojuMaxAmount:
			c.add("$.amount", CodeRange, "amount must be at most 2147483647, got "+itoa(a))
		}
	} else if paymentMode {
		c.add("$.amount", CodeRequired, "amount is required in "+mode+" mode")
	}
	switch cur := k.CurrencyCode(); {
	case cur == "":
		c.add("$.currency", CodeRequired, "currency is required")
	case !isKomojuCurrency(cur):
		c.add("$.currency", CodeCurrency, quoted(cur)+" is not a currency KOMOJU accepts (JPY, USD, EUR, TWD, KRW, PLN, GBP, HKD, SGD, NZD, AUD, IDR, MYR, PHP, THB, CNY, BRL, CHF, CAD, VND)")
	}
	if e, ok := k.ExpiresInSeconds(); ok && (e < 1 || e > KomojuMaxExpiresInSeconds) {
		c.add("$.expires_in_seconds", CodeRange, "expires_in_seconds must be between 1 and 86400, got "+itoa(e))
	}
	if l := k.DefaultLocale(); l != "" && l != "ja" && l != "en" && l != "ko" {
		c.add("$.default_locale", CodeEnum, "must be one of ja, en, ko; got "+quoted(l))
	}
	if u := k.ReturnURL(); u != "" && !isHTTPURL(u) {
		c.add("$.return_url", CodeURL, quoted(u)+" is not an absolute http or https URL")
	}
	if e := k.Email(); e != "" && !isEmail(e) {
		c.add("$.email", CodeEmail, "not a valid e-mail address") // personal data: never echoed
	}
	if k.CustomerID() != "" && mode == komoju.ModePayment {
		c.add("$.customer_id", CodeMode, "customer_id is only used in the customer and customer_payment modes, not in payment mode")
	}
	for i := range k.NumLineItems() {
		li := k.LineItem(i)
		if a, ok := li.Amount.Get(); ok && a < 0 {
			c.add(index("$.line_items", i, ".amount"), CodeNegative, "amount must not be negative, got "+itoa(a))
		} else if ok && a > KomojuMaxAmount {
			c.add(index("$.line_items", i, ".amount"), CodeRange, "amount must be at most 2147483647, got "+itoa(a))
		}
		if q, ok := li.Quantity.Get(); ok && (q < 1 || q > KomojuMaxAmount) {
			c.add(index("$.line_items", i, ".quantity"), CodeRange, "quantity must be between 1 and 2147483647, got "+itoa(q))
		}
		if li.Image != "" && !isHTTPURL(li.Image) {
			c.add(index("$.line_items", i, ".image"), CodeURL, quoted(li.Image)+" is not an absolute http or https URL")
		}
	}
	for i := range k.NumPaymentTypes() {
		if t := k.PaymentType(i); !isKomojuPaymentType(t) {
			c.add(index("$.payment_types", i, ""), CodeEnum, quoted(t)+" is not one of KOMOJU's payment types (credit_card, konbini, bank_transfer, paypay, …)")
		}
	}
	if pd := k.PaymentData(); !pd.IsAbsent() {
		if mode == komoju.ModeCustomer {
			c.add("$.payment_data", CodeMode, "payment_data is only used in the payment and customer_payment modes, not in customer mode")
		} else {
			checkPaymentData(c, "$.payment_data", pd, pdUnknown)
		}
	}
	for key, v := range k.Metadata() {
		if key == "" {
			c.add(member("$.metadata", key), CodeMetadataKey, "metadata keys must not be empty")
		}
		if longerThan(key, KomojuMaxMetadataKeyLen) {
			c.add(member("$.metadata", key), CodeLength, "metadata keys must be at most 30 characters long, got "+itoa(int64(runeLen(key))))
		}
		str, ok := v.Str()
		if !ok {
			c.add(member("$.metadata", key), CodeMetadataValue, "KOMOJU metadata values must be strings, got "+kindName(v.Kind()))
			continue
		}
		if longerThan(str, KomojuMaxMetadataValueLen) {
			c.add(member("$.metadata", key), CodeLength, "metadata values must be at most 2000 characters long, got "+itoa(int64(runeLen(str))))
		}
	}
}
