package doccheck

import (
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
)

// missing is one undocumented name: where it is and what it is ("func F",
// "method T.M", "type T", "const C", "var V", "package p").
type missing struct {
	pos  token.Position
	what string
}

// check returns the undocumented names of one package, given all its
// non-test files, in source order.
func check(fset *token.FileSet, files []*ast.File) []missing {
	var out []missing
	add := func(p token.Pos, what string) {
		out = append(out, missing{pos: fset.Position(p), what: what})
	}
	if len(files) > 0 && !slices.ContainsFunc(files, func(f *ast.File) bool { return f.Doc != nil }) {
		add(files[0].Package, "package "+files[0].Name.Name)
	}
	for _, f := range files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() || d.Doc != nil {
					continue
				}
				if d.Recv == nil {
					add(d.Pos(), "func "+d.Name.Name)
					continue
				}
				if recv := receiverName(d.Recv.List[0].Type); ast.IsExported(recv) {
					add(d.Pos(), "method "+recv+"."+d.Name.Name)
				}
			case *ast.GenDecl:
				grouped := d.Lparen.IsValid()
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() && s.Doc == nil && d.Doc == nil {
							add(s.Pos(), "type "+s.Name.Name)
						}
					case *ast.ValueSpec:
						documented := d.Doc != nil || s.Doc != nil || (grouped && s.Comment != nil)
						for _, n := range s.Names {
							if n.IsExported() && !documented {
								add(n.Pos(), d.Tok.String()+" "+n.Name)
							}
						}
					}
				}
			}
		}
	}
	return out
}

// receiverName returns the type name of a method receiver: T for T, *T,
// T[P] and *T[P, Q].
func receiverName(e ast.Expr) string {
	for {
		switch t := e.(type) {
		case *ast.StarExpr:
			e = t.X
		case *ast.ParenExpr:
			e = t.X
		case *ast.IndexExpr:
			e = t.X
		case *ast.IndexListExpr:
			e = t.X
		case *ast.Ident:
			return t.Name
		default:
			return ""
		}
	}
}

// moduleRoot returns the directory of the go.mod above the working
// directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// TestModuleDocumented checks every package of the module.
func TestModuleDocumented(t *testing.T) {
	root := moduleRoot(t)
	var problems []string
	packages := 0
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() {
			return nil
		}
		name := e.Name()
		if path != root {
			if name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
				return filepath.SkipDir // another module
			}
		}
		pkg, err := build.Default.ImportDir(path, 0)
		if err != nil {
			var noGo *build.NoGoError
			if errors.As(err, &noGo) {
				return nil
			}
			return err
		}
		if len(pkg.GoFiles) == 0 {
			return nil // tests only, such as this package
		}
		packages++
		fset := token.NewFileSet()
		var files []*ast.File
		for _, name := range pkg.GoFiles {
			f, err := parser.ParseFile(fset, filepath.Join(path, name), nil, parser.ParseComments)
			if err != nil {
				return err
			}
			files = append(files, f)
		}
		for _, m := range check(fset, files) {
			rel, err := filepath.Rel(root, m.pos.Filename)
			if err != nil {
				rel = m.pos.Filename
			}
			problems = append(problems, fmt.Sprintf("%s:%d: %s has no doc comment", rel, m.pos.Line, m.what))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The module has currency, session, pricing, validation, warnings,
	// cmd/paysession and the internal packages: finding fewer means the walk
	// is broken, not that everything is documented.
	if packages < 8 {
		t.Fatalf("found only %d packages under %s", packages, root)
	}
	if len(problems) > 0 {
		t.Errorf("%d exported names without documentation:\n%s", len(problems), strings.Join(problems, "\n"))
	}
}

// checkSource runs check on one source text and returns the undocumented
// names.
func checkSource(t *testing.T, src string) []string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, parser.ParseComments)
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	var names []string
	for _, m := range check(fset, []*ast.File{f}) {
		names = append(names, m.what)
	}
	return names
}

func TestCheckTable(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "documented package",
			src: `// Package p is documented.
package p

// F is documented.
func F() {}

func f() {}

// T is documented.
type T struct{}

// M is documented.
func (T) M() {}

func (*T) m() {}

type u int

func (u) Exported() {}

// G is generic.
type G[P any] struct{}

// Get is documented.
func (G[P]) Get() {}

// C is documented.
const C = 1

// The group comment documents A and B.
const (
	A = iota
	B
)

var (
	// X is documented above.
	X = 1
	Y = 2 // Y is documented on its line.
)
`,
			want: nil,
		},
		{
			name: "everything missing",
			src: `package p

func F() {}

type T struct{}

func (T) M() {}

func (*T) N() {}

type G[P, Q any] struct{}

func (*G[P, Q]) Get() {}

const C = 1 // an ungrouped line comment is not a doc comment

const (
	A = iota
	b
	D
)

var V, W = 1, 2

type (
	// S is documented.
	S int
	R int
)
`,
			want: []string{
				"package p", "func F", "type T", "method T.M", "method T.N", "type G", "method G.Get",
				"const C", "const A", "const D", "var V", "var W", "type R",
			},
		},
		{
			name: "grouped types share the group comment",
			src: `// Package p is documented.
package p

// Types.
type (
	S int
	R int
)
`,
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkSource(t, tt.src)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// decl is a randomly generated top-level declaration; the generators below
// are the package's only ones.
type decl struct {
	Kind     int // 0 func, 1 method, 2 type, 3 const, 4 var
	Exported bool
	Doc      bool
	// Grouped: for types, constants and variables, the declaration is a
	// parenthesized group of Members with an optional GroupDoc.
	Grouped  bool
	GroupDoc bool
	Members  []member
	// RecvExported and Pointer shape a method's receiver.
	RecvExported bool
	Pointer      bool
}

// member is one name in a group.
type member struct {
	Exported bool
	Doc      bool // a comment above the name
	Line     bool // a comment at the end of the name's line
}

func genMember() gopter.Gen {
	return gen.Struct(reflect.TypeOf(member{}), map[string]gopter.Gen{
		"Exported": gen.Bool(),
		"Doc":      gen.Bool(),
		"Line":     gen.Bool(),
	})
}

func genDecl() gopter.Gen {
	return gen.Struct(reflect.TypeOf(decl{}), map[string]gopter.Gen{
		"Kind":         gen.IntRange(0, 4),
		"Exported":     gen.Bool(),
		"Doc":          gen.Bool(),
		"Grouped":      gen.Bool(),
		"GroupDoc":     gen.Bool(),
		"Members":      gen.SliceOfN(3, genMember()),
		"RecvExported": gen.Bool(),
		"Pointer":      gen.Bool(),
	})
}

// render writes the declarations as a Go file and returns it with the
// names the rules say are undocumented, in source order. The rules are
// stated here directly on the generated shape, independently of check.
func render(pkgDoc bool, decls []decl) (src string, want []string) {
	var b strings.Builder
	if pkgDoc {
		b.WriteString("// Package p is generated.\n")
	} else {
		want = append(want, "package p")
	}
	b.WriteString("package p\n\n")
	name := func(exported bool, i int, j int) string {
		if exported {
			return fmt.Sprintf("N%d_%d", i, j)
		}
		return fmt.Sprintf("n%d_%d", i, j)
	}
	comment := func(on bool, indent string) {
		if on {
			b.WriteString(indent + "// A comment.\n")
		}
	}
	for i, d := range decls {
		n := name(d.Exported, i, 0)
		switch d.Kind {
		case 0:
			comment(d.Doc, "")
			fmt.Fprintf(&b, "func %s() {}\n\n", n)
			if d.Exported && !d.Doc {
				want = append(want, "func "+n)
			}
		case 1:
			recv := name(d.RecvExported, i, 9)
			fmt.Fprintf(&b, "// A receiver.\ntype %s int\n\n", recv)
			star := ""
			if d.Pointer {
				star = "*"
			}
			comment(d.Doc, "")
			fmt.Fprintf(&b, "func (%s%s) %s() {}\n\n", star, recv, n)
			if d.Exported && d.RecvExported && !d.Doc {
				want = append(want, "method "+recv+"."+n)
			}
		case 2, 3, 4:
			kw := [...]string{2: "type", 3: "const", 4: "var"}[d.Kind]
			value := map[string]string{"type": " int", "const": " = 1", "var": " = 1"}[kw]
			if !d.Grouped {
				comment(d.Doc, "")
				fmt.Fprintf(&b, "%s %s%s\n\n", kw, n, value)
				if d.Exported && !d.Doc {
					want = append(want, kw+" "+n)
				}
				continue
			}
			comment(d.GroupDoc, "")
			fmt.Fprintf(&b, "%s (\n", kw)
			for j, m := range d.Members {
				mn := name(m.Exported, i, j+1)
				comment(m.Doc, "\t")
				fmt.Fprintf(&b, "\t%s%s", mn, value)
				if m.Line {
					b.WriteString(" // A line comment.")
				}
				b.WriteString("\n")
				// A line comment documents a constant or variable of a
				// group, not a type (go doc does not show it as the
				// type's documentation).
				documented := d.GroupDoc || m.Doc || (m.Line && kw != "type")
				if m.Exported && !documented {
					want = append(want, kw+" "+mn)
				}
			}
			b.WriteString(")\n\n")
		}
	}
	return b.String(), want
}

func TestCheckProperties(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())
	properties.Property("check reports exactly the undocumented exported names", prop.ForAll(
		func(pkgDoc bool, decls []decl) bool {
			src, want := render(pkgDoc, decls)
			got := checkSource(t, src)
			if !slices.Equal(got, want) {
				t.Logf("source:\n%s\ngot  %q\nwant %q", src, got, want)
				return false
			}
			return true
		},
		gen.Bool(), gen.SliceOf(genDecl()),
	))
	properties.Property("adding a doc comment to every declaration leaves nothing to report", prop.ForAll(
		func(decls []decl) bool {
			for i := range decls {
				decls[i].Doc, decls[i].GroupDoc = true, true
			}
			src, _ := render(true, decls)
			return len(checkSource(t, src)) == 0
		},
		gen.SliceOf(genDecl()),
	))
	properties.TestingRun(t)
}
