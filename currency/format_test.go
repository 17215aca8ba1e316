package currency

import (
	"errors"
	"math"
	"testing"
)

func TestFormat(t *testing.T) {
	tests := []struct {
		minor  int64
		code   string
		locale string
		want   string
	}{
		{700, "USD", "en-US", "$7.00"},
		{100, "JPY", "ja-JP", "￥100"},
		{700, "EUR", "de-DE", "7,00\u00a0€"},
		{4999, "GBP", "en-GB", "£49.99"},
		{1234, "IQD", "en-US", "IQD\u00a01.234"},
		{1234567, "IQD", "de-DE", "1.234,567\u00a0IQD"},
		// x/text (CLDR 32) gives ar Arabic-Indic digits; CLDR 48 would use Latin ones.
		{1234, "KWD", "ar", "\u200f١٫٢٣٤\u00a0د.ك.\u200f"},
		{700, "XCG", "en-US", "XCG\u00a07.00"},
		{700, "ZWG", "en-US", "ZWG\u00a07.00"},
		{700, "VES", "es-VE", "VES\u00a07,00"},
		{-700, "USD", "en-US", "-$7.00"},
		{-5, "USD", "en-US", "-$0.05"},
		{-700, "EUR", "de-DE", "-7,00\u00a0€"},
		{-700, "CHF", "de-CH", "CHF-7.00"},
		{700, "CHF", "de-CH", "CHF\u00a07.00"},
		{123456789, "INR", "hi-IN", "₹12,34,567.89"},
		{123456, "USD", "en-GB", "US$1,234.56"},
		// x/text (CLDR 32) groups fr with U+00A0; CLDR 48 has U+202F.
		{123456, "EUR", "fr-FR", "1\u00a0234,56\u00a0€"},
		{1234567, "EUR", "es", "12.345,67\u00a0€"},
		{0, "USD", "en", "$0.00"},
		{12345, "CLF", "es-CL", "CLF\u00a01,2345"},
		{math.MinInt64, "USD", "en-US", "-$92,233,720,368,547,758.08"},
		{700, "USD", "fa", "\u200e$\u00a0۷٫۰۰"},
	}
	for _, tt := range tests {
		got, err := Format(tt.minor, MustParse(tt.code), tt.locale)
		if err != nil || got != tt.want {
			t.Errorf("Format(%d, %s, %q) = %q, %v; want %q", tt.minor, tt.code, tt.locale, got, err, tt.want)
		}
	}
}

func TestFormatErrors(t *testing.T) {
	for _, loc := range []string{"", "zz", "xx-YY", "und", "en US", "12"} {
		_, err := Format(700, MustParse("USD"), loc)
		var le *LocaleError
		if !errors.Is(err, ErrLocale) || !errors.As(err, &le) || le.Input != loc {
			t.Errorf("Format(locale %q) error %v, want ErrLocale", loc, err)
		}
	}
	if _, err := Format(1, MustParse("XAU"), "en-US"); !errors.Is(err, ErrNoMinorUnit) {
		t.Errorf("Format XAU: %v", err)
	}
}

func TestSymbol(t *testing.T) {
	for _, tt := range []struct{ code, locale, want string }{
		{"USD", "en-US", "$"}, {"USD", "en-GB", "US$"}, {"JPY", "ja-JP", "￥"}, {"XCG", "en", "XCG"},
	} {
		if got, err := Symbol(MustParse(tt.code), tt.locale); err != nil || got != tt.want {
			t.Errorf("Symbol(%s, %s) = %q, %v; want %q", tt.code, tt.locale, got, err, tt.want)
		}
	}
}
