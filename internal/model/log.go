package model

import (
	"github.com/paysession/paysession/jsonvalue"
)

// Masked is what a masked session or patch holds in place of the value of a
// personal field.
const Masked = "***"

// mask replaces a non-empty personal value by Masked: whether it is there
// stays visible, its value does not.
func mask(s string) string {
	if s == "" {
		return ""
	}
	return Masked
}

func maskAddress(a Address) Address {
	a.FirstName, a.LastName = mask(a.FirstName), mask(a.LastName)
	a.AddressLine1, a.AddressLine2 = mask(a.AddressLine1), mask(a.AddressLine2)
	a.City, a.PostalCode = mask(a.City), mask(a.PostalCode)
	return a
}

// MaskData returns a copy of the session's data with every personal field
// masked: the e-mail address, mobile number, names, address lines, city,
// postal code, tax id and national document id of the customer and of both
// addresses. Amounts, currency, ids, country codes and the structure stay.
func MaskData(old *Data) *Data {
	d := *old
	c := &d.Customer
	c.EmailAddress, c.MobileNumber = mask(c.EmailAddress), mask(c.MobileNumber)
	c.FirstName, c.LastName = mask(c.FirstName), mask(c.LastName)
	c.TaxID, c.NationalDocumentID = mask(c.TaxID), mask(c.NationalDocumentID)
	c.BillingAddress, c.ShippingAddress = maskAddress(c.BillingAddress), maskAddress(c.ShippingAddress)
	return &d
}

// maskValue replaces every string and number inside v by Masked, keeping
// keys, nulls, booleans and the structure.
func MaskValue(v jsonvalue.Value) jsonvalue.Value {
	switch v.Kind() {
	case jsonvalue.KindString, jsonvalue.KindNumber:
		return jsonvalue.String(Masked)
	case jsonvalue.KindArray:
		arr := make([]jsonvalue.Value, v.Len())
		for i := range arr {
			arr[i] = MaskValue(v.Index(i))
		}
		return valueBuilder.Array(arr) // arr is new: kept, not copied again
	case jsonvalue.KindObject:
		ms := make([]jsonvalue.Member, v.Len())
		for i := range ms {
			k, e := v.Member(i)
			ms[i] = jsonvalue.Member{Key: k, Value: MaskValue(e)}
		}
		return objectOf(ms)
	}
	return v
}

func maskField(f Field[string]) Field[string] {
	f.V = mask(f.V)
	return f
}

func maskAddressField(f Field[Address]) Field[Address] {
	f.V = maskAddress(f.V)
	return f
}

// MaskPatch returns a copy of pd with every personal value it sets masked as
// MaskData masks a session's; fields it clears stay cleared.
func MaskPatch(pd *PatchData) *PatchData {
	d := *pd
	c := &d.Customer.V
	c.EmailAddress, c.MobileNumber = maskField(c.EmailAddress), maskField(c.MobileNumber)
	c.FirstName, c.LastName = maskField(c.FirstName), maskField(c.LastName)
	c.TaxID, c.NationalDocumentID = maskField(c.TaxID), maskField(c.NationalDocumentID)
	c.BillingAddress, c.ShippingAddress = maskAddressField(c.BillingAddress), maskAddressField(c.ShippingAddress)
	return &d
}
