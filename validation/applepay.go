package validation

import (
	"time"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/jsonvalue"
)

// Apple Pay's billing requests (paymentMethod.options.<TYPE>.
// recurringPaymentRequest, deferredPaymentRequest, automaticReloadRequest)
// are kept in the session as JSON values; this file checks them against the
// schemas of the OpenAPI file: required members, known members only, strings
// of 1..1024 code points, amounts that are integers ≥ 0, RFC 3339 dates,
// interval units and counts.

type objKind uint8

const (
	objRecurring objKind = iota
	objDeferred
	objReload
	objRegularBilling
	objTrialBilling
	objDeferredBilling
	objReloadBilling
)

type fieldKind uint8

const (
	fUnknown  fieldKind = iota
	fText               // string, 1..1024 code points
	fURL                // absolute http(s) URL, 1..1024 code points
	fAmount             // integer ≥ 0
	fCount              // integer ≥ 1
	fDateTime           // RFC 3339 date-time
	fUnit               // minute | hour | day | month | year
	fTimeZone           // string, 3..50 code points
	fObject             // a nested object, of kind sub
)

// fieldOf returns the kind of member key of an object of kind obj (and, for
// a nested object, its kind).
func fieldOf(obj objKind, key string) (fieldKind, objKind) {
	switch obj {
	case objRecurring, objDeferred, objReload:
		switch key {
		case "paymentDescription", "billingAgreement":
			return fText, 0
		case "managementUrl":
			return fURL, 0
		}
		switch {
		case obj == objRecurring && key == "regularBilling":
			return fObject, objRegularBilling
		case obj == objRecurring && key == "trialBilling":
			return fObject, objTrialBilling
		case obj == objDeferred && key == "deferredBilling":
			return fObject, objDeferredBilling
		case obj == objDeferred && key == "freeCancellationDate":
			return fDateTime, 0
		case obj == objDeferred && key == "freeCancellationTimeZone":
			return fTimeZone, 0
		case obj == objReload && key == "automaticReloadBilling":
			return fObject, objReloadBilling
		}
	default:
		switch key {
		case "label":
			return fText, 0
		case "amount":
			return fAmount, 0
		}
		switch obj {
		case objRegularBilling, objTrialBilling:
			switch key {
			case "recurringStartDate", "recurringEndDate":
				return fDateTime, 0
			case "recurringIntervalUnit":
				return fUnit, 0
			case "recurringIntervalCount":
				return fCount, 0
			}
		case objDeferredBilling:
			if key == "deferredPaymentDate" {
				return fDateTime, 0
			}
		case objReloadBilling:
			if key == "automaticReloadThresholdAmount" {
				return fAmount, 0
			}
		}
	}
	return fUnknown, 0
}

// requiredOf returns the (at most two) required members of an object kind.
func requiredOf(obj objKind) (string, string) {
	switch obj {
	case objRecurring:
		return "managementUrl", "regularBilling"
	case objDeferred:
		return "managementUrl", "deferredBilling"
	case objReload:
		return "managementUrl", "automaticReloadBilling"
	case objDeferredBilling:
		return "label", "deferredPaymentDate"
	case objReloadBilling:
		return "label", "automaticReloadThresholdAmount"
	}
	return "label", ""
}

// checkObject checks v, an Apple Pay object of kind obj at path p. An absent
// v is not checked.
func checkObject(c *collector, p string, v jsonvalue.Value, obj objKind) {
	if v.IsAbsent() {
		return
	}
	if v.Kind() != jsonvalue.KindObject {
		c.add(p, fielderr.CodeType, "must be an object, got "+kindName(v.Kind()))
		return
	}
	r1, r2 := requiredOf(obj)
	for _, r := range [2]string{r1, r2} {
		if _, ok := v.Lookup(r); r != "" && !ok {
			c.add(member(p, r), CodeRequired, "is required")
		}
	}
	for key, m := range v.Members() {
		fk, sub := fieldOf(obj, key)
		mp := member(p, key)
		switch fk {
		case fUnknown:
			c.add(mp, fielderr.CodeUnknownField, "unknown field "+quoted(key))
		case fObject:
			checkObject(c, mp, m, sub)
		case fAmount, fCount:
			lo := int64(0)
			if fk == fCount {
				lo = 1
			}
			n, ok := m.Int()
			switch {
			case m.Kind() != jsonvalue.KindNumber || !ok:
				c.add(mp, fielderr.CodeType, "must be an integer")
			case n < lo && fk == fAmount:
				c.add(mp, CodeNegative, "amount must not be negative, got "+itoa(n))
			case n < lo:
				c.add(mp, CodeRange, "must be at least 1, got "+itoa(n))
			}
		default:
			str, ok := m.Str()
			if !ok {
				c.add(mp, fielderr.CodeType, "must be a string, got "+kindName(m.Kind()))
				continue
			}
			checkAppleString(c, mp, str, fk)
		}
	}
}

func checkAppleString(c *collector, p, s string, fk fieldKind) {
	switch fk {
	case fText, fURL:
		if s == "" || longerThan(s, maxLongURL) {
			c.add(p, CodeLength, "must be 1 to 1024 characters long, got "+itoa(int64(runeLen(s))))
			return
		}
		if fk == fURL && !isHTTPURL(s) {
			c.add(p, CodeURL, quoted(s)+" is not an absolute http or https URL")
		}
	case fTimeZone:
		if n := runeLen(s); n < 3 || n > 50 {
			c.add(p, CodeLength, "must be 3 to 50 characters long, got "+itoa(int64(n)))
		}
	case fDateTime:
		if _, err := time.Parse(time.RFC3339Nano, s); err != nil {
			c.add(p, CodeDateTime, quoted(s)+" is not an RFC 3339 date-time such as \"2024-07-03T00:00:00Z\"")
		}
	case fUnit:
		checkEnum(c, p, s, "minute", "hour", "day", "month", "year")
	}
}
