package sessiontest_test

import (
	"encoding/json"
	"math"

	"github.com/paysession/paysession/currency"
)

// The implementations under test in this package's tests and examples: what
// a team might write in its own service, reading Primer's JSON with
// encoding/json.

type order struct {
	CurrencyCode string `json:"currencyCode"`
	Amount       *int64 `json:"amount"`
	Order        struct {
		LineItems []struct {
			Amount         int64  `json:"amount"`
			Quantity       *int64 `json:"quantity"`
			DiscountAmount int64  `json:"discountAmount"`
			TaxAmount      int64  `json:"taxAmount"`
		} `json:"lineItems"`
		Fees []struct {
			Amount int64 `json:"amount"`
		} `json:"fees"`
		Shipping struct {
			Amount int64 `json:"amount"`
		} `json:"shipping"`
	} `json:"order"`
}

// amount computes the amount with whole minor units; forgetDiscount leaves
// the line discounts out (the bug).
func amount(data []byte, forgetDiscount bool) (int64, bool, error) {
	var o order
	if err := json.Unmarshal(data, &o); err != nil {
		return 0, false, err
	}
	if o.Amount != nil {
		return *o.Amount, true, nil
	}
	if len(o.Order.LineItems) == 0 {
		return 0, false, nil
	}
	var total int64
	for _, li := range o.Order.LineItems {
		q := int64(1)
		if li.Quantity != nil {
			q = *li.Quantity
		}
		total += li.Amount*q + li.TaxAmount
		if !forgetDiscount {
			total -= li.DiscountAmount
		}
	}
	total += o.Order.Shipping.Amount
	for _, f := range o.Order.Fees {
		total += f.Amount
	}
	return total, true, nil
}

// correctAmount is a correct implementation.
func correctAmount(data []byte) (int64, bool, error) { return amount(data, false) }

// forgottenDiscount computes amount × quantity + tax and forgets discounts.
func forgottenDiscount(data []byte) (int64, bool, error) { return amount(data, true) }

// floatAmount works in major units as float64, as amounts are displayed, and
// converts the total back to minor units by truncation.
func floatAmount(data []byte) (int64, bool, error) {
	var o order
	if err := json.Unmarshal(data, &o); err != nil {
		return 0, false, err
	}
	if o.Amount != nil {
		return *o.Amount, true, nil
	}
	if len(o.Order.LineItems) == 0 {
		return 0, false, nil
	}
	c, err := currency.Parse(o.CurrencyCode)
	if err != nil {
		return 0, false, err
	}
	d, _ := c.MinorUnits()
	scale := math.Pow10(d)
	major := func(minor int64) float64 { return float64(minor) / scale }
	total := 0.0
	for _, li := range o.Order.LineItems {
		q := int64(1)
		if li.Quantity != nil {
			q = *li.Quantity
		}
		total += major(li.Amount)*float64(q) - major(li.DiscountAmount) + major(li.TaxAmount)
	}
	total += major(o.Order.Shipping.Amount)
	for _, f := range o.Order.Fees {
		total += major(f.Amount)
	}
	return int64(total * scale), true, nil
}

// float32Amount rounds correctly but in float32, as some payment
// orchestrators do: 24 bits of precision are not enough for large totals.
func float32Amount(data []byte) (int64, bool, error) {
	var o order
	if err := json.Unmarshal(data, &o); err != nil {
		return 0, false, err
	}
	if o.Amount != nil {
		return *o.Amount, true, nil
	}
	if len(o.Order.LineItems) == 0 {
		return 0, false, nil
	}
	var total float32
	for _, li := range o.Order.LineItems {
		q := int64(1)
		if li.Quantity != nil {
			q = *li.Quantity
		}
		total += float32(li.Amount)*float32(q) - float32(li.DiscountAmount) + float32(li.TaxAmount)
	}
	total += float32(o.Order.Shipping.Amount)
	for _, f := range o.Order.Fees {
		total += float32(f.Amount)
	}
	return int64(math.Round(float64(total))), true, nil
}

type selectionRequest struct {
	order
	Order struct {
		LineItems []json.RawMessage `json:"lineItems"`
		Fees      []struct {
			Type   string `json:"type"`
			Amount int64  `json:"amount"`
		} `json:"fees"`
	} `json:"order"`
	PaymentMethod struct {
		Options map[string]struct {
			Surcharge struct{ Amount int64 } `json:"surcharge"`
			Networks  map[string]struct {
				Surcharge struct{ Amount int64 } `json:"surcharge"`
			} `json:"networks"`
		} `json:"options"`
	} `json:"paymentMethod"`
}

// selection prices a selection: the amount without SURCHARGE fees, plus the
// configured surcharge. keepSurcharge forgets to remove the SURCHARGE fees
// already there; klarna surcharges KLARNA too.
func selection(data []byte, method, network string, keepSurcharge, klarna bool) (int64, bool, error) {
	total, ok, err := correctAmount(data)
	if err != nil || !ok {
		return total, ok, err
	}
	var r selectionRequest
	if err := json.Unmarshal(data, &r); err != nil {
		return 0, false, err
	}
	if r.order.Amount != nil {
		return total, true, nil
	}
	if !keepSurcharge {
		for _, f := range r.Order.Fees {
			if f.Type == "SURCHARGE" {
				total -= f.Amount
			}
		}
	}
	if method == "KLARNA" && !klarna {
		return total, true, nil
	}
	o := r.PaymentMethod.Options[method]
	if method == "PAYMENT_CARD" {
		return total + o.Networks[network].Surcharge.Amount, true, nil
	}
	return total + o.Surcharge.Amount, true, nil
}
