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
