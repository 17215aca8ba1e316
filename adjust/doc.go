// Package adjust computes, from exact rates, the numbers a merchant puts on
// a client session before creating it: each line's tax, an order-level
// discount spread over the lines, and the whole session in another currency.
// Every operation returns a new session (the one given is never changed), so
// that the request carries exactly the numbers computed here, and every
// result is rounded once, by a named currency.RoundingMode.
//
// A line's net amount is amount × quantity − discountAmount (its taxAmount
// left out). The session must price without errors (pricing.Calculate); its
// problems are returned as they are.
//
// # Tax
//
// Tax fills each line's taxAmount from a rate r, per line or per order:
//
//   - PerLine: taxAmount = round(net × r) for each line.
//   - PerOrder: the order's tax T = round(Σ net × r) is split over the lines
//     by the largest remainder of their exact shares net × r: each line gets
//     the floor of its share, and the units still missing go one each to the
//     lines with the largest remainders, equal remainders to the earlier
//     line. The lines add up to T, and each is within one unit of its share.
//
// The two differ by a few units on a long order (8.875 % on ten lines can
// give 2202 per line against 2201 per order); per order is what a tax
// authority that taxes the invoice total expects.
//
// InclusiveTax reports instead the tax that prices already containing it
// hold, without changing the session (Primer adds taxAmount to a line's
// total, so an inclusive price has no place for it): for a line's gross G
// (its total), tax = round(G × r / (1 + r)) and net = G − tax, per line or,
// per order, with the order's tax round(ΣG × r / (1 + r)) split over the lines
// as above. 21 % included in 100.00 is 17.36.
//
// # Discount
//
// DiscountAmount and DiscountRate spread an order-level discount over the
// lines' discountAmount in proportion to their net amounts, by largest
// remainder with ties to the earlier line, so the parts add up exactly to
// the discount and no line's discount exceeds its subtotal: a fixed amount D
// (1000 over three equal lines is 334, 333, 333), or a rate r, whose total
// is round(Σ net × r) split as for PerOrder tax. A discount above the
// order's net amount (or a rate above 1) is refused with
// pricing.CodeDiscountExceedsSubtotal. A discount comes before the tax on
// it: a session whose lines already carry a taxAmount is refused with
// CodeTaxBeforeDiscount; apply the discount, then Tax.
//
// # Exchange
//
// Exchange converts a session to another currency at a rate (units of the
// target per unit of the source) amount by amount: every line's unit amount,
// discountAmount and taxAmount, every fee, the shipping, every configured
// surcharge (per payment method and per card network) and the override each
// become round(x × rate × 10^(e(to) − e(from))), e being the ISO 4217
// exponents. The converted session therefore adds up by construction — its
// lines, fees and shipping sum to its calculated amount, as Primer and PayPal
// check. A converted discount is capped at the converted line subtotal
// (rounding the unit amount down and the discount up could otherwise put it
// above). The result reports that calculated amount, the original
// calculated amount converted directly, and their difference, which is at
// most one unit per converted amount (a unit amount counting once per unit of
// quantity).
//
// # Errors
//
// Errors are fielderr.Lists of {Path, Code, Message}: the session's own
// problems as pricing reports them, fielderr.CodeOverflow where a result
// leaves int64, CodeInexact where currency.Exact was named and a result is
// not whole, and the codes above.
package adjust
