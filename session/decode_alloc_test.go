package session

import (
	"fmt"
	"strings"
	"testing"
)

// withLines returns the request JSON of bench10 with n copies of its first
// line item.
func withLines(t *testing.T, n int) []byte {
	t.Helper()
	doc := string(bench10().AppendRequestJSON(nil))
	const open = `"lineItems":[`
	i := strings.Index(doc, open)
	if i < 0 {
		t.Fatal("no lineItems in bench10")
	}
	i += len(open)
	end := i + strings.IndexByte(doc[i:], ']') // line items hold no array
	first := doc[i : i+strings.Index(doc[i:end], "},{")+1]
	items := strings.TrimSuffix(strings.Repeat(first+",", n), ",")
	return []byte(doc[:i] + items + doc[end:])
}

// A decode allocates a fixed number of times, whatever the number of lines:
// the decoder with its reader inside, the reader's private copy of the
// input, the session's
// data, one exact-length slice per list (line items, fees, networks,
// metadata, options, a card's networks) and the compact string buffer. The
// short lists used to grow by append (1, 2, 4, … elements), 18 in all.
func TestDecodeRequestAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not checked under the race detector")
	}
	const want = 10
	for _, n := range []int{10, 100, 1000} {
		in := withLines(t, n)
		s, err := DecodeRequest(in)
		if err != nil || s.NumLineItems() != n {
			t.Fatalf("%d lines: %d decoded, %v", n, s.NumLineItems(), err)
		}
		if got := testing.AllocsPerRun(20, func() { _, _ = DecodeRequest(in) }); got > want {
			t.Errorf("%d lines: %v allocations per decode, want at most %d", n, got, want)
		}
	}
}

// The short lists past the list's stack array (16 elements) move to the heap
// and keep every element, in order (networks) or sorted (metadata, options
// and a card's networks).
func TestDecodeLongShortLists(t *testing.T) {
	for _, n := range []int{1, 15, 16, 17, 40, 99} {
		var md, nets, opts, cn []string
		for i := range n {
			md = append(md, fmt.Sprintf(`"k%03d":%d`, n-i, i))
			nets = append(nets, fmt.Sprintf(`"N%03d"`, i))
			opts = append(opts, fmt.Sprintf(`"T%03d":{"surcharge":{"amount":%d}}`, n-i, i))
			cn = append(cn, fmt.Sprintf(`"C%03d":{"surcharge":{"amount":%d}}`, n-i, i))
		}
		in := `{"metadata":{` + strings.Join(md, ",") +
			`},"paymentMethod":{"orderedAllowedCardNetworks":[` + strings.Join(nets, ",") +
			`],"options":{` + strings.Join(opts, ",") +
			`,"PAYMENT_CARD":{"networks":{` + strings.Join(cn, ",") + `}}}}}`
		s, err := DecodeRequest([]byte(in))
		if err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		out := string(s.AppendRequestJSON(nil))
		// Expected, written out: metadata, options and card networks by key
		// (k001…, T001…, C001…, the key k%03d holding n-that), the networks
		// as given.
		var wmd, wopts, wcn, wnets []string
		for k := 1; k <= n; k++ {
			wmd = append(wmd, fmt.Sprintf(`"k%03d":%d`, k, n-k))
			wopts = append(wopts, fmt.Sprintf(`"T%03d":{"surcharge":{"amount":%d}}`, k, n-k))
			wcn = append(wcn, fmt.Sprintf(`"C%03d":{"surcharge":{"amount":%d}}`, k, n-k))
			wnets = append(wnets, fmt.Sprintf(`"N%03d"`, k-1))
		}
		for name, w := range map[string]string{
			"metadata": `"metadata":{` + strings.Join(wmd, ",") + `}`,
			"networks": `"orderedAllowedCardNetworks":[` + strings.Join(wnets, ",") + `]`,
			"card":     `"networks":{` + strings.Join(wcn, ",") + `}`,
			"options":  strings.Join(wopts, ","),
		} {
			if !strings.Contains(out, w) {
				t.Errorf("n=%d: %s not as expected in %s", n, name, out)
			}
		}
	}
}
