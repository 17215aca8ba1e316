package validation

import (
	"errors"
	"testing"

	"github.com/paysession/paysession/fielderr"
)

// Validation writes member paths by the decoders' rule, so a decoding
// problem and a rule problem at the same member have the same path.
func TestMemberPathsMatchTheDecoder(t *testing.T) {
	_, err := PrimerJSON([]byte(`{"metadata":{"$ref":true,"a b":1.5,"it's":null,"ok":"x","_x1":[1]}}`))
	var l fielderr.List
	if !errors.As(err, &l) {
		t.Fatalf("want an ErrorList, got %v", err)
	}
	want := []string{"$.metadata.$ref", "$.metadata._x1", "$.metadata['a b']", "$.metadata['it\\'s']"}
	if len(l) != len(want) {
		t.Fatalf("got %v, want paths %q", l, want)
	}
	for i, e := range l {
		if e.Path != want[i] || e.Code != CodeMetadataValue {
			t.Errorf("error %d: %s %s, want %s %s", i, e.Path, e.Code, want[i], CodeMetadataValue)
		}
	}
	// The decoder reports a duplicate key at the same kind of path.
	_, err = PrimerJSON([]byte(`{"metadata":{"$ref":"a","$ref":"b"}}`))
	if !errors.As(err, &l) || len(l) != 1 || l[0].Path != "$.metadata.$ref" {
		t.Errorf("duplicate key: %v", err)
	}
}
