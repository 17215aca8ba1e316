package jsonvalue_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/jsonvalue"
)

// TestStdJSON: a Value in a struct goes through encoding/json as the JSON it
// holds; omitzero leaves an absent one out; fmt prints its JSON.
func TestStdJSON(t *testing.T) {
	obj, err := jsonvalue.Object(jsonvalue.Member{Key: "z", Value: jsonvalue.Int(1)},
		jsonvalue.Member{Key: "a", Value: jsonvalue.Array(jsonvalue.String("x"), jsonvalue.Null(), jsonvalue.Bool(true))})
	if err != nil {
		t.Fatal(err)
	}
	num, _ := jsonvalue.Number("1.50")
	type doc struct {
		V    jsonvalue.Value `json:"v"`
		N    jsonvalue.Value `json:"n"`
		Gone jsonvalue.Value `json:"gone,omitzero"`
		Nil  jsonvalue.Value `json:"nil"`
		Abs  jsonvalue.Value `json:"abs"`
	}
	b, err := json.Marshal(doc{V: obj, N: num, Nil: jsonvalue.Null()})
	const want = `{"v":{"a":["x",null,true],"z":1},"n":1.50,"nil":null,"abs":null}`
	if err != nil || string(b) != want {
		t.Fatalf("Marshal = %s, %v; want %s", b, err, want)
	}
	var back doc
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !back.V.Equal(obj) || !back.N.Equal(num) || back.Nil.Kind() != jsonvalue.KindNull || !back.Gone.IsAbsent() {
		t.Errorf("Unmarshal = %+v", back)
	}
	if got := fmt.Sprint(obj, "|", jsonvalue.Value{}, "|"); got != `{"a":["x",null,true],"z":1}||` {
		t.Errorf("fmt = %s", got)
	}
	if !(jsonvalue.Value{}).IsZero() || jsonvalue.Null().IsZero() {
		t.Error("IsZero")
	}
}

// TestUnmarshalErrors: what the decoders refuse, UnmarshalJSON refuses, with a
// fielderr.List, and leaves the value unchanged.
func TestUnmarshalErrors(t *testing.T) {
	deep := strings.Repeat("[", 40) + strings.Repeat("]", 40)
	for in, code := range map[string]fielderr.Code{
		`{"a":1,"a":2}`: fielderr.CodeDuplicateKey,
		`[1,]`:          fielderr.CodeSyntax,
		`1 2`:           fielderr.CodeSyntax,
		"\"\xff\"":      fielderr.CodeSyntax,
		deep:            fielderr.CodeTooLarge,
		``:              fielderr.CodeSyntax,
	} {
		v := jsonvalue.Int(3)
		err := v.UnmarshalJSON([]byte(in))
		var l fielderr.List
		if !errors.As(err, &l) || !errors.Is(err, code) || !v.Equal(jsonvalue.Int(3)) {
			t.Errorf("UnmarshalJSON(%.20q) = %v, left %v; want %s and no change", in, err, v, code)
		}
	}
}

// FuzzUnmarshalJSON: what UnmarshalJSON accepts, encoding/json reads as the
// same value (numbers as their literal text), and the canonical text reads
// back Equal.
func FuzzUnmarshalJSON(f *testing.F) {
	for _, s := range []string{`{"b":[1,2.50,"x"],"a":{"c":null,"d":true}}`, `"\u00e9\ud83d\ude00"`, `-0.0e+1`, `[]`, `{}`, `{"a":1,"a":2}`, `[[[[[]]]]]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v jsonvalue.Value
		if err := v.UnmarshalJSON(data); err != nil {
			var l fielderr.List
			if !errors.As(err, &l) || len(l) == 0 {
				t.Fatalf("error %v is not a fielderr.List", err)
			}
			return
		}
		if !json.Valid(data) {
			t.Fatalf("accepted what encoding/json refuses: %q", data)
		}
		text := v.String()
		if !reflect.DeepEqual(stdRead(t, []byte(text)), stdRead(t, data)) {
			t.Fatalf("%q reads as %s, which encoding/json reads otherwise", data, text)
		}
		var again jsonvalue.Value
		if err := again.UnmarshalJSON([]byte(text)); err != nil || !again.Equal(v) || again.String() != text {
			t.Fatalf("canonical text %s does not read back: %v", text, err)
		}
	})
}

func stdRead(t *testing.T, b []byte) any {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("encoding/json: %v", err)
	}
	return v
}
