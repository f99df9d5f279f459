package netrange

import "testing"

func TestPublicRange(t *testing.T) {
	cases := []struct {
		start, end string
		public, ok bool
	}{
		{"0.0.0.0", "255.255.255.255", true, true},
		{"0.0.0.0", "127.255.255.255", true, true},   // exactly half: 2^31
		{"0.0.0.1", "127.255.255.255", false, true},  // one short of half
		{"128.0.0.0", "255.255.255.255", true, true}, // the other half
		{"0.0.0.0", "0.0.0.0", false, true},
		{"203.0.113.0", "203.0.113.255", false, true},
		{"10.0.0.9", "10.0.0.1", false, false},
		{"::", "ffff::", false, false},
		{"not-an-ip", "1.2.3.4", false, false},
		{" 1.0.0.0", "255.255.255.254 ", true, true},
	}
	for _, c := range cases {
		public, ok := PublicRange(c.start, c.end)
		if public != c.public || ok != c.ok {
			t.Errorf("PublicRange(%q, %q) = %v, %v; want %v, %v", c.start, c.end, public, ok, c.public, c.ok)
		}
	}
}
