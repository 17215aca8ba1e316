package model

import (
	"slices"
	"strings"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/internal/limits"
	"github.com/paysession/paysession/jsonvalue"
)

// DecodeRequest decodes a create request best effort: the data of every
// field that decoded (nil after a syntax error or an exceeded limit), the
// reader's record of the problems past the cap, and the problems.
func DecodeRequest(input []byte) (*Data, *jsonread.Unlisted, error) {
	dec := newDecoder(input, docRequest)
	d := &Data{}
	dec.root(func(f int, key []byte) { dec.sessionField(d, f, key) })
	d, err := dec.finish(d)
	return d, dec.r.Unlisted(), err
}

type docKind uint8

const (
	docRequest docKind = iota
	docResponse
	docPatch
)

// decoder holds the reader and the rules of the document being decoded.
// The reader lives inside it (one allocation for both), r pointing at it.
type decoder struct {
	r    *jsonread.Reader // &rd
	kind docKind
	size int // of the input
	rd   jsonread.Reader
	c    compactor // of the decoded strings, at the end
}

func newDecoder(input []byte, kind docKind) *decoder {
	dec := &decoder{kind: kind, size: len(input)}
	dec.rd.InitShared(input, jsonread.Standard())
	dec.r = &dec.rd
	return dec
}

// root reads the top-level object of a request, response or PATCH,
// calling member with the number of each key in topKeys (-1 for another
// key).
func (dec *decoder) root(member func(f int, key []byte)) {
	r := dec.r
	if r.Stopped() {
		return
	}
	if k := r.Peek(); k != jsonread.Object && k != jsonread.Invalid {
		// A document that is not an object has nothing to keep.
		r.Skip()
		r.Finish()
		if !r.Stopped() {
			r.Fail(string(fielderr.CodeType), "expected an object, got "+k.String())
		}
		return
	}
	r.ObjectFields(0, topKeys, member)
	r.Finish()
}

// errs converts the reader's errors.
func (dec *decoder) errs() fielderr.List { return dec.r.FieldErrors() }

func (dec *decoder) finish(d *Data) (*Data, error) {
	errs := dec.errs()
	if dec.r.Stopped() {
		return nil, errs
	}
	if dec.kind != docResponse { // a response compacts its own fields too
		dec.compactData(d, dec.r.Returned())
	}
	return d, errs.Err()
}

// unknown reports the current field as unknown; its value is skipped.
func (dec *decoder) unknown(key []byte) {
	dec.r.Fail(string(fielderr.CodeUnknownField), "unknown field "+quote(string(key)))
}

// str reads a string field into dst. null leaves dst as it is. minLen1: the
// schema requires at least one character, so "" is fielderr.CodeEmpty (except in a
// response).
func (dec *decoder) str(dst *string, minLen1 bool) {
	if v, null, ok := dec.r.StringOrNull(); ok && !null {
		if v != "" { // setStr's common case, inlined
			*dst = v
			return
		}
		dec.setStr(dst, v, minLen1)
	}
}

// element reads into dst the element of a list of strings that the reader
// is at. null, a value of another type and "" (outside a response, which
// may hold "") are errors; every element is kept, as "" when it is not a
// string, so that the elements after it keep their index (validation does
// not report the reported ones again).
func (dec *decoder) element(dst *string) {
	v, null, ok := dec.r.StringOrNull()
	switch {
	case null:
		dec.r.Fail(string(fielderr.CodeType), "expected a string, got null")
	case ok && v == "" && dec.kind != docResponse:
		dec.r.Fail(string(fielderr.CodeEmpty), "must not be empty")
	}
	*dst = v
}

// strValue reads a string (not null) into dst and reports whether it was
// read without error; "" leaves dst as it is.
func (dec *decoder) strValue(dst *string, minLen1 bool) bool {
	v, ok := dec.r.String()
	return ok && dec.setStr(dst, v, minLen1)
}

// setStr stores the string v read into dst, unless it is "": that is
// fielderr.CodeEmpty when minLen1 (outside a response) and absent otherwise. It
// reports whether v was accepted.
func (dec *decoder) setStr(dst *string, v string, minLen1 bool) bool {
	if v == "" {
		if minLen1 && dec.kind != docResponse {
			dec.r.Fail(string(fielderr.CodeEmpty), "must not be empty (leave the field out or use null)")
			return false
		}
		return true
	}
	*dst = v
	return true
}

func (dec *decoder) int(dst *Opt[int64]) {
	if v, null, ok := dec.r.IntOrNull(); ok && !null {
		*dst = Some(v)
	}
}

func (dec *decoder) bool(dst *Opt[bool]) {
	if dec.r.Null() {
		return
	}
	if v, ok := dec.r.Bool(); ok {
		*dst = Some(v)
	}
}

// objectFields reads an object of a fixed schema (the keys given); null
// leaves it absent.
func (dec *decoder) objectFields(keys *jsonread.Fields, member func(f int, key []byte)) bool {
	if dec.r.Null() {
		return false
	}
	return dec.r.ObjectFields(0, keys, member)
}

// object reads an object field; null leaves it absent.
func (dec *decoder) object(max int, member func(key []byte)) bool {
	if dec.r.Null() {
		return false
	}
	return dec.r.Object(max, member)
}

// sessionField reads one top-level field of a request or response.
func (dec *decoder) sessionField(d *Data, f int, key []byte) {
	switch f {
	case topOrderId:
		dec.str(&d.OrderID, true)
	case topCurrencyCode:
		dec.str(&d.CurrencyCode, true)
	case topAmount:
		dec.int(&d.Amount)
	case topCustomerId:
		dec.str(&d.CustomerID, true)
	case topCustomer:
		dec.customer(&d.Customer)
	case topOrder:
		dec.order(&d.Order)
	case topMetadata:
		d.Metadata = dec.metadata()
	case topPaymentMethod:
		dec.paymentMethod(&d.PM)
	default:
		dec.unknown(key)
	}
}

func (dec *decoder) customer(c *Customer) {
	dec.objectFields(customerKeys, func(f int, key []byte) { dec.customerField(c, f, key) })
}

func (dec *decoder) customerField(c *Customer, f int, key []byte) {
	switch f {
	case custEmailAddress:
		dec.str(&c.EmailAddress, true)
	case custMobileNumber:
		dec.str(&c.MobileNumber, true)
	case custFirstName:
		dec.str(&c.FirstName, true)
	case custLastName:
		dec.str(&c.LastName, true)
	case custBillingAddress:
		dec.address(&c.BillingAddress)
	case custShippingAddress:
		dec.address(&c.ShippingAddress)
	case custTaxId:
		dec.str(&c.TaxID, false)
	case custNationalDocumentId:
		dec.str(&c.NationalDocumentID, false)
	default:
		dec.unknown(key)
	}
}

func (dec *decoder) address(a *Address) {
	dec.objectFields(addressKeys, func(f int, key []byte) {
		switch f {
		case addrFirstName:
			dec.str(&a.FirstName, true)
		case addrLastName:
			dec.str(&a.LastName, true)
		case addrAddressLine1:
			dec.str(&a.AddressLine1, true)
		case addrAddressLine2:
			dec.str(&a.AddressLine2, false)
		case addrCity:
			dec.str(&a.City, true)
		case addrState:
			dec.str(&a.State, true)
		case addrCountryCode:
			dec.str(&a.CountryCode, true)
		case addrPostalCode:
			dec.str(&a.PostalCode, true)
		default:
			dec.unknown(key)
		}
	})
}

func (dec *decoder) order(o *OrderData) {
	dec.objectFields(orderKeys, func(f int, key []byte) {
		switch f {
		case ordLineItems:
			o.LineItems = dec.lineItems()
		case ordCountryCode:
			dec.str(&o.CountryCode, true)
		case ordRetailerCountryCode:
			dec.str(&o.RetailerCountryCode, true)
		case ordFees:
			o.Fees = dec.fees()
		case ordShipping:
			dec.shipping(&o.Shipping)
		default:
			dec.unknown(key)
		}
	})
}

// lineItems reads order.lineItems; null or [] is nil.
func (dec *decoder) lineItems() []LineItem {
	r := dec.r
	if r.Null() {
		return nil
	}
	items := newList[LineItem](r, limits.MaxLineItems)
	r.Array(limits.MaxLineItems, func(int) {
		li := items.next(dec)
		// The fields' switch is in the callback itself (not a method it
		// calls): one call less for every field of every line.
		r.ObjectFields(0, lineItemKeys, func(f int, key []byte) {
			switch f {
			case liItemId:
				dec.str(&li.ItemID, true)
			case liName:
				dec.str(&li.Name, false)
			case liDescription:
				dec.str(&li.Description, false)
			case liAmount:
				dec.int(&li.Amount)
			case liQuantity:
				dec.int(&li.Quantity)
			case liDiscountAmount:
				dec.int(&li.DiscountAmount)
			case liTaxAmount:
				dec.int(&li.TaxAmount)
			case liTaxCode:
				dec.str(&li.TaxCode, true)
			case liProductType:
				dec.str(&li.ProductType, true)
			case liProductData:
				dec.productData(&li.ProductData)
			default:
				dec.unknown(key)
			}
		})
	})
	return items.done()
}

func (dec *decoder) productData(p *ProductData) {
	r := dec.r
	dec.objectFields(productDataKeys, func(f int, key []byte) {
		switch f {
		case prodSku:
			dec.str(&p.SKU, true)
		case prodBrand:
			dec.str(&p.Brand, true)
		case prodColor:
			dec.str(&p.Color, true)
		case prodGlobalTradeItemNumber:
			dec.str(&p.GlobalTradeItemNumber, true)
		case prodManufacturerPartNumber:
			dec.str(&p.ManufacturerPartNumber, true)
		case prodWeight:
			if r.Null() {
				return
			}
			if lit, ok := r.Number(); ok {
				p.Weight = lit
			}
		case prodWeightUnit:
			dec.str(&p.WeightUnit, true)
		case prodPageUrl:
			dec.str(&p.PageURL, true)
		default:
			dec.unknown(key)
		}
	})
}

func (dec *decoder) fees() []Fee {
	r := dec.r
	if r.Null() {
		return nil
	}
	fees := newList[Fee](r, limits.MaxFees)
	r.Array(limits.MaxFees, func(int) {
		fee := fees.next(dec)
		r.ObjectFields(0, feeKeys, func(f int, key []byte) {
			switch f {
			case feeType:
				dec.str(&fee.Type, true)
			case feeAmount:
				dec.int(&fee.Amount)
			case feeDescription:
				dec.str(&fee.Description, true)
			default:
				dec.unknown(key)
			}
		})
	})
	return fees.done()
}

func (dec *decoder) shipping(s *Shipping) {
	dec.objectFields(shippingKeys, func(f int, key []byte) {
		switch f {
		case shipAmount:
			dec.int(&s.Amount)
		case shipMethodId:
			dec.str(&s.MethodID, false)
		case shipMethodName:
			dec.str(&s.MethodName, false)
		case shipMethodDescription:
			dec.str(&s.MethodDescription, false)
		default:
			dec.unknown(key)
		}
	})
}

// metadata reads the free-form metadata object, sorted by key; null or {}
// is nil.
func (dec *decoder) metadata() []jsonvalue.Member {
	r := dec.r
	if r.Null() {
		return nil
	}
	members := newList[jsonvalue.Member](r, limits.MaxMetadataKeys)
	r.Object(limits.MaxMetadataKeys, func([]byte) {
		k := r.Key()
		if v, ok := jsonread.Any(r, valueBuilder); ok {
			*members.next(dec) = jsonvalue.Member{Key: k, Value: v}
		}
	})
	md := members.done()
	if md == nil {
		return nil
	}
	sortMembers(md)
	return md
}

func sortMembers(ms []jsonvalue.Member) {
	slices.SortFunc(ms, func(a, b jsonvalue.Member) int { return strings.Compare(a.Key, b.Key) })
}
