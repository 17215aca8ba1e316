package jsonread

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// tree is a test Builder that renders values back to canonical text, so a
// test can compare what was read with an expected string.
type tree struct{}

func (tree) Null() string             { return "null" }
func (tree) Bool(b bool) string       { return map[bool]string{true: "true", false: "false"}[b] }
func (tree) Number(lit string) string { return lit }
func (tree) String(s string) string   { b, _ := json.Marshal(s); return string(b) }
func (tree) Array(e []string) string  { return "[" + strings.Join(e, ",") + "]" }
func (tree) Object(k, v []string) string {
	parts := make([]string, len(k))
	for i := range k {
		b, _ := json.Marshal(k[i])
		parts[i] = string(b) + ":" + v[i]
	}
	return "{" + strings.Join(parts, ",") + "}"
}

var testLimits = Limits{MaxBytes: 1 << 20, MaxDepth: 8, MaxArrayLen: 5, MaxMembers: 5}

func readAny(in string, lim Limits) (string, []Error) {
	r := New([]byte(in), lim)
	v, _ := Any[string](r, tree{})
	r.Finish()
	return v, r.Errors()
}

func TestSyntaxErrors(t *testing.T) {
	bad := map[string]int{ // input → expected byte offset of the error
		``:               0,
		` `:              1,
		`{`:              1,
		`{"a":1,}`:       7,
		`[1,]`:           3,
		`[1 2]`:          3,
		`01`:             1,
		`-01`:            2,
		`1.`:             2,
		`.5`:             0,
		`+1`:             0,
		`1e`:             2,
		`NaN`:            0,
		`Infinity`:       0,
		`-Infinity`:      1,
		`0x10`:           1,
		`tru`:            3,
		`nul`:            3,
		`"abc`:           4,
		"\"a\tb\"":       2,
		`"\x41"`:         2,
		`"\u12G4"`:       5,
		"\"\xff\"":       1,
		"\"ok\xc3\x28\"": 3,
		`{"a" 1}`:        5,
		`{a:1}`:          1,
		`{"a":1} x`:      8,
		`[1] [2]`:        4,
		"\xef\xbb\xbf{}": 0,
		`'a'`:            0,
	}
	for in, off := range bad {
		_, errs := readAny(in, Limits{})
		if len(errs) != 1 || errs[0].Code != CodeSyntax || errs[0].Path != "$" || errs[0].Offset != off {
			t.Errorf("%q: got %+v, want one syntax error at $ offset %d", in, errs, off)
		}
		if len(errs) == 1 && !strings.Contains(errs[0].Message, "byte offset") {
			t.Errorf("%q: message %q lacks the byte offset", in, errs[0].Message)
		}
	}
}

func TestAnyValues(t *testing.T) {
	cases := map[string]string{
		` {"b": [1, -0, 1.5e-3, true, false, null], "a": "x"} `: `{"b":[1,-0,1.5e-3,true,false,null],"a":"x"}`,
		`"\u00e9\n\/\"\\"`: `"é\n/\"\\"`,
		`"\ud83d\ude00"`:   `"😀"`,
		`"\ud83d"`:         `"` + "\ufffd" + `"`,
		`"\ude00x"`:        `"` + "\ufffd" + `x"`,
		`"\ud83d\u0041"`:   `"` + "\ufffd" + `A"`,
		`[]`:               `[]`,
		`{}`:               `{}`,
		`"日本"`:             `"日本"`,
	}
	for in, want := range cases {
		got, errs := readAny(in, Limits{})
		if len(errs) != 0 || got != want {
			t.Errorf("%q: got %q %+v, want %q", in, got, errs, want)
		}
	}
}

func TestLimits(t *testing.T) {
	cases := []struct{ in, path string }{
		{`[1,2,3,4,5,6]`, "$"},
		{`{"a":{"b":[[1,2,3,4,5,6]]}}`, "$.a.b[0]"},
		{`{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6}`, "$"},
		{`[[[[[[[[[1]]]]]]]]]`, "$[0][0][0][0][0][0][0][0]"},
	}
	for _, c := range cases {
		_, errs := readAny(c.in, testLimits)
		if len(errs) != 1 || errs[0].Code != CodeTooLarge || errs[0].Path != c.path {
			t.Errorf("%s: got %+v, want too_large at %s", c.in, errs, c.path)
		}
	}
	r := New([]byte(`"too long"`), Limits{MaxBytes: 4})
	if !r.Stopped() || r.Errors()[0].Code != CodeTooLarge || r.Errors()[0].Path != "$" {
		t.Errorf("MaxBytes: got %+v", r.Errors())
	}
	// Skip enforces the limits too.
	r = New([]byte(`{"x":[[[[[[[[[[1]]]]]]]]]]}`), testLimits)
	r.Object(0, func([]byte) {})
	if errs := r.Errors(); len(errs) != 1 || errs[0].Code != CodeTooLarge {
		t.Errorf("Skip depth: got %+v", errs)
	}
}

func TestInt(t *testing.T) {
	type res struct {
		v    int64
		code string
	}
	cases := map[string]res{
		`0`:                          {0, ""},
		`-0`:                         {0, ""},
		`700`:                        {700, ""},
		`-42`:                        {-42, ""},
		`9223372036854775807`:        {9223372036854775807, ""},
		`-9223372036854775808`:       {-9223372036854775808, ""},
		`9223372036854775808`:        {0, CodeRange},
		`-9223372036854775809`:       {0, CodeRange},
		`99999999999999999999999999`: {0, CodeRange},
		`7.5`:                        {0, CodeType},
		`1e3`:                        {0, CodeType},
		`1.0`:                        {0, CodeType},
		`"700"`:                      {0, CodeType},
		`true`:                       {0, CodeType},
		`null`:                       {0, CodeType},
		`[1]`:                        {0, CodeType},
	}
	for in, want := range cases {
		r := New([]byte(in), testLimits)
		v, ok := r.Int()
		r.Finish()
		errs := r.Errors()
		if want.code == "" {
			if !ok || v != want.v || len(errs) != 0 {
				t.Errorf("%s: got %d %v %+v, want %d", in, v, ok, errs, want.v)
			}
			continue
		}
		if ok || len(errs) != 1 || errs[0].Code != want.code || errs[0].Path != "$" {
			t.Errorf("%s: got %d %v %+v, want %s", in, v, ok, errs, want.code)
		}
	}
}

func TestObjectPathsAndErrorsGoOn(t *testing.T) {
	in := `{"order":{"lineItems":[{"amount":7.5},{"amount":"700","amount":1}]},` +
		`"metadata":{"a b":true,"it's":1,"":2,"productId":[]},"x":1,"x":2}`
	r := New([]byte(in), Limits{})
	var got []string
	r.Object(0, func(k []byte) {
		switch string(k) {
		case "order":
			r.Object(0, func(k []byte) {
				r.Array(0, func(int) {
					r.Object(0, func([]byte) { r.Int() })
				})
			})
		case "metadata":
			r.Object(0, func([]byte) { r.Fail("custom", "c") })
		default:
			v, _ := r.Int()
			got = append(got, string(rune('0'+v)))
		}
	})
	r.Finish()
	want := []Error{
		{Path: "$.order.lineItems[0].amount", Code: CodeType},
		{Path: "$.order.lineItems[1].amount", Code: CodeType},
		{Path: "$.order.lineItems[1].amount", Code: CodeDuplicateKey},
		{Path: "$.metadata['a b']", Code: "custom"},
		{Path: `$.metadata['it\'s']`, Code: "custom"},
		{Path: "$.metadata['']", Code: "custom"},
		{Path: "$.metadata.productId", Code: "custom"},
		{Path: "$.x", Code: CodeDuplicateKey},
	}
	errs := r.Errors()
	if len(errs) != len(want) {
		t.Fatalf("got %+v", errs)
	}
	for i := range want {
		if errs[i].Path != want[i].Path || errs[i].Code != want[i].Code {
			t.Errorf("error %d: got %+v, want %+v", i, errs[i], want[i])
		}
	}
	if strings.Join(got, "") != "1" {
		t.Errorf("x read %v, want only the first x", got)
	}
}

func TestDuplicateKeysManyMembers(t *testing.T) {
	var b strings.Builder
	b.WriteString("{")
	for i := 0; i < 40; i++ {
		b.WriteString(`"k` + strings.Repeat("x", i) + `":1,`)
	}
	b.WriteString(`"k\u0078":2}`) // same key as "kx", written with an escape
	r := New([]byte(b.String()), Limits{})
	n := 0
	r.Object(0, func([]byte) { r.Int(); n++ })
	r.Finish()
	errs := r.Errors()
	if n != 40 || len(errs) != 1 || errs[0].Code != CodeDuplicateKey || errs[0].Path != "$.kx" {
		t.Errorf("got n=%d %+v", n, errs)
	}
}

func TestStringBytesZeroCopy(t *testing.T) {
	data := []byte(`["plain","esc\"aped"]`)
	r := New(data, Limits{})
	var views [][]byte
	r.Array(0, func(int) {
		b, _ := r.StringBytes()
		views = append(views, b)
	})
	if string(views[0]) != "plain" || &views[0][0] != &data[2] {
		t.Errorf("plain string not a view into the input")
	}
	if string(views[1]) != `esc"aped` {
		t.Errorf("escaped string = %q", views[1])
	}
}

func TestStringBytesAllocs(t *testing.T) {
	data := []byte(`{"orderId":"order-abc","n":12}`)
	allocs := testing.AllocsPerRun(100, func() {
		r := New(data, Limits{})
		r.Object(0, func(k []byte) {
			switch string(k) {
			case "orderId":
				r.StringBytes()
			case "n":
				r.Int()
			}
		})
		r.Finish()
	})
	if allocs > 2 {
		t.Errorf("%v allocations reading a small object, want at most 2 (the reader, the callback)", allocs)
	}
}

// FuzzReader checks that reading any input never panics, that a syntax error
// is reported exactly when encoding/json rejects the input, and that every
// error has a path starting with "$".
func FuzzReader(f *testing.F) {
	for _, s := range []string{`{"a":[1,2,{"b":null}]}`, `"\ud83d\ude00"`, `[1e3,-0,0.5]`, `{"a":1,"a":2}`, `01`, "\"\xff\""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := New(data, Limits{MaxBytes: 1 << 16, MaxDepth: 64})
		v, _ := Any[string](r, tree{})
		r.Finish()
		// A shared reader reads the same values.
		rs := NewShared(data, Limits{MaxBytes: 1 << 16, MaxDepth: 64})
		vs, _ := Any[string](rs, tree{})
		rs.Finish()
		if v != vs || len(r.Errors()) != len(rs.Errors()) {
			t.Fatalf("New and NewShared differ: %q %q", v, vs)
		}
		syntaxErr := false
		for _, e := range r.Errors() {
			if !strings.HasPrefix(e.Path, "$") {
				t.Fatalf("error without a $ path: %+v", e)
			}
			if e.Code == CodeSyntax {
				syntaxErr = true
			}
		}
		if !utf8.Valid(data) {
			// encoding/json replaces invalid UTF-8 in strings; this reader
			// rejects invalid UTF-8 anywhere.
			if !r.Stopped() {
				t.Fatalf("accepted invalid UTF-8: %q", data)
			}
			return
		}
		if syntaxErr && json.Valid(data) {
			t.Fatalf("syntax error on input encoding/json accepts: %q %+v", data, r.Errors())
		}
		if !r.Stopped() && !json.Valid(data) {
			t.Fatalf("accepted input encoding/json rejects: %q", data)
		}
	})
}

func TestMaxValues(t *testing.T) {
	// 8 values: the object, a, 1, 2, b, 3, [4], 4.
	_, errs := readAny(`{"a":[1,2],"b":[3,[4]]}`, Limits{MaxValues: 7})
	if len(errs) != 1 || errs[0].Code != CodeTooLarge || errs[0].Path != "$.b[1][0]" {
		t.Errorf("got %+v, want too_large at $.b[1][0] (the 8th value)", errs)
	}
	if _, errs := readAny(`{"a":[1,2],"b":[3,[4]]}`, Limits{MaxValues: 8}); len(errs) != 0 {
		t.Errorf("8 values within a limit of 8: %+v", errs)
	}
}

func TestMaxErrors(t *testing.T) {
	r := New([]byte(`[true,"a","b",null]`), Limits{MaxErrors: 2})
	r.Array(0, func(int) { r.Int() })
	r.Finish()
	errs := r.Errors()
	if r.Stopped() || len(errs) != 3 || errs[0].Path != "$[0]" || errs[1].Path != "$[1]" || errs[2].Path != "$" ||
		errs[2].Code != CodeTooManyErrors || errs[2].Message != "2 more problems not listed" {
		t.Errorf("got %+v", errs)
	}
}

func TestNewSharedAndKey(t *testing.T) {
	data := []byte(`{"plain":"abc","esc\u0041ped":"x\ny","n":-1.5e3}`)
	for _, r := range []*Reader{New(data, Limits{}), NewShared(data, Limits{})} {
		var got []string
		r.Object(0, func([]byte) {
			k := r.Key()
			var v string
			if k == "n" {
				v, _ = r.Number()
			} else {
				v, _ = r.String()
			}
			got = append(got, k+"="+v)
		})
		if strings.Join(got, ";") != "plain=abc;escAped=x\ny;n=-1.5e3" {
			t.Errorf("got %q", got)
		}
	}
	// Shared strings do not change when the caller's input does.
	r := NewShared(data, Limits{})
	var s string
	r.Object(0, func([]byte) {
		if s == "" {
			s, _ = r.String()
		}
	})
	if r.Stopped() {
		t.Fatal(r.Errors())
	}
	data[10] = 'Z'
	if s != "abc" {
		t.Errorf("shared string changed with the input: %q", s)
	}
}

// No string a reader returns (String, Number, Key), nor any error's path or
// message, is a view of the input: overwriting every byte of the input after
// reading changes none of them.
func TestReadersDoNotAliasInput(t *testing.T) {
	// Unknown keys (failed with the key in the message and the path) and a
	// type error.
	const doc = `{"k":"abc","n":12,"a":["x","y"],"bad\u0041key":1,"plainbad":{"z":2},"t":5,"s":"tail"}`
	for _, mk := range []func([]byte, Limits) *Reader{New, NewShared} {
		in := []byte(doc)
		r := mk(in, Standard())
		var got []string
		r.Object(0, func(key []byte) {
			k := r.Key()
			switch k {
			case "n":
				n, _ := r.Number()
				got = append(got, k+"="+n)
			case "a":
				r.Array(0, func(int) {
					v, _ := r.String()
					got = append(got, k+"[]="+v)
				})
			case "badAkey", "plainbad":
				r.Skip()
				r.Fail("unknown", k)
			default:
				v, _ := r.String()
				got = append(got, k+"="+v)
			}
		})
		r.Finish()
		want := fmt.Sprint(got)
		if want != "[k=abc n=12 a[]=x a[]=y t= s=tail]" {
			t.Fatalf("read %s", want)
		}
		errs := fmt.Sprintf("%+v", r.Errors())
		if !strings.Contains(errs, "badAkey") || !strings.Contains(errs, "$.plainbad") || !strings.Contains(errs, "$.t") {
			t.Fatalf("errors %s", errs)
		}
		for i := range in {
			in[i] = '#'
		}
		if after := fmt.Sprint(got); after != want {
			t.Errorf("strings changed with the input: %s, was %s", after, want)
		}
		if after := fmt.Sprintf("%+v", r.Errors()); after != errs {
			t.Errorf("errors changed with the input: %s, was %s", after, errs)
		}
	}
	// A syntax error whose message shows the offending text.
	for _, mk := range []func([]byte, Limits) *Reader{New, NewShared} {
		in := []byte(`{"k":"abc","n":12x}`)
		r := mk(in, Standard())
		r.Skip()
		r.Finish()
		errs := fmt.Sprintf("%+v", r.Errors())
		if !r.Stopped() {
			t.Fatalf("no syntax error: %s", errs)
		}
		for i := range in {
			in[i] = '#'
		}
		if after := fmt.Sprintf("%+v", r.Errors()); after != errs {
			t.Errorf("errors changed with the input: %s, was %s", after, errs)
		}
	}
	if r := NewShared(nil, Standard()); r.Peek() != Invalid {
		t.Error("empty input")
	}
}
