package currency

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestFormat(t *testing.T) {
	tests := []struct {
		minor  int64
		code   string
		locale string
		want   string
	}{
		// Every want below is what Node 20's Intl.NumberFormat (ICU 78.2,
		// CLDR 48) prints with the ISO number of decimals forced.
		{700, "USD", "en-US", "$7.00"},
		{100, "JPY", "ja-JP", "\uffe5100"},
		{700, "EUR", "de-DE", "7,00\u00a0\u20ac"},
		{4999, "GBP", "en-GB", "\u00a349.99"},
		{1234, "IQD", "en-US", "IQD\u00a01.234"},
		{1234567, "IQD", "de-DE", "1.234,567\u00a0IQD"},
		{1234, "KWD", "ar", "\u200f1.234\u00a0\u062f.\u0643.\u200f"},
		{700, "XCG", "en-US", "Cg.\u00a07.00"},
		{700, "ZWG", "en-US", "ZWG\u00a07.00"},
		{700, "VES", "es-VE", "Bs.S\u00a07,00"},
		{-700, "USD", "en-US", "-$7.00"},
		{-5, "USD", "en-US", "-$0.05"},
		{-700, "EUR", "de-DE", "-7,00\u00a0\u20ac"},
		{-700, "CHF", "de-CH", "CHF-7.00"},
		{700, "CHF", "de-CH", "CHF\u00a07.00"},
		{123456789, "INR", "hi-IN", "\u20b912,34,567.89"},
		{123456, "USD", "en-GB", "US$1,234.56"},
		{123456, "EUR", "fr-FR", "1\u202f234,56\u00a0\u20ac"},
		{1234567, "EUR", "es", "12.345,67\u00a0\u20ac"},
		{123456, "EUR", "es-ES", "1234,56\u00a0\u20ac"},
		{123456, "EUR", "de-AT", "\u20ac\u00a01.234,56"},
		{0, "USD", "en", "$0.00"},
		{12345, "CLF", "es-CL", "CLF\u00a01,2345"},
		{math.MinInt64, "USD", "en-US", "-$92,233,720,368,547,758.08"},
		{700, "USD", "fa", "\u200e$\u06f7\u066b\u06f0\u06f0"},
		{12345, "EGP", "ar-EG", "\u200f\u0661\u0662\u0663\u066b\u0664\u0665\u00a0\u062c.\u0645.\u200f"},
		{-500, "SEK", "sv-SE", "\u22125,00\u00a0kr"},
		{123456, "CHF", "fr-CH", "1\u202f234.56\u00a0CHF"},
		{10000, "CNY", "zh-CN", "\u00a5100.00"},
		{10000, "THB", "th-TH", "\u0e3f100.00"},
		{1000, "ISK", "is-IS", "1.000\u00a0kr."},
		{1000, "XOF", "fr-SN", "1\u202f000\u00a0F\u202fCFA"},
		{123456, "NOK", "no-NO", "1\u00a0234,56\u00a0kr"},
		{123456, "USD", "iw", "\u200f1,234.56\u00a0\u200f$"},
		{12345, "EGP", "ar-EG-u-nu-latn", "\u200f123.45\u00a0\u062c.\u0645.\u200f"},
		{123456, "USD", "zh-TW", "US$1,234.56"},
		// A CLDR locale ICU does not carry is shortened to one it does, as
		// Intl does: az-Arab-IQ is az, en-Shaw en, kk-AF kk.
		{-123456, "AED", "az-Arab-IQ", "-1.234,56\u00a0AED"},
		{123456, "EUR", "en-Shaw", "\u20ac1,234.56"},
		{123456, "EUR", "ku-Arab", "1.234,56\u00a0\u20ac"},
		{123456, "KZT", "kk-AF", "1\u00a0234,56\u00a0\u20b8"},
		{123456, "EUR", "de-1996", "1.234,56\u00a0\u20ac"},
		{123456, "EUR", "sat-Deva", "\u20ac\u00a0\u1c51,\u1c52\u1c53\u1c54.\u1c55\u1c56"},
		{123456, "EUR", "ms-Arab-BN", "\u20ac1,234.56"},
		// CLDR 48's language aliases, as Intl applies them.
		{123456, "EUR", "kmr", "1.234,56\u00a0\u20ac"},
		{123456, "CNY", "cmn", "\u00a51,234.56"},
		{123456, "MDL", "mo", "1.234,56\u00a0MDL"},
		// "und" is root (Intl would use its default locale instead), and so
		// is a language ICU has no data for (Swati: Intl's default locale).
		{123456, "EUR", "und", "\u20ac\u00a01,234.56"},
		{123456, "USD", "ss", "US$\u00a01,234.56"},
		// Well-formed tags x/text's data does not know: shortened as Intl
		// shortens them, an unknown language is root.
		{123456, "USD", "xx-YY", "US$\u00a01,234.56"},
		{123456789, "USD", "en-Abcd-IN", "$1,234,567.89"},
		{123456789, "USD", "en-IN-posix", "$12,34,567.89"},
		{123456, "USD", "ar-EG-u-nu-latn-nu-arab", "\u200f1,234.56\u00a0US$"},
		{123456, "USD", "hi-IN-t-en-u-nu-deva", "$\u0967,\u0968\u0969\u096a.\u096b\u096c"},
	}
	for _, tt := range tests {
		got, err := Format(tt.minor, MustParse(tt.code), tt.locale)
		if err != nil || got != tt.want {
			t.Errorf("Format(%d, %s, %q) = %q, %v; want %q", tt.minor, tt.code, tt.locale, got, err, tt.want)
		}
	}
}

func TestFormatErrors(t *testing.T) {
	for _, loc := range []string{"", "z", "xxxx-YY", "as-t-00-0a", "en-t-a0", "en-a-0", "x-private", "en-US-US", "de-1996-1996", "en-u-nu-latn-u-ca-buddhist", "en US", "12", "en_US", "xx-YY-!!", strings.Repeat("a", 1000), "en-US-u-nu-", "TW-", "cmn--TW", "mo_MD"} {
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
		{"USD", "en-US", "$"}, {"USD", "en-GB", "US$"}, {"JPY", "ja-JP", "￥"}, {"XCG", "en", "Cg."},
		{"ZWG", "en", "ZWG"}, // newer than CLDR 48: the ISO code
	} {
		if got, err := Symbol(MustParse(tt.code), tt.locale); err != nil || got != tt.want {
			t.Errorf("Symbol(%s, %s) = %q, %v; want %q", tt.code, tt.locale, got, err, tt.want)
		}
	}
}
