package currency

import (
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
)

// genTag draws a locale tag: a CLDR locale or default-content ID, as
// written or in other letter case.
func genTag() gopter.Gen {
	var tags []interface{}
	for _, l := range cldrLocales {
		tags = append(tags, l.id)
	}
	for _, t := range defaultContentTags {
		tags = append(tags, t)
	}
	return gopter.CombineGens(gen.OneConstOf(tags...), gen.Bool()).Map(func(v []interface{}) string {
		if v[1].(bool) {
			return strings.ToUpper(v[0].(string))
		}
		return v[0].(string)
	})
}

func TestFormatLaws(t *testing.T) {
	properties := gopter.NewProperties(gopter.DefaultTestParameters())

	// Whatever the locale, the Latin digits of the text are the amount's
	// digits in plain notation (ToMajor), in order: nothing is lost,
	// rounded or added, for every int64.
	properties.Property("the digits of the text are ToMajor's", prop.ForAll(func(tag string, minor int64, c Code, d uint8, acc bool) bool {
		opts := []FormatOption{WithDisplay(Display(d % 3))}
		if acc {
			opts = append(opts, Accounting())
		}
		s, err := Format(minor, c, tag+"-u-nu-latn", opts...)
		major, _ := ToMajor(minor, c)
		return err == nil && asciiDigits(s) == asciiDigits(major)
	}, genTag(), genMinor(), genPaymentCode(), gen.UInt8(), gen.Bool()))

	// Letter case does not matter in a tag, and Format is AppendFormat.
	properties.Property("case-insensitive tags; Format = AppendFormat", prop.ForAll(func(tag string, minor int64, c Code) bool {
		a, err1 := Format(minor, c, tag)
		b, err2 := Format(minor, c, strings.ToLower(tag))
		buf, err3 := AppendFormat(nil, minor, c, tag)
		return err1 == nil && err2 == nil && err3 == nil && a == b && string(buf) == a
	}, genTag(), genMinor(), genPaymentCode()))

	// A negative amount never reads like its positive counterpart.
	properties.Property("negative and positive texts differ", prop.ForAll(func(tag string, minor int64, c Code, acc bool) bool {
		if minor <= 0 {
			minor = -minor + 1
		}
		var opts []FormatOption
		if acc {
			opts = append(opts, Accounting())
		}
		p, _ := Format(minor, c, tag, opts...)
		n, _ := Format(-minor, c, tag, opts...)
		return p != n
	}, genTag(), gen.Int64Range(0, 1<<62), genPaymentCode(), gen.Bool()))

	properties.TestingRun(t)
}
