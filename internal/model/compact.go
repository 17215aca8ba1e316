package model

import (
	"strings"

	"github.com/paysession/paysession/jsonvalue"
)

// The decoders read strings from one private copy of their input
// (jsonread.NewShared: one allocation for all of them, and none of them is
// a view of the caller's bytes, so changing the input after decoding changes
// nothing decoded), and copy the strings a decoded value keeps into one
// compact allocation at the end: a session keeps only what it holds, not a
// copy of its whole input (a 3-byte order id from a 10 MiB document keeps 3
// bytes).

// compactor visits every string of a decoded value once, appending it to one
// strings.Builder and pointing it at its copy, a substring of the builder's
// String. The builder is grown at the start with room for every string the
// reader returned (jsonread's Returned, which counts each string kept and,
// rarely, one that is not), so it is one allocation. A strings.Builder only
// appends, so a string it has returned never changes: should it ever have to
// grow, the strings made before keep pointing into the old buffer, which
// stays as it was.
type compactor struct {
	b strings.Builder
}

// grow makes room for size bytes. (A strings.Builder must not be copied
// once used, so a compactor lives in its decoder, which is never copied; it
// shares the decoder's allocation, and valueview.Compact may keep a pointer
// to it for the length of the call.)
func (c *compactor) grow(size int) {
	if size > 0 {
		c.b.Grow(size)
	}
}

func (c *compactor) str(s *string) {
	l := len(*s)
	if l == 0 {
		*s = ""
		return
	}
	off := c.b.Len()
	c.b.WriteString(*s)
	*s = c.b.String()[off : off+l]
}

func (c *compactor) data(d *Data) {
	c.str(&d.OrderID)
	c.str(&d.CurrencyCode)
	c.str(&d.CustomerID)
	c.customer(&d.Customer)
	o := &d.Order
	for i := range o.LineItems {
		c.lineItem(&o.LineItems[i])
	}
	c.str(&o.CountryCode)
	c.str(&o.RetailerCountryCode)
	c.fees(o.Fees)
	c.shipping(&o.Shipping)
	c.members(d.Metadata)
	c.paymentMethod(&d.PM)
}

func (c *compactor) customer(cu *Customer) {
	c.str(&cu.EmailAddress)
	c.str(&cu.MobileNumber)
	c.str(&cu.FirstName)
	c.str(&cu.LastName)
	c.address(&cu.BillingAddress)
	c.address(&cu.ShippingAddress)
	c.str(&cu.TaxID)
	c.str(&cu.NationalDocumentID)
}

func (c *compactor) address(a *Address) {
	c.str(&a.FirstName)
	c.str(&a.LastName)
	c.str(&a.AddressLine1)
	c.str(&a.AddressLine2)
	c.str(&a.City)
	c.str(&a.State)
	c.str(&a.CountryCode)
	c.str(&a.PostalCode)
}

func (c *compactor) lineItem(li *LineItem) {
	c.str(&li.ItemID)
	c.str(&li.Name)
	c.str(&li.Description)
	c.str(&li.TaxCode)
	c.str(&li.ProductType)
	p := &li.ProductData
	c.str(&p.SKU)
	c.str(&p.Brand)
	c.str(&p.Color)
	c.str(&p.GlobalTradeItemNumber)
	c.str(&p.ManufacturerPartNumber)
	c.str(&p.Weight)
	c.str(&p.WeightUnit)
	c.str(&p.PageURL)
}

func (c *compactor) fees(fs []Fee) {
	for i := range fs {
		c.str(&fs[i].Type)
		c.str(&fs[i].Description)
	}
}

func (c *compactor) shipping(s *Shipping) {
	c.str(&s.MethodID)
	c.str(&s.MethodName)
	c.str(&s.MethodDescription)
}

func (c *compactor) members(ms []jsonvalue.Member) {
	for i := range ms {
		c.str(&ms[i].Key)
		c.value(&ms[i].Value)
	}
}

func (c *compactor) value(v *jsonvalue.Value) { compactValue(v, c) }

// Str moves *s into the compact buffer (valueview.Strings).
func (c *compactor) Str(s *string) { c.str(s) }

func (c *compactor) paymentMethod(pm *PaymentMethodData) {
	c.str(&pm.Descriptor)
	c.str(&pm.PaymentType)
	for i := range pm.Networks {
		c.str(&pm.Networks[i])
	}
	for i := range pm.Options {
		o := &pm.Options[i]
		c.str(&o.Type)
		for j := range o.Networks {
			c.str(&o.Networks[j].Name)
		}
		c.str(&o.Merchant)
		c.value(&o.Extra)
		c.value(&o.Recurring)
		c.value(&o.Deferred)
		c.value(&o.Reload)
	}
	c.str(&pm.AuthorizationType)
	c.str(&pm.FirstPaymentReason)
}

func (c *compactor) patch(pd *PatchData) {
	c.str(&pd.OrderID.V)
	c.str(&pd.CurrencyCode.V)
	c.str(&pd.CustomerID.V)
	cp := &pd.Customer.V
	for _, f := range []*Field[string]{&cp.EmailAddress, &cp.MobileNumber, &cp.FirstName, &cp.LastName, &cp.TaxID, &cp.NationalDocumentID} {
		c.str(&f.V)
	}
	c.address(&cp.BillingAddress.V)
	c.address(&cp.ShippingAddress.V)
	op := &pd.Order.V
	for i := range op.LineItems.V {
		c.lineItem(&op.LineItems.V[i])
	}
	c.str(&op.CountryCode.V)
	c.str(&op.RetailerCountryCode.V)
	c.fees(op.Fees.V)
	c.shipping(&op.Shipping.V)
	c.members(pd.Metadata.V)
	c.paymentMethod(&pd.PaymentMethod.V)
}

// compactData copies the strings of d into one allocation of size bytes
// (the decoder's reader's Returned).
func (dec *decoder) compactData(d *Data, size int) {
	c := &dec.c
	c.grow(size)
	c.data(d)
}

// compactResponse copies the strings of r, its session's included, into one
// allocation.
func (dec *decoder) compactResponse(r *Response, d *Data, size int) {
	c := &dec.c
	c.grow(size)
	c.data(d)
	c.str(&r.ClientToken)
	c.str(&r.ClientTokenExpirationDate)
	c.value(&r.Warnings)
}

// compactPatch copies the strings of pd into one allocation.
func (dec *decoder) compactPatch(pd *PatchData, size int) {
	c := &dec.c
	c.grow(size)
	c.patch(pd)
}
