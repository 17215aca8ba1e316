// Package currency holds ISO 4217 currency codes and converts amounts
// between decimal strings and integer minor units, exactly.
//
// # Representation
//
// An amount is an int64 number of minor units of its currency, never a
// float: $7 is 700, ¥100 is 100, 1.234 KWD is 1234. Every conversion checks
// for overflow and returns ErrOverflow rather than a wrapped number.
//
// A Code is a small comparable value (two bytes) naming a currency that is
// current in ISO 4217 List One. Its zero value is the invalid code: IsValid
// reports false and every conversion with it fails with ErrInvalidCode.
//
// # ISO 4217 data
//
// The table is generated (go generate, see internal/gen) from ISO's List One
// and List Three as published on DataPublished, copied into the repository.
// The number of decimals of a currency (its exponent) is always ISO's minor
// unit: 0 for JPY, ISK and UYI, 2 for IDR and MGA, 3 for IQD, KWD and BHD, 4
// for CLF and UYW. Where ISO says "N.A." (XAU, XAG, XDR, XXX, ...)
// MinorUnits reports ok=false: such a currency has no minor unit and cannot
// carry an amount (ErrNoMinorUnit). golang.org/x/text's CLDR data is never
// used for an exponent or for the validity of a code: it is old and wrong for
// many currencies (it gives IQD 0 decimals).
//
// Parse is strict: exactly three upper-case ASCII letters ("usd" is
// ErrMalformed, not upper-cased) that are current. A code in List Three
// (HRK, BGN, CUC, ANG, ...) fails with ErrWithdrawn and the date of its
// latest withdrawal ("2023-01"; "YYYY" for a few old codes ISO dates by a
// range of years); a code that is current again (EUR) is never "withdrawn".
// Other codes are ErrUnknown. IsFund reports ISO's fund flag (BOV CHE CHW
// CLF COU MXV USN UYI).
//
// # Decimal strings
//
// ToMinor reads plain decimal notation: an optional '-', digits, and
// optionally '.' followed by digits ("49.99", "-0.5", "100", "007.50").
// It rejects '+', ".5", "5.", exponents, hex, NaN, Inf, spaces, grouping
// separators, the empty string (ErrSyntax) and anything longer than
// MaxAmountLen bytes (ErrTooLong, before reading it). ToMajor writes the
// same notation with exactly the ISO number of decimals, so
// ToMinor(ToMajor(v)) == v for every int64 v.
//
// # Amounts
//
// An Amount is minor units together with their Code, so that an amount
// cannot be read, formatted or added in the wrong currency: NewAmount(560,
// GBP) is £5.60. Add, Sub and Neg return a new Amount or an error, never a
// wrapped number: two currencies are ErrCurrencyMismatch, a result outside
// int64 is ErrOverflow. Cmp orders two amounts of one currency. String and
// MarshalText write "GBP 5.60" (the code, a space, the plain decimal of
// ToMajor); UnmarshalText reads exactly that back; Format writes it for a
// locale. Code and Amount implement encoding.TextMarshaler and
// encoding.TextUnmarshaler (and AppendText), so json.Marshal writes them as
// strings; the zero values are written as "" and read back from "".
//
// # Rounding
//
// A value with more fractional digits than the currency allows is an error
// (ErrInexact) unless the caller names a RoundingMode: HalfEven, HalfUp and
// HalfDown round to the nearest minor unit and differ on ties (to even, away
// from zero, toward zero); Up rounds away from zero, Down toward zero,
// Ceiling toward +∞, Floor toward −∞. The zero value, Exact, never rounds.
// CashRound rounds to CLDR's cash increment (0.05 CHF, 1 SEK, ...).
//
// # Display
//
// Format writes an amount as a person in a locale reads it: "$7.00" (en-US),
// "£49.99" (en-GB), "￥100" (ja-JP), "7,00 €" (de-DE, with a no-break space),
// always with the ISO number of decimals (1234 IQD is "IQD 1.234" in en-US).
// Digits and separators come from golang.org/x/text, the symbol from its
// CLDR data (the ISO code where it has none: XCG, ZWG, VES, ...), and the
// symbol's position and spacing from CLDR's standard currency pattern of the
// locale, taken from the npm package cldr-numbers-full 48.2.0 and generated
// into the table. A negative amount gets a '-' where the locale's pattern
// puts it ("-$7.00", "-7,00 €", "CHF-7.00" in de-CH).
//
// Two CLDR versions therefore meet in Format: the patterns are CLDR 48
// (2025), generated into the table, while digits, grouping, decimal
// separators and symbols (and CashRound's increments) come from
// golang.org/x/text, which carries CLDR 32 (2017). Where a locale's symbol or separator changed
// between the two, the output is the 2025 pattern around the 2017 symbol and
// digits. The number of decimals never comes from x/text.
//
// # Errors
//
// Every error wraps one sentinel (ErrMalformed, ErrUnknown, ErrWithdrawn,
// ErrInvalidCode, ErrNoMinorUnit, ErrSyntax, ErrTooLong, ErrInexact,
// ErrOverflow, ErrCurrencyMismatch, ErrRoundingMode, ErrLocale) for errors.Is, and is one of the
// types *ParseError, *AmountError, *RoundingModeError, *LocaleError, which
// carry the offending input, for errors.As.
//
// The package has no mutable state: every function is pure and safe for
// concurrent use.
//
// # Example
//
//	gbp := currency.MustParse("GBP")
//	minor, err := currency.ToMinor("49.99", gbp, currency.Exact) // 4999
//	text, err := currency.Format(minor, gbp, "en-GB")             // "£49.99"
package currency
