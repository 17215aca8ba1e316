package validation

// countryCodes holds Primer's CountryCodeEnum, the officially assigned
// ISO 3166-1 alpha-2 codes, as 249 sorted pairs of letters. A constant, so no
// one can change it; TestCountryTableMatchesOpenAPI compares it, code for
// code, with the enum of the reference OpenAPI file in testdata.
const countryCodes = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW"

// isCountry reports whether s is one of Primer's country codes: exactly two
// upper-case ASCII letters that ISO 3166-1 officially assigns. Reserved and
// withdrawn codes that other parsers accept (UK, XK, AN, YU, FX, EU) are not
// countries here.
func isCountry(s string) bool {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return false
	}
	i := uint(s[0]-'A')*26 + uint(s[1]-'A')
	return countrySet[i/64]&(1<<(i%64)) != 0
}

// countrySet has bit 26·(first letter) + (second letter) set for every code
// of countryCodes: one load and a mask per lookup. It is computed once, at
// package initialisation, from the constant, and never written again.
var countrySet = func() (set [(26*26 + 63) / 64]uint64) {
	for k := 0; k < len(countryCodes); k += 2 {
		i := uint(countryCodes[k]-'A')*26 + uint(countryCodes[k+1]-'A')
		set[i/64] |= 1 << (i % 64)
	}
	return set
}()
