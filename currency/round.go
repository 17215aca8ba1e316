package currency

// RoundsAway reports whether a value that lies strictly between two
// integers rounds away from zero under m, to the integer of larger
// magnitude. neg is the value's sign; q is its magnitude truncated toward
// zero (only its parity matters, for HalfEven); half compares the discarded
// fraction with one half: -1 below, 0 a tie, +1 above.
//
// It is the one rounding rule of the module: ToMinor, CashRound and every
// rate computation (package rate) round through it, so a mode means the same
// thing everywhere. Exact and undefined modes return false; callers report
// an inexact value under Exact themselves.
func (m RoundingMode) RoundsAway(neg bool, q uint64, half int) bool {
	return m.roundUp(neg, q, half)
}

// RoundMultiple rounds v to a multiple of step (> 0) with mode: with
// HalfEven, RoundMultiple(5124, 10, HalfEven) is 5120 and
// RoundMultiple(1050, 100, HalfUp) is 1100. A value that already is a
// multiple is returned unchanged, whatever the mode. With Exact (or an
// undefined mode) any other value is ErrInexact; a result outside int64 is
// ErrOverflow; a step ≤ 0 is ErrInexact. The errors are the bare sentinels
// (the caller knows the currency); RoundMultiple never allocates.
//
// "Half" modes compare the distance to the two neighbouring multiples; the
// even neighbour of HalfEven is the one whose quotient by step is even.
// CashRound is RoundMultiple with the cash increment.
func RoundMultiple(v, step int64, mode RoundingMode) (int64, error) {
	if step <= 0 {
		return 0, ErrInexact
	}
	neg := v < 0
	mag := magnitude(v)
	s := uint64(step)
	q, r := mag/s, mag%s
	if r == 0 {
		return v, nil
	}
	if mode == Exact || mode > Floor {
		return 0, ErrInexact
	}
	half := 0
	if r < s-r {
		half = -1
	} else if r > s-r {
		half = 1
	}
	if mode.roundUp(neg, q, half) {
		q++
	}
	if q > (1<<64-1)/s {
		return 0, ErrOverflow
	}
	out, ok := signed(neg, q*s)
	if !ok {
		return 0, ErrOverflow
	}
	return out, nil
}
