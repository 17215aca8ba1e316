package model

import (
	"slices"

	"github.com/paysession/paysession/jsonvalue"
)

// Apple Pay's recurringPaymentRequest, deferredPaymentRequest and
// automaticReloadRequest: fixed schemas whose values are kept as Values.

// schemaKind is the JSON type of a field of a fixed schema kept as a Value.
type schemaKind uint8

const (
	sString schemaKind = iota
	sInt
	sObject
)

// schemaField is one field of a fixed schema kept as a Value (Apple Pay's
// requests). The tables below are read-only.
type schemaField struct {
	name string
	kind schemaKind
	sub  []schemaField
}

var (
	applePayBilling = []schemaField{ // ApplePayRegularBilling and ApplePayTrialBilling
		{name: "label"}, {name: "amount", kind: sInt},
		{name: "recurringStartDate"}, {name: "recurringEndDate"},
		{name: "recurringIntervalUnit"}, {name: "recurringIntervalCount", kind: sInt},
	}
	applePayRecurringRequest = []schemaField{
		{name: "paymentDescription"}, {name: "billingAgreement"}, {name: "managementUrl"},
		{name: "regularBilling", kind: sObject, sub: applePayBilling},
		{name: "trialBilling", kind: sObject, sub: applePayBilling},
	}
	applePayDeferredRequest = []schemaField{
		{name: "paymentDescription"}, {name: "billingAgreement"}, {name: "managementUrl"},
		{name: "deferredBilling", kind: sObject, sub: []schemaField{
			{name: "label"}, {name: "amount", kind: sInt}, {name: "deferredPaymentDate"},
		}},
		{name: "freeCancellationDate"}, {name: "freeCancellationTimeZone"},
	}
	applePayAutomaticReloadRequest = []schemaField{
		{name: "paymentDescription"}, {name: "billingAgreement"}, {name: "managementUrl"},
		{name: "automaticReloadBilling", kind: sObject, sub: []schemaField{
			{name: "label"}, {name: "amount", kind: sInt}, {name: "automaticReloadThresholdAmount", kind: sInt},
		}},
	}
)

// schemaObject reads an object of a fixed schema into a Value: known fields
// only, each of its type; null members are left out. null is the zero Value.
func (dec *decoder) schemaObject(fields []schemaField) jsonvalue.Value {
	r := dec.r
	var ms []jsonvalue.Member
	ok := dec.object(0, func(key []byte) {
		i := slices.IndexFunc(fields, func(f schemaField) bool { return f.name == string(key) })
		if i < 0 {
			dec.unknown(key)
			return
		}
		if r.Null() {
			return
		}
		f := &fields[i]
		var v jsonvalue.Value
		switch f.kind {
		case sString:
			s, ok := r.String()
			if !ok {
				return
			}
			v = jsonvalue.String(s)
		case sInt:
			n, ok := r.Int()
			if !ok {
				return
			}
			v = jsonvalue.Int(n)
		case sObject:
			v = dec.schemaObject(f.sub)
			if v.IsAbsent() {
				return
			}
		}
		ms = append(ms, jsonvalue.Member{Key: f.name, Value: v})
	})
	if !ok {
		return jsonvalue.Value{}
	}
	return objectOf(ms)
}
