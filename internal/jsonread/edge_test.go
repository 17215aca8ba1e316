package jsonread

import (
	"strconv"
	"strings"
	"testing"
)

// Edge cases of the Reader that the decoders' tests do not reach from this
// package: escapes, every typed read given the wrong type, the limits inside
// skipped values, and reads after the reader has stopped.

func TestKindString(t *testing.T) {
	want := []string{"invalid", "null", "boolean", "number", "string", "array", "object", "invalid", "invalid"}
	for k, w := range want {
		if got := Kind(k).String(); got != w {
			t.Errorf("Kind(%d) = %q, want %q", k, got, w)
		}
	}
}

func TestEscapes(t *testing.T) {
	cases := map[string]string{
		`"\b\f\n\r\t\/\\\""`:   "\b\f\n\r\t/\\\"",
		`"\u00E9\u00e9"`:       "éé",
		`"a\nb日本c"`:            "a\nb日本c",
		`"日\n本"`:               "日\n本",
		`"\uD83D\uDE00!"`:      "😀!",
		`"x\uDBFF\uDFFFy"`:     "x\U0010FFFFy",
		`"\uDE00\uD83D\uDE00"`: "\ufffd😀",
	}
	for in, want := range cases {
		for _, shared := range []bool{false, true} {
			var r *Reader
			if shared {
				r = NewShared([]byte(in), Limits{})
			} else {
				r = New([]byte(in), Limits{})
			}
			got, ok := r.String()
			r.Finish()
			if !ok || got != want || len(r.Errors()) != 0 {
				t.Errorf("%s (shared %v): got %q %v %+v, want %q", in, shared, got, ok, r.Errors(), want)
			}
		}
		r := New([]byte(in), Limits{})
		b, ok := r.StringBytes()
		if !ok || string(b) != want {
			t.Errorf("%s StringBytes: got %q %v", in, b, ok)
		}
	}
}

// TestStringSyntaxErrors: each malformed string stops the reader with one
// syntax error at the given byte offset, whether the string is read, skipped,
// or is an object key.
func TestStringSyntaxErrors(t *testing.T) {
	cases := map[string]int{
		`"abc\`:               5,
		`"\`:                  2,
		`"\q"`:                2,
		`"\u12"`:              6,
		`"\u12`:               5,
		`"\uD83D\u12"`:        12,
		`"\uD83D\uZZZZ"`:      9,
		"\"a\\nb\x01\"":       5,
		"\"\xff\\n\"":         1,
		"\"\\n\xff\"":         3,
		"\"\\n\xe6\x97\"":     3,
		`"\n`:                 3,
		`"\n日`:                6,
		"\"\\u00e9\xc3\x28\"": 7,
	}
	for in, off := range cases {
		// Read directly, the error is at the exact offset; inside an array
		// or as a key (read or skipped), it is within the string's bytes.
		forms := map[string]string{"read": in, "skipped": "[" + in + "]", "key": "{" + in + ":1}", "skipped key": "[{" + in + ":1}]"}
		for form, doc := range forms {
			prefix := strings.Index(doc, `"`)
			r := New([]byte(doc), Limits{})
			switch form {
			case "read":
				if s, ok := r.String(); ok || s != "" {
					t.Errorf("%q: String() = %q, true", in, s)
				}
			case "skipped":
				r.Skip()
			case "key":
				r.Object(0, func([]byte) { t.Errorf("%q: member callback called", doc) })
			case "skipped key":
				r.Array(0, func(int) { r.Skip() })
			}
			errs := r.Errors()
			if !r.Stopped() || len(errs) != 1 || errs[0].Code != CodeSyntax {
				t.Errorf("%s %q: got %+v, want one syntax error", form, doc, errs)
				continue
			}
			if got := errs[0].Offset; form == "read" && got != off || got < prefix || got > len(doc) {
				t.Errorf("%s %q: error at offset %d, want %d (read) or after the opening quote", form, doc, got, off)
			}
		}
	}
}

// TestTypedReadsMismatch: every typed read given another JSON type records
// one type error at the value's path, skips the value, and goes on.
func TestTypedReadsMismatch(t *testing.T) {
	reads := map[string]func(r *Reader) bool{
		"Null":        func(r *Reader) bool { return r.Null() },
		"Bool":        func(r *Reader) bool { _, ok := r.Bool(); return ok },
		"Int":         func(r *Reader) bool { _, ok := r.Int(); return ok },
		"Number":      func(r *Reader) bool { _, ok := r.Number(); return ok },
		"String":      func(r *Reader) bool { _, ok := r.String(); return ok },
		"StringBytes": func(r *Reader) bool { _, ok := r.StringBytes(); return ok },
		"Object":      func(r *Reader) bool { return r.Object(0, func([]byte) {}) },
		"Array":       func(r *Reader) bool { return r.Array(0, func(int) {}) },
	}
	values := map[string]string{
		"Null": `null`, "Bool": `false`, "Int": `12`, "Number": `1.5e3`, "String": `"s"`, "StringBytes": `"s"`,
		"Object": `{"k":[1,{"x":true}]}`, "Array": `[{"a":"b"},[false,null]]`,
	}
	for name, read := range reads {
		for vname, v := range values {
			compatible := name == vname || (name == "Number" && vname == "Int") || (strings.HasPrefix(name, "String") && strings.HasPrefix(vname, "String"))
			r := New([]byte(`{"v":`+v+`,"after":true}`), Limits{})
			var ok, after bool
			r.Object(0, func(k []byte) {
				if string(k) == "v" {
					ok = read(r)
				} else {
					after, _ = r.Bool()
				}
			})
			r.Finish()
			if !after || r.Stopped() {
				t.Errorf("%s of %s: reading did not go on: %+v", name, v, r.Errors())
				continue
			}
			if compatible {
				if !ok || len(r.Errors()) != 0 {
					t.Errorf("%s of %s: ok %v %+v", name, v, ok, r.Errors())
				}
				continue
			}
			errs := r.Errors()
			if name == "Null" { // Null reports nothing: it only asks
				if ok || len(errs) != 0 {
					t.Errorf("Null of %s: %v %+v", v, ok, errs)
				}
				continue
			}
			if ok || len(errs) != 1 || errs[0].Code != CodeType || errs[0].Path != "$.v" {
				t.Errorf("%s of %s: got %v %+v, want one type error at $.v", name, v, ok, errs)
			}
		}
	}
}

func TestNull(t *testing.T) {
	r := New([]byte(`[null, nul]`), Limits{})
	var got []bool
	r.Array(0, func(int) { got = append(got, r.Null()) })
	if len(got) != 2 || !got[0] || got[1] || !r.Stopped() || r.Errors()[0].Offset != 10 {
		t.Errorf("got %v %+v", got, r.Errors())
	}
}

// TestReadsAfterStop: once stopped, every read returns its zero result and
// the single fatal error stays the only one.
func TestReadsAfterStop(t *testing.T) {
	r := New([]byte(`{"a":1}`), Limits{MaxBytes: 3})
	if !r.Stopped() {
		t.Fatal("not stopped")
	}
	if r.Peek() != Invalid || r.Null() {
		t.Error("Peek/Null after stop")
	}
	if v, ok := r.Bool(); v || ok {
		t.Error("Bool after stop")
	}
	if v, ok := r.Int(); v != 0 || ok {
		t.Error("Int after stop")
	}
	if v, ok := r.Number(); v != "" || ok {
		t.Error("Number after stop")
	}
	if v, ok := r.String(); v != "" || ok {
		t.Error("String after stop")
	}
	if v, ok := r.StringBytes(); v != nil || ok {
		t.Error("StringBytes after stop")
	}
	if r.Object(0, func([]byte) { t.Error("member") }) || r.Array(0, func(int) { t.Error("elem") }) {
		t.Error("Object/Array after stop")
	}
	if v, ok := Any[string](r, tree{}); v != "" || ok {
		t.Error("Any after stop")
	}
	r.Skip()
	r.Fail("custom", "ignored")
	r.stop(CodeSyntax, "ignored", "$")
	r.Finish()
	if errs := r.Errors(); len(errs) != 1 || errs[0].Code != CodeTooLarge {
		t.Errorf("errors after stop: %+v", errs)
	}
}

func TestIntSyntaxError(t *testing.T) {
	for in, off := range map[string]int{`-`: 1, `-x`: 1, `-01`: 2, `1.x`: 2, `1e+`: 3} {
		r := New([]byte(in), Limits{})
		if v, ok := r.Int(); ok || v != 0 {
			t.Errorf("%q: Int() = %d, true", in, v)
		}
		if errs := r.Errors(); !r.Stopped() || len(errs) != 1 || errs[0].Code != CodeSyntax || errs[0].Offset != off {
			t.Errorf("%q: got %+v, want a syntax error at %d", in, errs, off)
		}
	}
}

func TestLongLiteralClipped(t *testing.T) {
	lit := "1." + strings.Repeat("5", 60)
	r := New([]byte(lit), Limits{})
	r.Int()
	errs := r.Errors()
	if len(errs) != 1 || errs[0].Code != CodeType {
		t.Fatalf("got %+v", errs)
	}
	if want := "got the number " + lit[:40] + "…"; !strings.HasSuffix(errs[0].Message, want) {
		t.Errorf("message %q does not end with %q", errs[0].Message, want)
	}
	big := strings.Repeat("9", 50)
	r = New([]byte(big), Limits{})
	r.Int()
	if errs := r.Errors(); len(errs) != 1 || errs[0].Code != CodeRange || !strings.Contains(errs[0].Message, big[:40]+"…") {
		t.Errorf("got %+v", errs)
	}
}

func TestKeyOutsideObject(t *testing.T) {
	r := New([]byte(`[{"k":1}]`), Limits{})
	if k := r.Key(); k != "" {
		t.Errorf("Key() at the top = %q", k)
	}
	var keys []string
	r.Array(0, func(int) {
		keys = append(keys, r.Key()) // in an array: no key
		r.Object(0, func([]byte) { keys = append(keys, r.Key()); r.Skip() })
	})
	if strings.Join(keys, ",") != ",k" {
		t.Errorf("keys %q", keys)
	}
}

func TestAppendKey(t *testing.T) {
	cases := map[string]string{
		"productId": ".productId",
		"_a1$":      "._a1$",
		"a1":        ".a1",
		"1a":        "['1a']",
		"":          "['']",
		"a b":       "['a b']",
		`it's`:      `['it\'s']`,
		`back\`:     `['back\\']`,
		"tab\there": `['tab\u0009here']`,
		"\x1f":      `['\u001f']`,
		"日本":        "['日本']",
	}
	for key, want := range cases {
		if got := string(AppendKey(nil, []byte(key))); got != want {
			t.Errorf("AppendKey(%q) = %s, want %s", key, got, want)
		}
	}
	// The path of a member with such a key uses the same form.
	r := New([]byte(`{"a\u0001":[true]}`), Limits{})
	r.Object(0, func([]byte) { r.Array(0, func(int) { r.Fail("x", "m") }) })
	if errs := r.Errors(); len(errs) != 1 || errs[0].Path != `$['a\u0001'][0]` {
		t.Errorf("got %+v", errs)
	}
}

// TestContainerSyntaxErrors: malformed objects and arrays, read by Object and
// Array or skipped, each stop the reader with one syntax error at the given
// offset.
func TestContainerSyntaxErrors(t *testing.T) {
	cases := map[string]int{
		`{"a":1 "b":2}`: 7,
		`{"a":1`:        6,
		`{1:2}`:         1,
		`{"a" 1}`:       5,
		`{"a":1,}`:      7,
		`[1 2]`:         3,
		`[1`:            2,
		`[1,]`:          3,
		`{"a":[1}`:      7,
		`{"a":{"b":1]}`: 11,
	}
	for in, off := range cases {
		for _, mode := range []string{"read", "skip", "any"} {
			r := New([]byte(in), Limits{})
			switch mode {
			case "read":
				if in[0] == '{' {
					r.Object(0, func([]byte) { r.Skip() })
				} else {
					r.Array(0, func(int) {}) // unconsumed elements are skipped
				}
			case "skip":
				r.Skip()
			case "any":
				Any[string](r, tree{})
			}
			errs := r.Errors()
			if !r.Stopped() || len(errs) != 1 || errs[0].Code != CodeSyntax || errs[0].Offset != off {
				t.Errorf("%s %s: got %+v, want a syntax error at %d", mode, in, errs, off)
			}
		}
	}
}

// TestSkipLimits: a skipped value obeys the member, element and depth limits,
// with the path of the value that exceeds them.
func TestSkipLimits(t *testing.T) {
	lim := Limits{MaxDepth: 3, MaxArrayLen: 2, MaxMembers: 2}
	cases := []struct{ in, path, msg string }{
		{`{"x":{"a":1,"b":2,"c":3}}`, "$.x", "more than 2 members"},
		{`{"x":[1,2,3]}`, "$.x", "more than 2 elements"},
		{`{"x":[[[1]]]}`, "$.x", "deeper than the limit of 3"},
		{`{"x":{"a":1,"b":2}}`, "", ""},
		{`{"x":[[true,false]]}`, "", ""},
	}
	for _, c := range cases {
		r := New([]byte(c.in), lim)
		r.Object(0, func([]byte) {}) // x is not consumed: Object skips it
		r.Finish()
		errs := r.Errors()
		if c.path == "" {
			if len(errs) != 0 {
				t.Errorf("%s: %+v", c.in, errs)
			}
			continue
		}
		if len(errs) != 1 || errs[0].Code != CodeTooLarge || errs[0].Path != c.path || !strings.Contains(errs[0].Message, c.msg) {
			t.Errorf("%s: got %+v, want too_large at %s (%s)", c.in, errs, c.path, c.msg)
		}
	}
	// Object and Array enforce the depth limit as well.
	r := New([]byte(`[[{"a":1}]]`), Limits{MaxDepth: 2})
	r.Array(0, func(int) {
		r.Array(0, func(int) { r.Object(0, func([]byte) { t.Error("read below the depth limit") }) })
	})
	if errs := r.Errors(); len(errs) != 1 || errs[0].Code != CodeTooLarge || errs[0].Path != "$[0][0]" {
		t.Errorf("depth: %+v", errs)
	}
}

// TestFailBudgetInsideAny: past MaxErrors inside free-form data the reader
// reads on, counting the problems it no longer lists.
func TestFailBudgetInsideAny(t *testing.T) {
	r := New([]byte(`{"a":1,"a":2,"a":3,"b":1,"b":2}`), Limits{MaxErrors: 1})
	v, ok := Any[string](r, tree{})
	if !ok || v != `{"a":1,"b":1}` || r.Stopped() {
		t.Errorf("got %q %v", v, ok)
	}
	errs := r.Errors()
	if len(errs) != 2 || errs[0].Code != CodeDuplicateKey || errs[1].Code != CodeTooManyErrors || errs[1].Message != "1 more problems not listed" {
		t.Errorf("got %+v", errs)
	}
	// Duplicate keys inside a free-form array element: the later member is
	// dropped, the value is still built.
	r = New([]byte(`[{"a":1,"a":2}]`), Limits{})
	v, ok = Any[string](r, tree{})
	if !ok || v != `[{"a":1}]` || len(r.Errors()) != 1 {
		t.Errorf("got %q %v %+v", v, ok, r.Errors())
	}
}

// Issue 10's repro at the reader: more than MaxErrors problems, then a value
// nested too deep or a syntax error further on. The fatal error is then the
// one error, at its own place; without one, the first MaxErrors problems and
// one CodeTooManyErrors with the count of the others.
func TestManyErrorsThenFatal(t *testing.T) {
	lim := Limits{MaxDepth: 8, MaxErrors: 5}
	items := strings.Repeat(`"x",`, 9)
	for _, tc := range []struct {
		tail, code, path string
	}{
		{`[[[[[[[[[]]]]]]]]]`, CodeTooLarge, "$[9]"},
		{`[[[1,]]]`, CodeSyntax, "$"},
		{`[[[1]]]`, CodeTooManyErrors, "$"},
	} {
		r := New([]byte(`[`+items+tc.tail+`]`), lim)
		r.Array(0, func(i int) {
			if i < 9 {
				r.Int()
			}
		})
		r.Finish()
		errs := r.Errors()
		if tc.code != CodeTooManyErrors {
			if len(errs) != 1 || errs[0].Code != tc.code || errs[0].Path != tc.path {
				t.Errorf("%s: got %+v", tc.tail, errs)
			}
			continue
		}
		if len(errs) != 6 || errs[0].Path != "$[0]" || errs[5].Code != CodeTooManyErrors || errs[5].Message != "4 more problems not listed" {
			t.Errorf("%s: got %+v", tc.tail, errs)
		}
	}
}

// A key repeated many times in one object is one problem, not one per copy;
// the same key repeated in another object is that object's problem.
func TestDuplicateKeyReportedOnce(t *testing.T) {
	r := New([]byte(`[{"a":1,"a":2,"a":3,"b":1,"a":4,"b":2},{"a":1,"a":2}]`), Limits{})
	r.Array(0, func(int) { r.Object(0, func([]byte) { r.Skip() }) })
	r.Finish()
	errs := r.Errors()
	if len(errs) != 3 || errs[0].Path != "$[0].a" || errs[1].Path != "$[0].b" || errs[2].Path != "$[1].a" {
		t.Errorf("got %+v", errs)
	}
	// Past 16 keys (the map), the same.
	var b strings.Builder
	b.WriteString("{")
	for i := range 20 {
		b.WriteString(`"k` + strconv.Itoa(i) + `":1,`)
	}
	b.WriteString(strings.Repeat(`"k3":1,`, 50) + `"z":1}`)
	r = New([]byte(b.String()), Limits{})
	r.Object(0, func([]byte) { r.Skip() })
	if errs := r.Errors(); len(errs) != 1 || errs[0].Path != "$.k3" || errs[0].Code != CodeDuplicateKey {
		t.Errorf("got %+v", errs)
	}
}
