package session

import "strconv"

func itoa(i int) string { return strconv.Itoa(i) }

func quote(s string) string {
	if len(s) > 64 {
		s = s[:64] + "…"
	}
	return strconv.Quote(s)
}
