package validation

import (
	"math"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/jsonvalue"
)

// isKomojuPaymentType reports whether t is one of KOMOJU's payment types,
// the values of its PaymentType enum. Source: KOMOJU's own API SDK, generated
// from its OpenAPI document,
// https://github.com/komoju/komoju-ruby-sdk/blob/main/lib/komoju-sdk/models/payment_type.rb
// (read at commit 0c1512cb3563e384f31fee9564734dc9735ac524; 62 types).
func isKomojuPaymentType(t string) bool {
	switch t {
	case "credit_card", "credit_card_korea", "credit_card_brazil", "alipay", "alipay_hk", "amazon_pay",
		"au", "aupay", "bancontact", "bank_transfer", "banrisul", "bit_cash", "blik", "culture_voucher",
		"cvs", "dana", "docomo", "doku_wallet", "dospara", "dragonpay", "enets", "epospay", "eps", "fpx",
		"gcash", "giropay", "happy_money", "ideal", "japan_mobile", "kakaopay", "konbini", "linepay",
		"merpay", "mobile", "multibanco", "mybank", "nanaco", "narvesen", "naverpay", "net_cash", "ovo",
		"paidy", "pay_easy", "payco", "paypay", "paypost", "paysafe_card", "paysera", "payu", "perlas",
		"pix", "poli", "przelewy24", "rakutenpay", "sofortbanking", "softbank", "tng", "toss",
		"truemoney", "unionpay", "web_money", "wechatpay":
		return true
	}
	return false
}

// payment_data follows KOMOJU's PaymentDataRequest schema (same SDK,
// lib/komoju-sdk/models/payment_data_request.rb and the models it names:
// Intent, StatementDescriptor, PlatformDetails, Submerchant, Address):
//
//	capture              "auto" | "manual"
//	amount               integer ≥ 0 (and ≤ 2 147 483 647, like every KOMOJU amount)
//	currency             one of KOMOJU's currencies
//	external_order_num, name, name_kana, mcc   strings
//	intent               "one_time" | "card_on_file" | "subscription" | "installment"
//	statement_descriptor {statement_descriptor, statement_descriptor_alpha,
//	                      statement_descriptor_kana, statement_city, contact_phone} strings
//	platform_details     {processing_merchant_id string,
//	                      submerchants [{submerchant_id string, amount, platform_fee integers ≥ 0}]}
//	billing_address, shipping_address
//	                     {zipcode, street_address1, street_address2, country, state, city, name, phone} strings
//
// Unknown members are refused at every depth, as in Primer's profile.

type pdKind uint8

const (
	pdUnknown pdKind = iota
	pdString
	pdAmount
	pdCapture
	pdCurrency
	pdIntent
	pdDescriptor // object
	pdPlatform   // object
	pdAddress    // object
	pdSubmerchants
	pdSubmerchant // object
)

// pdField returns the kind of member key of a payment_data object of kind
// obj (pdUnknown for payment_data itself, since it has no parent kind).
func pdField(obj pdKind, key string) pdKind {
	switch obj {
	case pdUnknown: // payment_data
		switch key {
		case "capture":
			return pdCapture
		case "amount":
			return pdAmount
		case "currency":
			return pdCurrency
		case "external_order_num", "name", "name_kana", "mcc":
			return pdString
		case "intent":
			return pdIntent
		case "statement_descriptor":
			return pdDescriptor
		case "platform_details":
			return pdPlatform
		case "billing_address", "shipping_address":
			return pdAddress
		}
	case pdDescriptor:
		switch key {
		case "statement_descriptor", "statement_descriptor_alpha", "statement_descriptor_kana", "statement_city", "contact_phone":
			return pdString
		}
	case pdPlatform:
		switch key {
		case "processing_merchant_id":
			return pdString
		case "submerchants":
			return pdSubmerchants
		}
	case pdSubmerchant:
		switch key {
		case "submerchant_id":
			return pdString
		case "amount", "platform_fee":
			return pdAmount
		}
	case pdAddress:
		switch key {
		case "zipcode", "street_address1", "street_address2", "country", "state", "city", "name", "phone":
			return pdString
		}
	}
	return pdUnknown
}

// checkPaymentData checks payment_data v (an object of kind obj) at path p.
func checkPaymentData(c *collector, p string, v jsonvalue.Value, obj pdKind) {
	if v.Kind() != jsonvalue.KindObject {
		c.add(p, fielderr.CodeType, "must be an object, got "+kindName(v.Kind()))
		return
	}
	for key, m := range v.Members() {
		mp := member(p, key)
		switch k := pdField(obj, key); k {
		case pdUnknown:
			c.add(mp, fielderr.CodeUnknownField, "unknown field "+quoted(key))
		case pdDescriptor, pdPlatform, pdAddress:
			checkPaymentData(c, mp, m, k)
		case pdSubmerchants:
			if m.Kind() != jsonvalue.KindArray {
				c.add(mp, fielderr.CodeType, "must be an array, got "+kindName(m.Kind()))
				continue
			}
			for i, e := range m.Elements() {
				checkPaymentData(c, index(mp, i, ""), e, pdSubmerchant)
			}
		case pdAmount:
			n, ok := m.Int()
			switch {
			case m.Kind() != jsonvalue.KindNumber || !ok:
				c.add(mp, fielderr.CodeType, "must be an integer")
			case n < 0:
				c.add(mp, CodeNegative, "amount must not be negative, got "+itoa(n))
			case n > math.MaxInt32:
				c.add(mp, CodeRange, "amount must be at most 2147483647, got "+itoa(n))
			}
		default:
			str, ok := m.Str()
			if !ok {
				c.add(mp, fielderr.CodeType, "must be a string, got "+kindName(m.Kind()))
				continue
			}
			switch k {
			case pdCapture:
				checkEnum(c, mp, str, "auto", "manual")
			case pdIntent:
				checkEnum(c, mp, str, "one_time", "card_on_file", "subscription", "installment")
			case pdCurrency:
				if !isKomojuCurrency(str) {
					c.add(mp, CodeCurrency, quoted(str)+" is not a currency KOMOJU accepts")
				}
			}
		}
	}
}
