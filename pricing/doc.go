// Package pricing computes the amount of a payment client session exactly:
// line totals, the sums of items, shipping, fees and surcharges, the
// calculated amount, the effective amount, payment-method surcharges (fixed,
// as Primer has them, or rates configured in Go), and the split of an amount
// into proportional parts.
//
// Every amount is an int64 number of minor units (700 is $7.00, 100 is ¥100).
// No float is ever involved, and nothing ever wraps: a value that would leave
// int64 is reported as an error (fielderr.CodeOverflow) at the JSON path of
// the value, never returned as a wrong number.
//
// # The rules
//
// A line item's total is amount × quantity − discountAmount + taxAmount. The
// amount is per unit; the discount and the tax are for the whole line. An
// absent quantity counts as 1, an absent amount, discount or tax as 0 (the
// validation package reports a missing amount).
//
// A quote exists only for a session whose amounts mean something, and
// Calculate itself refuses the others, each problem at its JSON path: an
// amount, discount, tax, fee, shipping amount or override below 0
// (CodeNegative); a quantity below 1 (CodeQuantity); a discount above amount
// × quantity (CodeDiscountExceedsSubtotal, for a line whose amount is ≥ 0
// and quantity ≥ 1); a value outside int64 (fielderr.CodeOverflow); and a
// currency code that is present but is not a current ISO 4217 code with a
// minor unit (CodeCurrency: "gbp", "HRK", "XAU"). The validation package
// reports these rules by calling Calculate, so they have one
// implementation; the session package computes the amount of a response by
// the same code, so a response's amount is always the quote's.
//
// The calculated amount is the sum of the line totals, plus shipping, plus
// every fee, SURCHARGE fees included. It exists only when the order has at
// least one line item: a session with only fees and shipping has no
// calculated amount. The Quote carries the session's currency parsed, as a
// currency.Code (Quote.Currency).
//
// A top-level amount on the session overrides the calculated amount. The
// effective amount (Quote.Amount) is that override when set, else the
// calculated amount, else there is none.
//
// Selecting a payment method (CalculateSelection) removes every SURCHARGE fee
// and adds one with the amount configured for the method — for PAYMENT_CARD,
// for the selected card network — if and only if the order has a line item,
// there is no top-level amount, the method is not KLARNA, and the configured
// amount is greater than zero. Selecting PAYMENT_CARD without a network, or
// with a network that has no entry, adds none.
//
// Beyond Primer, a Pricer holds surcharge rules written in Go: a fixed amount
// plus a rate — in basis points (290 is 2.90 %) or as an exact decimal
// rate.Rate (2.875 %, which no whole number of basis points expresses) — of
// the pre-surcharge calculated amount (line totals + shipping + the other
// fees), rounded once by a named rounding mode (which a rule with a rate or a
// tax must name: there is no silent default), and an optional tax on the
// surcharge, in basis points or as a rate.Rate of it, rounded the same way
// and added to it. The arithmetic is
// exact integer arithmetic: 1.10 % of 1000 is 11 (a float32 computation rounded
// up, as Hyperswitch does it, gives 12), 2.90 % of 1000 is 29.
//
// Sums are computed exactly, in 128 bits, so reordering line items or fees
// never changes a result or whether it overflows. A line total, however, is
// evaluated left to right and each step must fit in int64. Overflows are
// reported at $.order.lineItems[i] for a line and at $.order for a sum.
//
// Allocate splits an amount into parts proportional to weights (a refund over
// line items, a payment over instalments) by the largest-remainder method:
// each part is first the exact floor of its share, then the units left over go
// one each to the parts with the largest remainders, ties going to the lower
// index. The parts always sum to the amount, and a negative amount is split as
// the mirror image of the positive one.
//
// # Example
//
// A T-shirt at 500 × 1 with shipping 50 and a fee of 100 gives a calculated
// amount of 650. Selecting PAYMENT_CARD with VISA, whose surcharge is 10,
// replaces a SURCHARGE fee of 100 with 10: the amount becomes 560.
//
//	q, err := pricing.CalculateSelection(s, "PAYMENT_CARD", "VISA")
//	amount, ok := q.Amount() // 560, true
//
// Calculate does not allocate: a Quote keeps the (immutable) session it
// priced and computes each Line on demand.
package pricing
