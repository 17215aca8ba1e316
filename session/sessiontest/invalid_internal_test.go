package sessiontest

import (
	"errors"
	"math/rand"
	"testing"

	"github.com/paysession/paysession/fielderr"
	"github.com/paysession/paysession/validation"
)

// Every mutation, on many bases, gives exactly its one error.
func TestEveryMutation(t *testing.T) {
	cfg := newConfig([]Option{Seed(1)})
	r := rand.New(rand.NewSource(1))
	for kind := range mutations {
		for range 50 {
			c := randInvalid(r, &cfg)
			base := randParams(r, &cfg)
			if !applicable(base, kind, 0) {
				continue
			}
			if _, ok := validSession(base); !ok {
				t.Fatalf("base session invalid: %s", mustNew(base).AppendRequestJSON(nil))
			}
			c = breakParams(base, kind, 0)
			_, err := validation.PrimerJSON(c.JSON)
			var list fielderr.List
			if !errors.As(err, &list) || len(list) != 1 || list[0].Path != c.Path || list[0].Code != c.Code {
				t.Fatalf("mutation %d: want %s %s, got %v\n%s", kind, c.Path, c.Code, err, c.JSON)
			}
		}
	}
}
