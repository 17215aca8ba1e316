// Package rate is an exact decimal rate — a tax rate, a discount rate, a
// markup, an exchange rate — and the arithmetic that applies one to integer
// minor units, rounded once by a named currency.RoundingMode.
//
// # The value
//
// A Rate is a non-negative decimal c × 10^-s with a coefficient c of at most
// MaxDigits (18) significant digits and at most MaxScale (18) decimal
// places; 0.000000000000000001 and 999999999999999999 are the extremes. It is
// a small comparable value: two Rates are equal (==) exactly when they are
// the same number, since the form is canonical (no trailing fractional
// zeros). The zero Rate is 0.
//
// Parse reads a plain decimal ("0.08875", "151.237", "7") or a percentage
// ("8.875%", the number followed directly by '%', meaning hundredths):
// digits, optionally '.' and digits, optionally '%'. Everything else is
// refused with an error that says what is wrong: exponents ("1e-3"), a space
// before the percent sign ("8.875 %"), "NaN", "Inf", a leading '+' or a bare point
// (".5", "5."), grouping separators, a negative rate ("-0.5"), more than
// MaxLen (64) bytes, and more digits than the bounds allow (a 30-digit
// rate). The bounds are those of the value after the percentage is applied:
// "0.0000000000000001%" has 18 decimal places and is accepted. FromBPS reads
// whole basis points (290 is 2.90 %). String writes the plain decimal back,
// and Parse(r.String()) == r for every Rate r.
//
// # Arithmetic
//
// Every operation computes its result exactly, in 128-bit integers (never a
// float, never an intermediate rounding), and rounds once at the end, by the
// mode the caller names:
//
//   - Of(x) = round(x × r): 8.875 % of 1200 is 106.5, so 106 half-even,
//     107 half-up, 106 half-down.
//   - Inclusive(g) = round(g × r / (1 + r)), the tax a gross amount g
//     contains: 21 % in 10000 is 1735.537…, so 1736.
//   - Convert(x, from, to) = round(x × r × 10^(e(to) − e(from))), with e the
//     ISO 4217 exponents: 1999 USD cents × 151.237 is 3023.22763 JPY, so
//     3023.
//   - Split(dst, xs) fills dst with round(Σ xs × r) split over the parts by
//     the largest remainder of their exact shares xs[i] × r (ties to the
//     lower index), so the parts add up to the rounded total and each lies
//     within one unit of its exact share. SplitInclusive does the same for
//     the tax gross amounts contain, with shares xs[i] × r / (1 + r).
//   - WithMarkup(m) = r × (1 + m), itself a Rate (an error when the product
//     needs more digits than the bounds).
//
// currency.Exact refuses an inexact result (ErrInexact) instead of rounding;
// an undefined mode is ErrMode; a result outside int64 is ErrOverflow.
//
// The package holds no state: no clock, no randomness, no settings.
package rate
