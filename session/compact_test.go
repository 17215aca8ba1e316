package session

import (
	"runtime"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
)

// retained returns how many bytes of heap keep stays holding after the
// input it was decoded from is dropped.
func retained(t *testing.T, decode func([]byte) any) (keep any, bytes int64) {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	input := []byte(`{"orderId":"abc"` + strings.Repeat(" ", MaxInputBytes-64) + `}`)
	keep = decode(input)
	input = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	return keep, int64(after.HeapAlloc) - int64(before.HeapAlloc)
}

// TestDecodedSessionsHoldOnlyWhatTheyKeep: a session keeping a 3-byte order
// id from a 10 MiB input retains well under 1 MiB (it used to retain the
// whole input), and so do a response and a patch.
func TestDecodedSessionsHoldOnlyWhatTheyKeep(t *testing.T) {
	for name, decode := range map[string]func([]byte) any{
		"request": func(b []byte) any {
			s, err := DecodeRequest(b)
			if err != nil || s.OrderID() != "abc" {
				t.Fatalf("DecodeRequest: %v", err)
			}
			return s
		},
		"response": func(b []byte) any {
			r, err := DecodeResponse(b)
			if err != nil || r.Session.OrderID() != "abc" {
				t.Fatalf("DecodeResponse: %v", err)
			}
			return r
		},
		"patch": func(b []byte) any {
			p, err := DecodePatch(b)
			if err != nil || p.p.OrderID.V != "abc" {
				t.Fatalf("DecodePatch: %v", err)
			}
			return p
		},
	} {
		keep, n := retained(t, decode)
		if n > 1<<20 {
			t.Errorf("%s: a 3-byte order id from a 10 MiB input retains %d bytes", name, n)
		}
		runtime.KeepAlive(keep)
	}
}

// TestDecodedStringsAreCopies: changing the input after decoding changes
// nothing in the session (the decoder reads strings from a private copy of
// the input, then copies what it keeps into one compact allocation).
func TestDecodedStringsAreCopies(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())
	properties.Property("scribbling on the input after DecodeRequest leaves the session Equal", prop.ForAll(
		func(s Session) bool {
			in := s.AppendRequestJSON(nil)
			got, err := DecodeRequest(in)
			if err != nil {
				return false
			}
			for i := range in {
				in[i] = 'x'
			}
			return got.Equal(s) && string(got.AppendRequestJSON(nil)) == string(s.AppendRequestJSON(nil))
		}, genSession()))
	properties.Property("… and after DecodeResponse and DecodePatch", prop.ForAll(
		func(s Session, p Patch) bool {
			in := s.AppendResponseJSON(nil)
			want, err := DecodeResponse(in)
			if err != nil {
				return false
			}
			want2 := want.Session.AppendRequestJSON(nil)
			for i := range in {
				in[i] = 'x'
			}
			body := p.AppendJSON(nil)
			q, err := DecodePatch(body)
			if err != nil {
				return false
			}
			for i := range body {
				body[i] = 'x'
			}
			return string(want.Session.AppendRequestJSON(nil)) == string(want2) && q.Equal(p)
		}, genSession(), genPatch()))
	properties.TestingRun(t)
	in := []byte(`{"clientToken":"tok","warnings":[{"type":"T","code":"C"}],"orderId":"o"}`)
	r, err := DecodeResponse(in)
	if err != nil {
		t.Fatal(err)
	}
	for i := range in {
		in[i] = 'x'
	}
	if r.ClientToken != "tok" || r.Warnings.String() != `[{"code":"C","type":"T"}]` || r.Session.OrderID() != "o" {
		t.Errorf("response after scribbling: %q %s %q", r.ClientToken, r.Warnings, r.Session.OrderID())
	}
}
