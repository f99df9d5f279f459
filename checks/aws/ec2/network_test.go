package ec2

import "testing"

func TestPublicCIDR(t *testing.T) {
	for cidr, want := range map[string]bool{
		"0.0.0.0/0":     true,
		" 0.0.0.0/0":    true, //nolint:gocritic // a value with a stray space must still parse
		"0.0.0.0/1":     true,
		"128.0.0.0/1":   true,
		"0.0.0.0/2":     false,
		"10.0.0.0/8":    false,
		"::/0":          true,
		"2000::/3":      true,
		"::/2":          true,
		"::/3":          false,
		"2001:db8::/32": false,
		"fc00::/7":      false,
		"0.0.0.0":       false,
		"nonsense":      false,
	} {
		if got := publicCIDR(cidr); got != want {
			t.Errorf("publicCIDR(%q) = %v, want %v", cidr, got, want)
		}
	}
}

func TestRuleKind(t *testing.T) {
	for _, c := range []struct {
		r    rule
		want string
	}{
		{rule{all: true}, "all"},
		{rule{from: 0, to: 65535}, "all"},
		{rule{from: 1, to: 65535}, "all"},
		{rule{from: 0, to: 1024}, "admin"},
		{rule{from: 3000, to: 3400}, "admin"},
		{rule{from: 3306, to: 3306}, "database"},
		{rule{from: 80, to: 80}, "web"},
		{rule{from: 443, to: 443}, "web"},
		{rule{from: 80, to: 443}, "other"},
		{rule{from: 8080, to: 8080}, "other"},
	} {
		if got := ruleKind(c.r); got != c.want {
			t.Errorf("ruleKind(%d-%d all=%v) = %s, want %s", c.r.from, c.r.to, c.r.all, got, c.want)
		}
	}
}
