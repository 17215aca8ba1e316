package conformance

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCompareOutput(t *testing.T) {
	cases := []struct {
		want, got string
		match     bool
	}{
		{`{"a":1}`, `{"a":1,"b":2}`, true},                                   // top level constrains listed members only
		{`{"a":1}`, `{"a":2}`, false},                                        // values differ
		{`{"a":1}`, `{"a":"1"}`, false},                                      // types differ
		{`{"a":null}`, `{"b":1}`, true},                                      // null means null or absent
		{`{"a":null}`, `{"a":0}`, false},                                     //
		{`{"a":{"x":1}}`, `{"a":{"x":1,"y":2}}`, false},                      // nested objects are exact
		{`{"a":{"x":1,"message":"m"}}`, `{"a":{"x":1,"message":"n"}}`, true}, // messages ignored
		{`{"a":[1,2]}`, `{"a":[1,2,3]}`, false},                              // arrays exact
		{`{"a":[1,2]}`, `{"a":[2,1]}`, false},                                // order matters in arrays
		{`{"a":9223372036854775807}`, `{"a":9223372036854775807}`, true},
		{`{"a":9223372036854775807}`, `{"a":9223372036854775806}`, false}, // exact beyond float64
		{`{"a":1}`, `not json`, false},
	}
	for _, c := range cases {
		err := CompareOutput(json.RawMessage(c.want), []byte(c.got))
		if (err == nil) != c.match {
			t.Errorf("CompareOutput(%s, %s) = %v, want match=%v", c.want, c.got, err, c.match)
		}
	}
}

func TestCompareErrors(t *testing.T) {
	want := []WantError{{Path: "$.a", Code: "x"}, {Path: "$.b"}}
	if err := CompareErrors(want, []string{"$.a", "$.b"}, []string{"x", "y"}); err != nil {
		t.Error(err)
	}
	if err := CompareErrors(want, []string{"$.a", "$.b"}, []string{"z", "y"}); err == nil {
		t.Error("a wrong code must not match")
	}
	if err := CompareErrors(want, []string{"$.b", "$.a"}, nil); err == nil {
		t.Error("order must matter")
	}
	if err := CompareErrors(want, []string{"$.a"}, nil); err == nil {
		t.Error("a missing error must not match")
	}
	if got := StderrPaths("$.a: bad\n$.b: worse: really\n"); len(got) != 2 || got[0] != "$.a" || got[1] != "$.b" {
		t.Errorf("StderrPaths = %q", got)
	}
}

func TestLoadVectors(t *testing.T) {
	cases, err := Load("../../testdata/vectors")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 80 {
		t.Errorf("%d vectors, want at least 80", len(cases))
	}
	sections := map[string]bool{}
	for _, c := range cases {
		sections[c.Spec[:len("§1")]] = true
	}
	for _, s := range []string{"§1", "§2", "§3", "§4", "§5", "§6", "§7", "§8"} {
		if !sections[s] {
			t.Errorf("no vector checks SPEC %s", s)
		}
	}
}

func TestLoadRejectsBadFiles(t *testing.T) {
	cases := map[string]string{
		"duplicate name": `{"topic":"t","cases":[{"name":"a","spec":"§1","op":"major"},{"name":"a","spec":"§1","op":"major"}]}`,
		"unknown op":     `{"topic":"t","cases":[{"name":"a","spec":"§1","op":"divide"}]}`,
		"no section":     `{"topic":"t","cases":[{"name":"a","op":"major"}]}`,
		"unknown member": `{"topic":"t","cases":[{"name":"a","spec":"§1","op":"major","expect":{}}]}`,
		"not JSON":       `{"topic":`,
	}
	for name, data := range cases {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "x.json"), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(dir); err == nil {
			t.Errorf("%s: Load accepted %s", name, data)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "[")); err == nil {
		t.Error("Load accepted a malformed glob")
	}
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "d.json"), 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(dir); err == nil {
		t.Error("Load read a directory as a file")
	}
}

func TestCompareOutputShapes(t *testing.T) {
	long := `"` + strings.Repeat("x", 400) + `"`
	cases := []struct {
		want, got string
		match     bool
	}{
		{`[1]`, `[1]`, true},                  // non-object documents compare whole
		{`[1]`, `{"a":1}`, false},             //
		{`{"a":{"b":1}}`, `{"a":[1]}`, false}, // object against array
		{`{"a":[1]}`, `{"a":{"b":1}}`, false}, // array against object
		{`{"a":{"b":1}}`, `{"a":{}}`, false},  // missing nested member
		{`{"a":1}`, `{}`, false},              // missing top-level member
		{`{"a":` + long + `}`, `{"a":"y"}`, false},
		{`{"a":1} x`, `{"a":1}`, false}, // trailing data in want
	}
	for _, c := range cases {
		err := CompareOutput(json.RawMessage(c.want), []byte(c.got))
		if (err == nil) != c.match {
			t.Errorf("CompareOutput(%.40s, %s) = %v, want match=%v", c.want, c.got, err, c.match)
		}
		if err != nil && len(err.Error()) > 1000 {
			t.Errorf("message not cut: %d bytes", len(err.Error()))
		}
	}
	if s := show(func() {}); s == "" {
		t.Error("show of an unmarshalable value is empty")
	}
}
