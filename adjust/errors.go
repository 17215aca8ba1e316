package adjust

import (
	"errors"
	"strconv"

	"github.com/paysession/paysession/rate"
	"github.com/paysession/paysession/session"
)

// Codes of the problems the package reports besides session.CodeOverflow,
// session.CodeRange and pricing's codes (CodeNegative,
// CodeDiscountExceedsSubtotal, CodeCurrency). Their text never changes.
const (
	// CodeInexact: a result is not a whole number of minor units and the
	// rounding mode is currency.Exact.
	CodeInexact session.ErrorCode = "inexact"
	// CodeTaxBeforeDiscount: a discount on a session whose lines already
	// carry a taxAmount; the discount comes first.
	CodeTaxBeforeDiscount session.ErrorCode = "tax_before_discount"
	// CodeRounding: an undefined rounding mode.
	CodeRounding session.ErrorCode = "rounding"
)

// fail returns a one-problem ErrorList.
func fail(path string, code session.ErrorCode, msg string) error {
	return session.ErrorList{{Path: path, Code: code, Message: msg}}
}

// rateErr turns an error of package rate into a problem at path.
func rateErr(path, what string, err error) error {
	switch {
	case errors.Is(err, rate.ErrOverflow):
		return fail(path, session.CodeOverflow, what+" leaves int64")
	case errors.Is(err, rate.ErrInexact):
		return fail(path, CodeInexact, what+" is not a whole number of minor units (name a rounding mode)")
	case errors.Is(err, rate.ErrMode):
		return fail(path, CodeRounding, "undefined rounding mode")
	}
	return fail(path, session.CodeRange, what+": "+err.Error())
}

func linePath(i int) string { return "$.order.lineItems[" + strconv.Itoa(i) + "]" }
