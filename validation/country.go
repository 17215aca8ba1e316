package validation

// countryCodes holds Primer's CountryCodeEnum, the officially assigned
// ISO 3166-1 alpha-2 codes, as 249 sorted pairs of letters. A constant, so no
// one can change it; TestCountryTableMatchesOpenAPI compares it, code for
// code, with the enum of the reference OpenAPI file in testdata.
const countryCodes = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW"

// numCountries is the number of codes in countryCodes.
const numCountries = len(countryCodes) / 2

// isCountry reports whether s is one of Primer's country codes: exactly two
// upper-case ASCII letters that ISO 3166-1 officially assigns. Reserved and
// withdrawn codes that other parsers accept (UK, XK, AN, YU, FX, EU) are not
// countries here.
func isCountry(s string) bool {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return false
	}
	lo, hi := 0, numCountries
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		c := countryCodes[2*m : 2*m+2]
		switch {
		case c == s:
			return true
		case c < s:
			lo = m + 1
		default:
			hi = m
		}
	}
	return false
}
