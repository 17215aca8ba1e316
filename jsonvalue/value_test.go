package jsonvalue

import (
	"errors"
	"strings"
	"testing"
)

func TestKindString(t *testing.T) {
	cases := map[Kind]string{
		KindAbsent: "absent", KindNull: "null", KindBool: "boolean", KindNumber: "number",
		KindString: "string", KindArray: "array", KindObject: "object", Kind(7): "Kind(7)", Kind(200): "Kind(200)",
	}
	for k, want := range cases {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", uint8(k), got, want)
		}
	}
}

func TestValueScalars(t *testing.T) {
	num, err := Number("-1.5e3")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		v      Value
		kind   Kind
		str    string // Str's result when ok
		strOK  bool
		b      bool
		bOK    bool
		lit    string
		litOK  bool
		i      int64
		iOK    bool
		length int
	}{
		{name: "absent", v: Value{}, kind: KindAbsent},
		{name: "null", v: Null(), kind: KindNull},
		{name: "true", v: Bool(true), kind: KindBool, b: true, bOK: true},
		{name: "false", v: Bool(false), kind: KindBool, b: false, bOK: true},
		{name: "string", v: String("héllo"), kind: KindString, str: "héllo", strOK: true},
		{name: "empty string", v: String(""), kind: KindString, str: "", strOK: true},
		{name: "int", v: Int(-42), kind: KindNumber, lit: "-42", litOK: true, i: -42, iOK: true},
		{name: "min int", v: Int(-9223372036854775808), kind: KindNumber, lit: "-9223372036854775808", litOK: true, i: -9223372036854775808, iOK: true},
		{name: "exponent", v: num, kind: KindNumber, lit: "-1.5e3", litOK: true},
		{name: "array", v: Array(Int(1), Value{}), kind: KindArray, length: 2},
		{name: "object", v: mustObject(Member{"a", Int(1)}), kind: KindObject, length: 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := c.v
			if v.Kind() != c.kind || v.IsAbsent() != (c.kind == KindAbsent) {
				t.Errorf("Kind %v IsAbsent %v, want %v", v.Kind(), v.IsAbsent(), c.kind)
			}
			if s, ok := v.Str(); ok != c.strOK || (ok && s != c.str) {
				t.Errorf("Str() = %q, %v; want %q, %v", s, ok, c.str, c.strOK)
			}
			if b, ok := v.Bool(); ok != c.bOK || b != c.b {
				t.Errorf("Bool() = %v, %v; want %v, %v", b, ok, c.b, c.bOK)
			}
			if l, ok := v.Number(); ok != c.litOK || (ok && l != c.lit) {
				t.Errorf("Number() = %q, %v; want %q, %v", l, ok, c.lit, c.litOK)
			}
			if i, ok := v.Int(); ok != c.iOK || i != c.i {
				t.Errorf("Int() = %d, %v; want %d, %v", i, ok, c.i, c.iOK)
			}
			if v.Len() != c.length {
				t.Errorf("Len() = %d, want %d", v.Len(), c.length)
			}
		})
	}
}

func TestValueIntNotInteger(t *testing.T) {
	for _, lit := range []string{"1.0", "1e3", "1E3", "1.5", "9223372036854775808", "-9223372036854775809"} {
		v, err := Number(lit)
		if err != nil {
			t.Fatalf("Number(%q): %v", lit, err)
		}
		if i, ok := v.Int(); ok {
			t.Errorf("Number(%q).Int() = %d, true; want false", lit, i)
		}
	}
	if _, ok := String("7").Int(); ok {
		t.Error(`String("7").Int() is ok`)
	}
}

func TestNumberValueGrammar(t *testing.T) {
	good := []string{"0", "-0", "1", "-1", "10", "0.5", "-0.5", "1e3", "1E+3", "1e-3", "123.456e789"}
	bad := []string{"", "-", "+1", "01", "-01", ".5", "1.", "1e", "1e+", "0x1", "NaN", "Inf", " 1", "1 ", "1.5.5", "--1", "1_000"}
	for _, s := range good {
		v, err := Number(s)
		if err != nil {
			t.Errorf("Number(%q): %v", s, err)
			continue
		}
		if lit, _ := v.Number(); lit != s || string(v.AppendJSON(nil)) != s {
			t.Errorf("Number(%q) keeps %q, writes %s", s, lit, v.AppendJSON(nil))
		}
	}
	for _, s := range bad {
		if v, err := Number(s); !errors.Is(err, ErrNumberSyntax) || !v.IsAbsent() {
			t.Errorf("Number(%q) = %v, %v; want ErrNumberSyntax", s, v, err)
		}
	}
}

func TestObjectValueDuplicateKey(t *testing.T) {
	v, err := Object(Member{"b", Int(1)}, Member{"a", Null()}, Member{"b", Int(2)})
	if !errors.Is(err, ErrDuplicateKey) || !v.IsAbsent() {
		t.Errorf("got %v, %v; want ErrDuplicateKey", v, err)
	}
	// An absent member is left out before duplicates are looked for.
	v, err = Object(Member{"a", Value{}}, Member{"a", Int(1)})
	if err != nil || string(v.AppendJSON(nil)) != `{"a":1}` {
		t.Errorf("got %s, %v; want {\"a\":1}", v.AppendJSON(nil), err)
	}
}

func TestValueContainers(t *testing.T) {
	arr := Array(String("x"), Value{}, Int(3))
	obj := mustObject(Member{"z", Int(26)}, Member{"a", arr}, Member{"m", Bool(true)})

	if got := string(arr.Index(1).AppendJSON(nil)); got != "null" {
		t.Errorf("absent element became %s, want null", got)
	}
	var elems []string
	for i, e := range arr.Elements() {
		elems = append(elems, string(rune('0'+i))+"="+string(e.AppendJSON(nil)))
	}
	if strings.Join(elems, " ") != `0="x" 1=null 2=3` {
		t.Errorf("Elements: %v", elems)
	}
	var keys []string
	for i := 0; i < obj.Len(); i++ {
		k, _ := obj.Member(i)
		keys = append(keys, k)
	}
	if strings.Join(keys, ",") != "a,m,z" {
		t.Errorf("Member order %v, want a,m,z", keys)
	}
	keys = keys[:0]
	for k, v := range obj.Members() {
		keys = append(keys, k+"="+string(v.AppendJSON(nil)))
	}
	if strings.Join(keys, " ") != `a=["x",null,3] m=true z=26` {
		t.Errorf("Members: %v", keys)
	}
	if v, ok := obj.Lookup("m"); !ok || !v.Equal(Bool(true)) {
		t.Errorf("Lookup(m) = %v, %v", v, ok)
	}
	if v, ok := obj.Lookup("b"); ok || !v.IsAbsent() {
		t.Errorf("Lookup(b) = %v, %v; want absent", v, ok)
	}
	if v, ok := arr.Lookup("a"); ok || !v.IsAbsent() {
		t.Errorf("Lookup on an array = %v, %v; want absent", v, ok)
	}
	// Iterating over the wrong kind yields nothing; stopping early stops.
	for range obj.Elements() {
		t.Error("Elements of an object yielded")
	}
	for range arr.Members() {
		t.Error("Members of an array yielded")
	}
	n := 0
	for range arr.Elements() {
		n++
		break
	}
	for range obj.Members() {
		n++
		break
	}
	if n != 2 {
		t.Errorf("break: %d iterations, want 2", n)
	}
}

func TestValueEqual(t *testing.T) {
	a := Array(Int(1), String("x"))
	cases := []struct {
		v, w Value
		want bool
	}{
		{Value{}, Value{}, true},
		{Value{}, Null(), false},
		{Int(1), Int(1), true},
		{Int(1), mustNumber("1.0"), false}, // literals differ: not the same JSON text
		{String("1"), Int(1), false},
		{a, Array(Int(1), String("x")), true},
		{a, Array(Int(1), String("y")), false},
		{a, Array(Int(1)), false},
		{mustObject(Member{"a", a}), mustObject(Member{"a", Array(Int(1), String("x"))}), true},
		{mustObject(Member{"a", Int(1)}), mustObject(Member{"b", Int(1)}), false},
		{mustObject(Member{"a", Int(1)}), mustObject(Member{"a", Int(2)}), false},
	}
	for i, c := range cases {
		if got, back := c.v.Equal(c.w), c.w.Equal(c.v); got != c.want || back != c.want {
			t.Errorf("case %d: %s Equal %s = %v/%v, want %v", i, c.v.AppendJSON(nil), c.w.AppendJSON(nil), got, back, c.want)
		}
	}
}

func mustNumber(lit string) Value {
	v, err := Number(lit)
	if err != nil {
		panic(err)
	}
	return v
}

// An absent Value never ends up inside an array or object, so AppendJSON
// always writes well-formed JSON.
func TestValueConstructorsNormaliseAbsent(t *testing.T) {
	arr := Array(String("a"), Value{}, Int(7))
	if got := string(arr.AppendJSON(nil)); got != `["a",null,7]` {
		t.Errorf("array: %s", got)
	}
	obj, err := Object(Member{"b", Value{}}, Member{"a", Bool(true)})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(obj.AppendJSON(nil)); got != `{"a":true}` {
		t.Errorf("object: %s", got)
	}
	m := FromMap(map[string]Value{"x": {}, "y": Null()})
	if got := string(m.AppendJSON(nil)); got != `{"y":null}` {
		t.Errorf("map: %s", got)
	}
	if got := string(Value{}.AppendJSON([]byte("x"))); got != "x" {
		t.Errorf("absent appends nothing, got %s", got)
	}
}

func mustObject(ms ...Member) Value {
	v, err := Object(ms...)
	if err != nil {
		panic(err)
	}
	return v
}
