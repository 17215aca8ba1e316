package provider

import "testing"

// TestBuiltinIndexes: the functions of the built-in profiles return the
// profile of their name, and each table is built once (the same one on
// every call, so Profiles compare equal).
func TestBuiltinIndexes(t *testing.T) {
	for name, f := range map[string]func() Profile{
		"iso": ISO, "primer": Primer, "komoju": Komoju, "stripe": Stripe,
		"adyen": Adyen, "checkout": Checkout, "paypal": PayPal,
	} {
		p := f()
		if p.Name() != name {
			t.Errorf("%s() is %q", name, p.Name())
		}
		if l, ok := Lookup(name); !ok || l != p || f() != p {
			t.Errorf("Lookup(%q) = %v, %v: not the same profile as %s()", name, l.Name(), ok, name)
		}
	}
	if len(builtinNames) != len(builtins) {
		t.Fatalf("%d names, %d tables", len(builtinNames), len(builtins))
	}
	for i, p := range Builtin() {
		if p.Name() != builtinNames[i] {
			t.Errorf("Builtin()[%d] is %q, want %q", i, p.Name(), builtinNames[i])
		}
	}
}
