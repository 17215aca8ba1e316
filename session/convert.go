package session

import (
	"maps"
	"slices"

	"github.com/paysession/paysession/internal/model"
)

// The conversions between the public types, which a caller builds and
// reads, and the representation in internal/model that the decoders,
// encoders and siblings share. They copy field by field; none keeps memory
// a caller can change.

func optIn[T any](o Opt[T]) model.Opt[T] { return o.o }

func optOut[T any](o model.Opt[T]) Opt[T] { return Opt[T]{o} }

func customerIn(c Customer) model.Customer {
	return model.Customer{
		EmailAddress:       c.EmailAddress,
		MobileNumber:       c.MobileNumber,
		FirstName:          c.FirstName,
		LastName:           c.LastName,
		BillingAddress:     model.Address(c.BillingAddress),
		ShippingAddress:    model.Address(c.ShippingAddress),
		TaxID:              c.TaxID,
		NationalDocumentID: c.NationalDocumentID,
	}
}

func customerOut(c *model.Customer) Customer {
	return Customer{
		EmailAddress:       c.EmailAddress,
		MobileNumber:       c.MobileNumber,
		FirstName:          c.FirstName,
		LastName:           c.LastName,
		BillingAddress:     Address(c.BillingAddress),
		ShippingAddress:    Address(c.ShippingAddress),
		TaxID:              c.TaxID,
		NationalDocumentID: c.NationalDocumentID,
	}
}

func lineItemIn(li *LineItem) model.LineItem {
	return model.LineItem{
		ItemID:         li.ItemID,
		Name:           li.Name,
		Description:    li.Description,
		Amount:         optIn(li.Amount),
		Quantity:       optIn(li.Quantity),
		DiscountAmount: optIn(li.DiscountAmount),
		TaxAmount:      optIn(li.TaxAmount),
		TaxCode:        li.TaxCode,
		ProductType:    li.ProductType,
		ProductData:    model.ProductData(li.ProductData),
	}
}

// lineItemOut writes li into *dst field by field (no temporary: LineItem
// is the accessor whose cost matters most).
func lineItemOut(dst *LineItem, li *model.LineItem) {
	dst.ItemID = li.ItemID
	dst.Name = li.Name
	dst.Description = li.Description
	dst.Amount = Opt[int64]{li.Amount}
	dst.Quantity = Opt[int64]{li.Quantity}
	dst.DiscountAmount = Opt[int64]{li.DiscountAmount}
	dst.TaxAmount = Opt[int64]{li.TaxAmount}
	dst.TaxCode = li.TaxCode
	dst.ProductType = li.ProductType
	dst.ProductData = ProductData(li.ProductData)
}

// lineItemsIn copies the line items; an empty list is nil (the canonical
// form).
func lineItemsIn(items []LineItem) []model.LineItem {
	if len(items) == 0 {
		return nil
	}
	m := make([]model.LineItem, len(items))
	for i := range items {
		m[i] = lineItemIn(&items[i])
	}
	return m
}

func lineItemsOut(items []model.LineItem) []LineItem {
	if len(items) == 0 {
		return nil
	}
	p := make([]LineItem, len(items))
	for i := range items {
		lineItemOut(&p[i], &items[i])
	}
	return p
}

func feeIn(f *Fee) model.Fee {
	return model.Fee{Type: f.Type, Amount: optIn(f.Amount), Description: f.Description}
}

func feeOut(f *model.Fee) Fee {
	return Fee{Type: f.Type, Amount: optOut(f.Amount), Description: f.Description}
}

func feesIn(fees []Fee) []model.Fee {
	if len(fees) == 0 {
		return nil
	}
	m := make([]model.Fee, len(fees))
	for i := range fees {
		m[i] = feeIn(&fees[i])
	}
	return m
}

func feesOut(fees []model.Fee) []Fee {
	if len(fees) == 0 {
		return nil
	}
	p := make([]Fee, len(fees))
	for i := range fees {
		p[i] = feeOut(&fees[i])
	}
	return p
}

func shippingIn(s Shipping) model.Shipping {
	return model.Shipping{Amount: optIn(s.Amount), MethodID: s.MethodID, MethodName: s.MethodName, MethodDescription: s.MethodDescription}
}

func shippingOut(s *model.Shipping) Shipping {
	return Shipping{Amount: optOut(s.Amount), MethodID: s.MethodID, MethodName: s.MethodName, MethodDescription: s.MethodDescription}
}

// paymentMethodIn copies a payment method into the representation, its
// options sorted by type and their networks by name.
func paymentMethodIn(p PaymentMethod) model.PaymentMethodData {
	pm := paymentMethodScalarsIn(&p)
	pm.Networks = model.CloneNil(p.OrderedAllowedCardNetworks)
	for _, typ := range slices.Sorted(maps.Keys(p.Options)) {
		o := p.Options[typ]
		md := model.MethodOptionsData{
			Type:       typ,
			Surcharge:  optIn(o.Surcharge),
			CaptureCVV: optIn(o.CaptureVaultedCardCVV),
			Merchant:   o.MerchantName,
			Extra:      o.ExtraMerchantData,
			Recurring:  o.RecurringPaymentRequest,
			Deferred:   o.DeferredPaymentRequest,
			Reload:     o.AutomaticReloadRequest,
		}
		for _, n := range slices.Sorted(maps.Keys(o.Networks)) {
			md.Networks = append(md.Networks, model.NetworkData{Name: n, Surcharge: optIn(o.Networks[n].Surcharge)})
		}
		pm.Options = append(pm.Options, md)
	}
	return pm
}

// paymentMethodScalarsIn copies the fields of a payment method that are
// neither its networks nor its options.
func paymentMethodScalarsIn(p *PaymentMethod) model.PaymentMethodData {
	return model.PaymentMethodData{
		VaultOnSuccess:     optIn(p.VaultOnSuccess),
		VaultOn3DS:         optIn(p.VaultOn3DS),
		VaultOnAgreement:   optIn(p.VaultOnAgreement),
		Descriptor:         p.Descriptor,
		PaymentType:        p.PaymentType,
		AuthorizationType:  p.AuthorizationType,
		FirstPaymentReason: p.FirstPaymentReason,
	}
}

// paymentMethodScalarsOut is paymentMethodScalarsIn's inverse. It does not
// allocate.
func paymentMethodScalarsOut(pm *model.PaymentMethodData) PaymentMethod {
	return PaymentMethod{
		VaultOnSuccess:     optOut(pm.VaultOnSuccess),
		VaultOn3DS:         optOut(pm.VaultOn3DS),
		VaultOnAgreement:   optOut(pm.VaultOnAgreement),
		Descriptor:         pm.Descriptor,
		PaymentType:        pm.PaymentType,
		AuthorizationType:  pm.AuthorizationType,
		FirstPaymentReason: pm.FirstPaymentReason,
	}
}

// methodOptionsOut returns a payment method type's options except its card
// networks (Networks is nil). It does not allocate.
func methodOptionsOut(d *model.MethodOptionsData) MethodOptions {
	return MethodOptions{
		Surcharge:               optOut(d.Surcharge),
		CaptureVaultedCardCVV:   optOut(d.CaptureCVV),
		MerchantName:            d.Merchant,
		ExtraMerchantData:       d.Extra,
		RecurringPaymentRequest: d.Recurring,
		DeferredPaymentRequest:  d.Deferred,
		AutomaticReloadRequest:  d.Reload,
	}
}
