package adjust

import (
	"errors"
	"slices"
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/pricing"
	"github.com/paysession/paysession/rate"
	"github.com/paysession/paysession/session"
)

type line struct{ amount, qty, disc, tax int64 }

// build returns a session of the lines (qty 0 means absent, disc/tax < 0
// absent).
func build(t testing.TB, code string, lines ...line) session.Session {
	t.Helper()
	p := session.Params{CurrencyCode: code}
	for i, l := range lines {
		li := session.LineItem{ItemID: "item-" + string(rune('a'+i)), Amount: session.Some(l.amount)}
		if l.qty != 0 {
			li.Quantity = session.Some(l.qty)
		}
		if l.disc >= 0 {
			li.DiscountAmount = session.Some(l.disc)
		}
		if l.tax >= 0 {
			li.TaxAmount = session.Some(l.tax)
		}
		p.Order.LineItems = append(p.Order.LineItems, li)
	}
	s, err := session.New(p)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func taxes(s session.Session) []int64 {
	var out []int64
	for i := range s.NumLineItems() {
		li := s.LineItem(i)
		out = append(out, li.TaxAmount.Or(-1))
	}
	return out
}

func discounts(s session.Session) []int64 {
	var out []int64
	for i := range s.NumLineItems() {
		li := s.LineItem(i)
		out = append(out, li.DiscountAmount.Or(0))
	}
	return out
}

func hasCode(err error, path string, code fielderr.Code) bool {
	var l fielderr.List
	if !errors.As(err, &l) {
		return false
	}
	for _, e := range l {
		if e.Path == path && e.Code == code {
			return true
		}
	}
	return false
}

func TestTaxTable(t *testing.T) {
	s := build(t, "USD", line{2499, 0, -1, -1})
	got, err := Tax(s, rate.MustParse("10.75%"), PerLine, currency.HalfEven)
	if err != nil || !slices.Equal(taxes(got), []int64{269}) { // 268.6425
		t.Errorf("24.99 × 10.75%% = %v, %v; want 269", taxes(got), err)
	}
	if taxes(s)[0] != -1 {
		t.Error("Tax changed its input")
	}
	s = build(t, "USD", line{1200, 0, -1, -1})
	for mode, want := range map[currency.RoundingMode]int64{currency.HalfEven: 106, currency.HalfUp: 107, currency.HalfDown: 106} {
		for _, per := range []Per{PerLine, PerOrder} {
			got, err := Tax(s, rate.MustParse("8.875%"), per, mode)
			if err != nil || !slices.Equal(taxes(got), []int64{want}) {
				t.Errorf("12.00 × 8.875%% %v %v = %v, %v; want %d", mode, per, taxes(got), err, want)
			}
		}
	}
	// Ten lines: per line 2202, per order 2201.
	amounts := []int64{1234, 999, 2500, 1, 4999, 1999, 350, 12000, 75, 640}
	var ls []line
	for _, a := range amounts {
		ls = append(ls, line{a, 0, -1, -1})
	}
	s = build(t, "USD", ls...)
	r := rate.MustParse("8.875%")
	perLine, err1 := Tax(s, r, PerLine, currency.HalfEven)
	perOrder, err2 := Tax(s, r, PerOrder, currency.HalfEven)
	ql, _ := pricing.Calculate(perLine)
	qo, _ := pricing.Calculate(perOrder)
	al, _ := ql.Calculated()
	ao, _ := qo.Calculated()
	// Shares 109.5175 88.66125 221.875 0.08875 443.66125 177.41125 31.0625
	// 1065 6.65625 56.8, Σ 2200.73375.
	if err1 != nil || err2 != nil ||
		!slices.Equal(taxes(perLine), []int64{110, 89, 222, 0, 444, 177, 31, 1065, 7, 57}) ||
		!slices.Equal(taxes(perOrder), []int64{109, 89, 222, 0, 444, 177, 31, 1065, 7, 57}) ||
		al-ao != 1 || ao != 24797+2201 {
		t.Errorf("ten lines: per line %v (%d), per order %v (%d), %v %v", taxes(perLine), al, taxes(perOrder), ao, err1, err2)
	}
	// Discounts come off before the tax: net 1000.
	s = build(t, "USD", line{600, 2, 200, -1})
	got, err = Tax(s, rate.MustParse("10%"), PerLine, currency.Exact)
	if err != nil || !slices.Equal(taxes(got), []int64{100}) {
		t.Errorf("net of discount: %v, %v", taxes(got), err)
	}
}

func TestTaxErrors(t *testing.T) {
	s := build(t, "USD", line{1200, 0, -1, -1}, line{1, 0, -1, -1})
	_, err := Tax(s, rate.MustParse("8.875%"), PerLine, currency.Exact)
	if !hasCode(err, "$.order.lineItems[0].taxAmount", CodeInexact) || !hasCode(err, "$.order.lineItems[1].taxAmount", CodeInexact) {
		t.Errorf("exact: %v", err)
	}
	if _, err = Tax(s, rate.MustParse("8.875%"), PerOrder, currency.Exact); !hasCode(err, "$.order.lineItems", CodeInexact) {
		t.Errorf("exact per order: %v", err)
	}
	if _, err = Tax(s, rate.MustParse("1"), Per(7), currency.HalfEven); !hasCode(err, "$", CodeRounding) {
		t.Errorf("per 7: %v", err)
	}
	if _, err = Tax(s, rate.MustParse("1"), PerLine, currency.RoundingMode(40)); !hasCode(err, "$.order.lineItems[0].taxAmount", CodeRounding) {
		t.Errorf("mode 40: %v", err)
	}
	big := build(t, "USD", line{1 << 62, 0, -1, -1})
	if _, err = Tax(big, rate.MustParse("2"), PerLine, currency.HalfEven); !hasCode(err, "$.order.lineItems[0].taxAmount", fielderr.CodeOverflow) {
		t.Errorf("overflow: %v", err)
	}
	if _, err = Tax(big, rate.MustParse("1.5"), PerLine, currency.HalfEven); !hasCode(err, "$.order.lineItems[0]", fielderr.CodeOverflow) {
		t.Errorf("total overflow: %v", err)
	}
	if _, err = Tax(build(t, "USD", line{-5, 0, -1, -1}), rate.MustParse("1"), PerLine, currency.HalfEven); !hasCode(err, "$.order.lineItems[0].amount", pricing.CodeNegative) {
		t.Errorf("negative: %v", err)
	}
	if _, err = Tax(build(t, "USD", line{5, 0, 6, -1}), rate.MustParse("1"), PerLine, currency.HalfEven); !hasCode(err, "$.order.lineItems[0].discountAmount", pricing.CodeDiscountExceedsSubtotal) {
		t.Errorf("pricing's problem: %v", err)
	}
	empty := build(t, "USD")
	if got, err := Tax(empty, rate.MustParse("1"), PerOrder, currency.HalfEven); err != nil || got.NumLineItems() != 0 {
		t.Errorf("no lines: %v", err)
	}
	if PerLine.String() != "line" || PerOrder.String() != "order" || Per(9).String() != "Per(9)" {
		t.Error("Per.String")
	}
	if p, ok := ParsePer("order"); !ok || p != PerOrder {
		t.Error("ParsePer(order)")
	}
	if p, ok := ParsePer("line"); !ok || p != PerLine {
		t.Error("ParsePer(line)")
	}
	if _, ok := ParsePer("Order"); ok {
		t.Error("ParsePer(Order)")
	}
}

func TestInclusiveTable(t *testing.T) {
	s := build(t, "EUR", line{10000, 0, -1, -1})
	for _, per := range []Per{PerLine, PerOrder} {
		in, err := InclusiveTax(s, rate.MustParse("21%"), per, currency.HalfEven)
		if err != nil || in.Tax() != 1736 || in.Gross() != 10000 || in.Net() != 8264 || in.NumLines() != 1 ||
			in.Line(0) != (InclusiveLine{"item-a", 10000, 1736, 8264}) || in.CurrencyCode() != "EUR" {
			t.Errorf("21%% in 100.00 %v: %+v, %v", per, in, err)
		}
	}
	// Three lines of 9.99 at 20 %: 1.665 each; per line 1.66 (half-even)
	// ×3 = 4.98, per order round(4.995) = 5.00 split 167, 167, 166.
	s = build(t, "GBP", line{999, 0, -1, -1}, line{999, 0, -1, -1}, line{999, 0, -1, -1})
	pl, _ := InclusiveTax(s, rate.MustParse("20%"), PerLine, currency.HalfEven)
	po, _ := InclusiveTax(s, rate.MustParse("20%"), PerOrder, currency.HalfEven)
	var lt, ot []int64
	for _, l := range pl.Lines() {
		lt = append(lt, l.Tax)
	}
	for _, l := range po.Lines() {
		ot = append(ot, l.Tax)
	}
	if !slices.Equal(lt, []int64{166, 166, 166}) || pl.Tax() != 498 || !slices.Equal(ot, []int64{167, 167, 166}) || po.Tax() != 500 || po.Net() != 2497 {
		t.Errorf("per line %v %d, per order %v %d", lt, pl.Tax(), ot, po.Tax())
	}
	if _, err := InclusiveTax(s, rate.MustParse("20%"), PerLine, currency.Exact); !hasCode(err, "$.order.lineItems[0]", CodeInexact) {
		t.Errorf("exact: %v", err)
	}
	if _, err := InclusiveTax(s, rate.MustParse("20%"), PerOrder, currency.Exact); !hasCode(err, "$.order.lineItems", CodeInexact) {
		t.Errorf("exact per order: %v", err)
	}
	if _, err := InclusiveTax(s, rate.MustParse("20%"), Per(3), currency.Exact); !hasCode(err, "$", CodeRounding) {
		t.Errorf("per 3: %v", err)
	}
	if _, err := InclusiveTax(build(t, "USD", line{-5, 0, -1, -1}), rate.MustParse("1"), PerLine, currency.HalfEven); !hasCode(err, "$.order.lineItems[0].amount", pricing.CodeNegative) {
		t.Errorf("negative: %v", err)
	}
}

func TestDiscountTable(t *testing.T) {
	s := build(t, "USD", line{500, 0, -1, -1}, line{500, 0, -1, -1}, line{500, 0, -1, -1})
	got, err := DiscountAmount(s, 1000)
	if err != nil || !slices.Equal(discounts(got), []int64{334, 333, 333}) {
		t.Errorf("1000 over three = %v, %v", discounts(got), err)
	}
	got, err = DiscountRate(s, rate.MustParse("10%"), currency.HalfEven)
	if err != nil || !slices.Equal(discounts(got), []int64{50, 50, 50}) {
		t.Errorf("10%% = %v, %v", discounts(got), err)
	}
	// Proportional to the net amounts, existing discounts kept.
	s = build(t, "USD", line{1000, 0, 500, -1}, line{250, 2, -1, -1}, line{0, 0, -1, -1})
	got, err = DiscountAmount(s, 99)
	// nets 500, 500, 0: 49.5 each → 50 (earlier line), 49, 0.
	if err != nil || !slices.Equal(discounts(got), []int64{550, 49, 0}) || got.LineItem(2).DiscountAmount.IsSet() {
		t.Errorf("proportional = %v, %v", discounts(got), err)
	}
	// The whole net amount: every line discounted to 0.
	got, err = DiscountAmount(s, 1000)
	if err != nil || !slices.Equal(discounts(got), []int64{1000, 500, 0}) {
		t.Errorf("everything = %v, %v", discounts(got), err)
	}
	if got, err = DiscountAmount(s, 0); err != nil || !got.Equal(s) {
		t.Errorf("zero: %v", err)
	}
	if got, err = DiscountRate(s, rate.MustParse("100%"), currency.Exact); err != nil || !slices.Equal(discounts(got), []int64{1000, 500, 0}) {
		t.Errorf("100%% = %v, %v", discounts(got), err)
	}
	if _, err = DiscountAmount(s, 1001); !hasCode(err, "$.order.lineItems", pricing.CodeDiscountExceedsSubtotal) {
		t.Errorf("1001: %v", err)
	}
	if _, err = DiscountRate(s, rate.MustParse("100.5%"), currency.HalfEven); !hasCode(err, "$.order.lineItems", pricing.CodeDiscountExceedsSubtotal) {
		t.Errorf("100.5%%: %v", err)
	}
	if _, err = DiscountAmount(s, -1); !hasCode(err, "$.order.lineItems", pricing.CodeNegative) {
		t.Errorf("-1: %v", err)
	}
	if _, err = DiscountAmount(build(t, "USD"), 1); !hasCode(err, "$.order.lineItems", pricing.CodeDiscountExceedsSubtotal) {
		t.Errorf("no lines: %v", err)
	}
	if _, err = DiscountRate(s, rate.MustParse("0.05%"), currency.Exact); !hasCode(err, "$.order.lineItems", CodeInexact) {
		t.Errorf("exact: %v", err)
	}
	taxed := build(t, "USD", line{1000, 0, -1, 10}, line{1000, 0, -1, 0}, line{1000, 0, -1, 5})
	_, err = DiscountAmount(taxed, 10)
	if !hasCode(err, "$.order.lineItems[0].taxAmount", CodeTaxBeforeDiscount) || !hasCode(err, "$.order.lineItems[2].taxAmount", CodeTaxBeforeDiscount) ||
		hasCode(err, "$.order.lineItems[1].taxAmount", CodeTaxBeforeDiscount) {
		t.Errorf("taxed: %v", err)
	}
	if _, err = DiscountRate(taxed, rate.MustParse("1%"), currency.HalfEven); !hasCode(err, "$.order.lineItems[0].taxAmount", CodeTaxBeforeDiscount) {
		t.Errorf("taxed rate: %v", err)
	}
	if _, err = DiscountRate(build(t, "USD", line{5, 0, 6, -1}), rate.MustParse("1%"), currency.HalfEven); !hasCode(err, "$.order.lineItems[0].discountAmount", pricing.CodeDiscountExceedsSubtotal) {
		t.Errorf("pricing's problem: %v", err)
	}
}

func TestExchangeTable(t *testing.T) {
	usd, jpy, kwd := currency.MustParse("USD"), currency.MustParse("JPY"), currency.MustParse("KWD")
	s := build(t, "USD", line{1999, 0, -1, -1})
	e, err := Exchange(s, jpy, rate.MustParse("151.237"), currency.HalfEven)
	a, _ := e.Amount()
	d, _ := e.Direct()
	if err != nil || a != 3023 || d != 3023 || e.Session().CurrencyCode() != "JPY" || e.From() != usd || e.To() != jpy || e.Rate() != rate.MustParse("151.237") {
		t.Errorf("19.99 USD → %d JPY (direct %d), %v", a, d, err)
	}
	s = build(t, "KWD", line{1000, 0, -1, -1})
	e, err = Exchange(s, usd, rate.MustParse("3.2567"), currency.HalfEven)
	if a, _ := e.Amount(); err != nil || a != 326 {
		t.Errorf("1 KWD → %d USD cents, %v", a, err)
	}
	// A whole session: every amount converted, the difference reported.
	p := session.Params{
		CurrencyCode: "USD",
		Amount:       session.Some[int64](5000),
		Order: session.Order{
			LineItems: []session.LineItem{
				{Amount: session.Some[int64](199), Quantity: session.Some[int64](3), DiscountAmount: session.Some[int64](50), TaxAmount: session.Some[int64](33)},
				{Amount: session.Some[int64](1)},
			},
			Fees:     []session.Fee{{Type: "SURCHARGE", Amount: session.Some[int64](101)}},
			Shipping: session.Shipping{Amount: session.Some[int64](499)},
		},
		PaymentMethod: session.PaymentMethod{Options: map[string]session.MethodOptions{
			"PAYMENT_CARD": {Networks: map[string]session.NetworkOptions{"VISA": {Surcharge: session.Some[int64](10)}}},
			"GOOGLE_PAY":   {Surcharge: session.Some[int64](25)},
		}},
	}
	s, _ = session.New(p)
	e, err = Exchange(s, jpy, rate.MustParse("151.237"), currency.HalfEven)
	if err != nil {
		t.Fatal(err)
	}
	c := e.Session()
	li0, li1 := c.LineItem(0), c.LineItem(1)
	// 199 → 300.96 → 301; 50 → 75.6 → 76; 33 → 49.9 → 50; 1 → 1.51 → 2;
	// 101 → 152.75 → 153; 499 → 754.67 → 755; 10 → 15; 25 → 37.8 → 38;
	// 5000 → 7561.85 → 7562.
	ov, _ := c.AmountOverride()
	vs, _ := c.NetworkSurcharge("PAYMENT_CARD", "VISA")
	gp, _ := c.MethodSurcharge("GOOGLE_PAY")
	if li0.Amount.Or(0) != 301 || li0.DiscountAmount.Or(0) != 76 || li0.TaxAmount.Or(0) != 50 || li1.Amount.Or(0) != 2 ||
		c.Fee(0).Amount.Or(0) != 153 || c.Shipping().Amount.Or(0) != 755 || vs != 15 || gp != 38 || ov != 7562 {
		t.Errorf("converted: %+v %+v %+v %+v %d %d %d", li0, li1, c.Fee(0), c.Shipping(), vs, gp, ov)
	}
	// Calculated: 903 − 76 + 50 + 2 + 153 + 755 = 1787; original 597 − 50 +
	// 33 + 1 + 101 + 499 = 1181 → 1786.1 → 1786.
	a, _ = e.Amount()
	d, _ = e.Direct()
	diff, ok := e.Difference()
	if a != 1787 || d != 1786 || diff != 1 || !ok {
		t.Errorf("amount %d direct %d difference %d", a, d, diff)
	}
	// The discount is capped at the converted subtotal.
	s = build(t, "USD", line{1, 3, 3, -1})
	e, err = Exchange(s, usd, rate.MustParse("0.4"), currency.HalfEven)
	if err != nil || e.Session().LineItem(0).DiscountAmount.Or(-1) != 0 {
		t.Errorf("cap: %+v, %v", e.Session().LineItem(0), err)
	}
	// No line items: no amount.
	e, err = Exchange(build(t, "USD"), jpy, rate.MustParse("100"), currency.HalfEven)
	if _, ok := e.Amount(); err != nil || ok {
		t.Errorf("no lines: %v", err)
	}
	_ = kwd
}

func TestExchangeErrors(t *testing.T) {
	jpy := currency.MustParse("JPY")
	s := build(t, "USD", line{1999, 0, -1, -1})
	if _, err := Exchange(build(t, "usd", line{1, 0, -1, -1}), jpy, rate.MustParse("1"), currency.HalfEven); !hasCode(err, "$.currencyCode", pricing.CodeCurrency) {
		t.Errorf("usd: %v", err)
	}
	if _, err := Exchange(build(t, "XAU", line{1, 0, -1, -1}), jpy, rate.MustParse("1"), currency.HalfEven); !hasCode(err, "$.currencyCode", pricing.CodeCurrency) {
		t.Errorf("XAU: %v", err)
	}
	if _, err := Exchange(s, currency.MustParse("XAU"), rate.MustParse("1"), currency.HalfEven); !hasCode(err, "$.currencyCode", pricing.CodeCurrency) {
		t.Errorf("to XAU: %v", err)
	}
	if _, err := Exchange(s, jpy, rate.Rate{}, currency.HalfEven); !hasCode(err, "$", fielderr.CodeRange) {
		t.Errorf("rate 0: %v", err)
	}
	if _, err := Exchange(s, jpy, rate.MustParse("151.237"), currency.Exact); !hasCode(err, "$.order.lineItems[0].amount", CodeInexact) {
		t.Errorf("exact: %v", err)
	}
	big := build(t, "JPY", line{1 << 61, 0, -1, -1})
	if _, err := Exchange(big, currency.MustParse("KWD"), rate.MustParse("10"), currency.HalfEven); !hasCode(err, "$.order.lineItems[0].amount", fielderr.CodeOverflow) {
		t.Errorf("overflow: %v", err)
	}
	if _, err := Exchange(build(t, "USD", line{5, 0, 6, -1}), jpy, rate.MustParse("1"), currency.HalfEven); !hasCode(err, "$.order.lineItems[0].discountAmount", pricing.CodeDiscountExceedsSubtotal) {
		t.Errorf("pricing's problem: %v", err)
	}
	two := build(t, "JPY", line{1 << 60, 0, -1, -1}, line{1 << 60, 0, -1, -1}, line{1 << 60, 0, -1, -1})
	if _, err := Exchange(two, jpy, rate.MustParse("3"), currency.HalfEven); !hasCode(err, "$.order", fielderr.CodeOverflow) {
		t.Errorf("sum overflow: %v", err)
	}
}
