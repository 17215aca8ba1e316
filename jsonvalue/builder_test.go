package jsonvalue

import (
	"strings"
	"testing"

	"github.com/paysession/paysession/internal/jsonread"
	"github.com/paysession/paysession/internal/valueview"
)

// upper is a valueview.Strings that replaces every string by its upper case.
type upper struct{ n int }

func (u *upper) Str(s *string) { *s = strings.ToUpper(*s); u.n++ }

// TestViews: the builders of internal/valueview are installed, keep what
// they are given in key order, and Compact visits every string once.
func TestViews(t *testing.T) {
	b := valueview.Builder.(jsonread.Builder[Value])
	v := b.Object([]string{"b", "a"}, []Value{b.Array([]Value{b.String("x"), b.Number("1.50"), b.Bool(true), b.Null()}), b.String("y")})
	if got := v.String(); got != `{"a":"y","b":["x",1.50,true,null]}` {
		t.Fatalf("built %s", got)
	}
	o := valueview.Object.(func([]Member) Value)([]Member{{Key: "z", Value: Int(1)}, {Key: "m", Value: String("s")}})
	if got := o.String(); got != `{"m":"s","z":1}` {
		t.Errorf("Object = %s", got)
	}
	var u upper
	valueview.Compact.(func(*Value, valueview.Strings))(&v, &u)
	if got := v.String(); got != `{"A":"Y","B":["X",1.50,TRUE,null]}` || u.n != 9 { // seven values and two keys
		t.Errorf("compacted %s after %d strings", got, u.n)
	}
}
