package netrange

import "testing"

func TestParsePorts(t *testing.T) {
	for _, c := range []struct {
		in       string
		from, to int64
		ok       bool
	}{
		{"*", 0, 65535, true},
		{" 22 ", 22, 22, true},
		{"20-25", 20, 25, true},
		{"0-65535", 0, 65535, true},
		{"25-20", 0, 0, false},
		{"65536", 0, 0, false},
		{"-1", 0, 0, false},
		{"", 0, 0, false},
		{"ssh", 0, 0, false},
		{"22-", 0, 0, false},
	} {
		p, ok := ParsePorts(c.in)
		if ok != c.ok || ok && (p.From != c.from || p.To != c.to) {
			t.Errorf("ParsePorts(%q) = %+v %v, want %d-%d %v", c.in, p, ok, c.from, c.to, c.ok)
		}
	}
	if p, _ := ParsePorts("*"); !p.Whole() {
		t.Errorf("* is not every port")
	}
}
