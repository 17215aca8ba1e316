package pricing

import (
	"errors"
	"strings"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/session"
)

// Pricing lists at most MaxErrors problems, then one too_many_errors with
// the count of the others, which it counts without building them: the
// memory of the error list stays bounded, whatever the number of lines.
func TestCalculateBoundsProblems(t *testing.T) {
	doc := `{"currencyCode":"GBP","order":{"lineItems":[` +
		strings.TrimSuffix(strings.Repeat(`{"amount":-1,"taxAmount":-1,"discountAmount":-1,"quantity":0},`, session.MaxLineItems), ",") + `]}}`
	s, err := session.DecodeRequest([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Calculate(s)
	var l fielderr.List
	if !errors.As(err, &l) || len(l) != fielderr.MaxErrors+1 {
		t.Fatalf("got %d problems", len(l))
	}
	if l[0].Path != "$.order.lineItems[0].amount" || l[3].Path != "$.order.lineItems[0].taxAmount" || l[4].Path != "$.order.lineItems[1].amount" {
		t.Errorf("first problems: %v %v %v", l[0], l[3], l[4])
	}
	if last := l[fielderr.MaxErrors]; last.Path != "$" || last.Code != fielderr.CodeTooManyErrors || last.Message != "39000 more problems not listed" {
		t.Errorf("last: %+v", last)
	}
	// Pricing a session with 40 000 problems costs the 1 000 listed, not
	// 40 000 (about 100 bytes each).
	if a := testing.AllocsPerRun(3, func() { Calculate(s) }); a > 4*fielderr.MaxErrors+10 {
		t.Errorf("%v allocations", a)
	}
	// Selection too, with a fee problem after the lines.
	doc = strings.Replace(doc, `]}}`, `],"fees":[{"type":"X","amount":-5}]}}`, 1)
	s, _ = session.DecodeRequest([]byte(doc))
	_, err = CalculateSelection(s, "PAYMENT_CARD", "VISA")
	if !errors.As(err, &l) || len(l) != fielderr.MaxErrors+1 || l[fielderr.MaxErrors].Message != "39001 more problems not listed" {
		t.Errorf("selection: %d problems, last %+v", len(l), l[len(l)-1])
	}
}
