package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// runPatchFiles writes the session and patch to files and runs
// "paysession patch [flags] SESSION PATCH".
func runPatchFiles(t *testing.T, flags []string, sess, patch string) (code int, stdout, stderr string) {
	t.Helper()
	dir := t.TempDir()
	sp := filepath.Join(dir, "session.json")
	pp := filepath.Join(dir, "patch.json")
	if err := os.WriteFile(sp, []byte(sess), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pp, []byte(patch), 0o600); err != nil {
		t.Fatal(err)
	}
	args := append(append([]string{"patch"}, flags...), sp, pp)
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

const patchBase = `{
  "orderId": "order-1",
  "currencyCode": "GBP",
  "customer": {"emailAddress": "a@example.com", "billingAddress": {"countryCode": "GB", "postalCode": "EC1A 1BB"}},
  "order": {"lineItems": [{"itemId": "a", "amount": 500}], "shipping": {"amount": 50, "methodId": "std"}},
  "paymentMethod": {"descriptor": "Shop", "options": {"GOOGLE_PAY": {"surcharge": {"amount": 20}}}}
}`

func TestPatchCommand(t *testing.T) {
	tests := []struct {
		name   string
		flags  []string
		sess   string
		patch  string
		want   string // exact stdout
		stderr string // exact stderr
		code   int
	}{
		{
			name:  "customer merges key by key; output indented, amount recomputed",
			sess:  patchBase,
			patch: `{"customer":{"emailAddress":"x@example.com"},"order":{"shipping":{"amount":70}}}`,
			want: `{
  "orderId": "order-1",
  "currencyCode": "GBP",
  "amount": 570,
  "customer": {
    "emailAddress": "x@example.com",
    "billingAddress": {
      "countryCode": "GB",
      "postalCode": "EC1A 1BB"
    }
  },
  "order": {
    "lineItems": [
      {
        "itemId": "a",
        "amount": 500
      }
    ],
    "shipping": {
      "amount": 70
    }
  },
  "paymentMethod": {
    "descriptor": "Shop",
    "options": {
      "GOOGLE_PAY": {
        "surcharge": {
          "amount": 20
        }
      }
    }
  }
}
`,
		},
		{
			name:  "null clears; paymentMethod null keeps options; clientToken ignored",
			sess:  patchBase,
			patch: `{"clientToken":"tok","customer":null,"order":{"lineItems":null},"paymentMethod":null,"amount":null}`,
			want: `{
  "orderId": "order-1",
  "currencyCode": "GBP",
  "order": {
    "shipping": {
      "amount": 50,
      "methodId": "std"
    }
  },
  "paymentMethod": {
    "options": {
      "GOOGLE_PAY": {
        "surcharge": {
          "amount": 20
        }
      }
    }
  }
}
`,
		},
		{
			name:  "a response with a clientToken is read as a response: its amount equal to the calculated one is no override",
			sess:  `{"clientToken":"tok","clientTokenExpirationDate":"2021-08-12T16:14:08.578695","warnings":[],"amount":500,"order":{"lineItems":[{"amount":500}]}}`,
			patch: `{"order":{"lineItems":[{"amount":100,"quantity":3}]}}`,
			want: `{
  "amount": 300,
  "order": {
    "lineItems": [
      {
        "amount": 100,
        "quantity": 3
      }
    ]
  }
}
`,
		},
		{
			name:  "-response: a differing amount is an override that survives the patch",
			flags: []string{"-response"},
			sess:  `{"amount":999,"order":{"lineItems":[{"amount":500}]}}`,
			patch: `{"order":{"lineItems":[{"amount":100}]}}`,
			want: `{
  "amount": 999,
  "order": {
    "lineItems": [
      {
        "amount": 100
      }
    ]
  }
}
`,
		},
		{
			name:  "empty result",
			sess:  `{"orderId":"o"}`,
			patch: `{"orderId":null}`,
			want:  "{}\n",
		},
		{
			name:   "errors in both documents, session first, all of them",
			sess:   `{"amount":7.5,"order":{"lineItems":[{"discountedAmount":1}]}}`,
			patch:  `{"orderID":"x","paymentMethod":{"options":{}}}`,
			stderr: "$.amount: expected an integer, got the number 7.5\n",
			code:   1,
		},
		{
			name:   "syntax error",
			sess:   `{"orderId":`,
			patch:  `{}`,
			stderr: "$: ",
			code:   1,
		},
		{
			name:   "a request may not have response members without -response",
			sess:   `{"warnings":[]}`,
			patch:  `{}`,
			stderr: "$.warnings: ",
			code:   1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runPatchFiles(t, tt.flags, tt.sess, tt.patch)
			if code != tt.code {
				t.Fatalf("exit %d; want %d\nstderr: %s", code, tt.code, errs)
			}
			if tt.code == 0 {
				if out != tt.want {
					t.Fatalf("stdout:\n%s\nwant:\n%s", out, tt.want)
				}
				if errs != "" {
					t.Fatalf("stderr: %s", errs)
				}
				return
			}
			if out != "" {
				t.Fatalf("stdout on error: %s", out)
			}
			if !strings.HasPrefix(errs, tt.stderr) {
				t.Fatalf("stderr:\n%s\nwant it to start with %q", errs, tt.stderr)
			}
		})
	}
}

// TestPatchCommandErrorLines pins the whole "PATH: message" listing: every
// problem of the session, then every problem of the patch.
func TestPatchCommandErrorLines(t *testing.T) {
	code, _, errs := runPatchFiles(t, nil,
		`{"amount":7.5,"order":{"lineItems":[{"discountedAmount":1}]}}`,
		`{"orderID":"x","paymentMethod":{"options":{}}}`)
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	var paths []string
	for _, line := range strings.Split(strings.TrimSuffix(errs, "\n"), "\n") {
		p, _, ok := strings.Cut(line, ": ")
		if !ok {
			t.Fatalf("line %q is not PATH: message", line)
		}
		paths = append(paths, p)
	}
	want := []string{"$.amount", "$.order.lineItems[0].discountedAmount", "$.orderID", "$.paymentMethod.options"}
	if !reflect.DeepEqual(paths, want) {
		t.Fatalf("paths %v; want %v\n%s", paths, want, errs)
	}
}

func TestPatchCommandStdinAndUsage(t *testing.T) {
	dir := t.TempDir()
	sp := filepath.Join(dir, "s.json")
	if err := os.WriteFile(sp, []byte(`{"orderId":"o","amount":5}`), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"patch", sp, "-"}, strings.NewReader(`{"amount":7}`), &out, &errb); code != 0 {
		t.Fatalf("patch from stdin: exit %d: %s", code, errb.String())
	}
	if got, want := out.String(), "{\n  \"orderId\": \"o\",\n  \"amount\": 7\n}\n"; got != want {
		t.Fatalf("stdout %q; want %q", got, want)
	}
	out.Reset()
	if code := run([]string{"patch", "-", sp}, strings.NewReader(`{"currencyCode":"EUR"}`), &out, &errb); code != 0 {
		t.Fatalf("session from stdin: exit %d: %s", code, errb.String())
	}
	if got, want := out.String(), "{\n  \"orderId\": \"o\",\n  \"currencyCode\": \"EUR\",\n  \"amount\": 5\n}\n"; got != want {
		t.Fatalf("stdout %q; want %q", got, want)
	}

	usage := [][]string{
		{"patch"},
		{"patch", sp},
		{"patch", sp, sp, sp},
		{"patch", "-", "-"},
		{"patch", "-bogus", sp, sp},
	}
	for _, args := range usage {
		var out, errb bytes.Buffer
		if code := run(args, strings.NewReader("{}"), &out, &errb); code != 2 || out.Len() != 0 || errb.Len() == 0 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 with a message", args, code, out.String(), errb.String())
		}
	}

	errb.Reset()
	if code := run([]string{"patch", filepath.Join(dir, "missing.json"), sp}, nil, &out, &errb); code != 2 || !strings.HasPrefix(errb.String(), "SESSION: ") {
		t.Errorf("missing file: exit %d, stderr %q; want 2 (an unreadable file is a usage error) and a SESSION: line", code, errb.String())
	}
}
