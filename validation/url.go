package validation

import (
	"net/url"
	"strings"
)

// isHTTPURL reports whether s is an absolute http or https URL with a host:
// "https://shop.example/done?x=1" is one; "/done", "shop.example/done",
// "ftp://shop.example" and "https:///done" are not. Spaces and control
// characters are not allowed anywhere.
func isHTTPURL(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] == 0x7f {
			return false
		}
	}
	u, err := url.Parse(s)
	if err != nil || u.Opaque != "" || u.Host == "" || u.Hostname() == "" {
		return false
	}
	return strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https")
}
