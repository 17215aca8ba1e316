package main

import (
	"fmt"
	"testing"

	"github.com/paysession/paysession/internal/conctest"
)

// TestConcurrentRuns: run keeps no state between calls (no package-level
// flag set, no shared buffers): the same command lines run from many
// goroutines at once print what they print alone. go test -race, run by CI,
// reports any shared write.
func TestConcurrentRuns(t *testing.T) {
	type cmdLine struct {
		args  []string
		stdin string
	}
	cmds := []cmdLine{
		{[]string{"currency", "JPY"}, ""},
		{[]string{"minor", "-round", "half-even", "0.125", "USD"}, ""},
		{[]string{"format", "-locale", "de-DE", "700", "EUR"}, ""},
		{[]string{"quote", "-method", "PAYMENT_CARD", "-network", "VISA"},
			`{"currencyCode":"GBP","order":{"lineItems":[{"itemId":"a","amount":500}]},"paymentMethod":{"options":{"PAYMENT_CARD":{"networks":{"VISA":{"surcharge":{"amount":30}}}}}}}`},
		{[]string{"validate", "-enable", "KLARNA"}, `{"currencyCode":"HRK","amount":-1}`},
		{[]string{"minor", "1e3", "USD"}, ""},
	}
	type result struct {
		code           int
		stdout, stderr string
	}
	want := make([]result, len(cmds))
	for i, c := range cmds {
		code, out, errs := runCmd(c.args, c.stdin)
		want[i] = result{code, out, errs}
	}
	conctest.Run(t, 8, 30, func(g, i int) error {
		k := (g + i) % len(cmds)
		code, out, errs := runCmd(cmds[k].args, cmds[k].stdin)
		if (result{code, out, errs}) != want[k] {
			return fmt.Errorf("%v printed something else when run concurrently", cmds[k].args)
		}
		return nil
	})
	if want[3].code != exitOK || want[4].code != exitInvalid || want[5].code != exitInvalid {
		t.Errorf("exit statuses %d %d %d: the command lines do not mix success and failure as intended", want[3].code, want[4].code, want[5].code)
	}
}
