package decimaloracle

import (
	"math/big"
	"testing"

	"github.com/paysession/paysession/currency"
	"github.com/shopspring/decimal"
)

// The modes' definitions on the classic table (IEEE 754 / java.math
// RoundingMode examples), for both oracles; "-" where there is no answer.
func TestTable(t *testing.T) {
	modes := []currency.RoundingMode{currency.Up, currency.Down, currency.Ceiling, currency.Floor,
		currency.HalfUp, currency.HalfDown, currency.HalfEven, currency.Exact}
	for _, tc := range []struct {
		x    string
		want [8]string
	}{
		{"5.5", [8]string{"6", "5", "6", "5", "6", "5", "6", "-"}},
		{"2.5", [8]string{"3", "2", "3", "2", "3", "2", "2", "-"}},
		{"1.6", [8]string{"2", "1", "2", "1", "2", "2", "2", "-"}},
		{"1.1", [8]string{"2", "1", "2", "1", "1", "1", "1", "-"}},
		{"1.0", [8]string{"1", "1", "1", "1", "1", "1", "1", "1"}},
		{"-1.0", [8]string{"-1", "-1", "-1", "-1", "-1", "-1", "-1", "-1"}},
		{"-1.1", [8]string{"-2", "-1", "-1", "-2", "-1", "-1", "-1", "-"}},
		{"-1.6", [8]string{"-2", "-1", "-1", "-2", "-2", "-2", "-2", "-"}},
		{"-2.5", [8]string{"-3", "-2", "-2", "-3", "-3", "-2", "-2", "-"}},
		{"-5.5", [8]string{"-6", "-5", "-5", "-6", "-6", "-5", "-6", "-"}},
	} {
		x, _ := new(big.Rat).SetString(tc.x)
		d := decimal.RequireFromString(tc.x)
		for i, m := range modes {
			got := "-"
			if v, ok := RoundRat(x, m); ok {
				got = v.String()
			}
			if got != tc.want[i] {
				t.Errorf("RoundRat(%s, %v) = %s, want %s", tc.x, m, got, tc.want[i])
			}
			r, ok := Round(d, m)
			if m == currency.HalfDown || m == currency.Exact {
				if ok {
					t.Errorf("Round(%s, %v) claims a shopspring mode", tc.x, m)
				}
				continue
			}
			if !ok || r.String() != tc.want[i] {
				t.Errorf("Round(%s, %v) = %v, %v, want %s", tc.x, m, r, ok, tc.want[i])
			}
		}
	}
}
