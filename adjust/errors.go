package adjust

import (
	"errors"
	"strconv"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/rate"
)

// Codes of the problems the package reports besides fielderr.CodeOverflow,
// fielderr.CodeRange and pricing's codes (CodeNegative,
// CodeDiscountExceedsSubtotal, CodeCurrency). Their text never changes.
const (
	// CodeInexact: a result is not a whole number of minor units and the
	// rounding mode is currency.Exact.
	CodeInexact fielderr.Code = "inexact"
	// CodeTaxBeforeDiscount: a discount on a session whose lines already
	// carry a taxAmount; the discount comes first.
	CodeTaxBeforeDiscount fielderr.Code = "tax_before_discount"
	// CodeRounding: an undefined rounding mode.
	CodeRounding fielderr.Code = "rounding"
)

// fail returns a one-problem fielderr.List.
func fail(path string, code fielderr.Code, msg string) error {
	return fielderr.List{{Path: path, Code: code, Message: msg}}
}

// rateErr turns an error of package rate into a problem at path.
func rateErr(path, what string, err error) error {
	switch {
	case errors.Is(err, rate.ErrOverflow):
		return fail(path, fielderr.CodeOverflow, what+" leaves int64")
	case errors.Is(err, rate.ErrInexact):
		return fail(path, CodeInexact, what+" is not a whole number of minor units (name a rounding mode)")
	case errors.Is(err, rate.ErrMode):
		return fail(path, CodeRounding, "undefined rounding mode")
	}
	return fail(path, fielderr.CodeRange, what+": "+err.Error())
}

func linePath(i int) string { return "$.order.lineItems[" + strconv.Itoa(i) + "]" }
