// Package propgen adapts plain functions of a random source to gopter
// generators, for the property tests of every package. Writing a domain
// generator as func(*rand.Rand) T keeps it readable (ordinary Go, with the
// distribution visible in the code) while gopter still drives it: the seed
// gopter prints on a failure replays the same values.
package propgen

import (
	"math/rand"
	"reflect"

	"github.com/leanovate/gopter"
)

// FromRand returns a gopter generator whose values are f of gopter's random
// source. The values are not shrunk.
func FromRand[T any](f func(r *rand.Rand) T) gopter.Gen {
	return func(p *gopter.GenParameters) *gopter.GenResult {
		res := gopter.NewGenResult(f(p.Rng), gopter.NoShrinker)
		res.ResultType = reflect.TypeFor[T]()
		return res
	}
}

// Pick returns one of xs, chosen by r. It panics if xs is empty.
func Pick[T any](r *rand.Rand, xs ...T) T { return xs[r.Intn(len(xs))] }
