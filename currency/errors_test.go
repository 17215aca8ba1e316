package currency

import (
	"errors"
	"testing"
)

// The error messages name the input and say what is wrong; each error type
// unwraps to its sentinel.
func TestErrorMessages(t *testing.T) {
	_, err := ParseRoundingMode("nearest")
	var re *RoundingModeError
	if !errors.As(err, &re) || !errors.Is(err, ErrRoundingMode) ||
		err.Error() != `currency: "nearest": unknown rounding mode (want exact, half-even, half-up, half-down, up, down, ceiling or floor)` {
		t.Errorf("rounding mode: %v", err)
	}

	_, err = Format(700, MustParse("USD"), "not a locale!")
	var le *LocaleError
	if !errors.As(err, &le) || !errors.Is(err, ErrLocale) || err.Error() != `currency: locale "not a locale!": invalid locale: tag is not well-formed: language is not 2-3 or 5-8 letters` {
		t.Errorf("locale: %v", err)
	}

	for name, f := range map[string]func() error{
		"Format":  func() error { _, err := Format(700, Code{}, "en-US"); return err },
		"Symbol":  func() error { _, err := Symbol(Code{}, "en-US"); return err },
		"ToMajor": func() error { _, err := ToMajor(700, Code{}); return err },
	} {
		err := f()
		var ae *AmountError
		if !errors.As(err, &ae) || !errors.Is(err, ErrInvalidCode) {
			t.Errorf("%s of the zero Code: %v, want an AmountError wrapping ErrInvalidCode", name, err)
			continue
		}
		if want := `currency: amount "` + ae.Input + `" (no currency): ` + ErrInvalidCode.Error(); err.Error() != want {
			t.Errorf("%s of the zero Code: message %q, want %q", name, err.Error(), want)
		}
	}
	if _, err := Symbol(MustParse("USD"), "zz-"); !errors.Is(err, ErrLocale) {
		t.Errorf("Symbol with a malformed locale: %v", err)
	}
}
