package propgen

import (
	"math/rand"
	"reflect"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"
)

func TestFromRand(t *testing.T) {
	g := FromRand(func(r *rand.Rand) int { return r.Intn(10) })
	res := g(gopter.DefaultGenParameters())
	v, ok := res.Retrieve()
	if !ok || res.ResultType != reflect.TypeFor[int]() {
		t.Fatalf("FromRand gave %v (%v), type %v", v, ok, res.ResultType)
	}
	if n := v.(int); n < 0 || n >= 10 {
		t.Errorf("value %d outside the function's range", n)
	}
	// The same seed gives the same values, so a failure can be replayed.
	a := g(gopter.DefaultGenParameters().CloneWithSeed(42))
	b := g(gopter.DefaultGenParameters().CloneWithSeed(42))
	av, _ := a.Retrieve()
	bv, _ := b.Retrieve()
	if av != bv {
		t.Errorf("seed 42 gave %v and %v", av, bv)
	}
}

func TestPick(t *testing.T) {
	p := gopter.NewProperties(gopter.DefaultTestParameters())
	xs := []string{"a", "b", "c"}
	p.Property("Pick returns an element", prop.ForAll(func(seed int64) bool {
		got := Pick(rand.New(rand.NewSource(seed)), xs...)
		return got == "a" || got == "b" || got == "c"
	}, FromRand(func(r *rand.Rand) int64 { return r.Int63() })))
	p.TestingRun(t)
}
