package netrange

import "testing"

func TestPublic(t *testing.T) {
	for _, c := range []struct {
		cidr string
		want bool
	}{
		{"0.0.0.0/0", true},
		{" 0.0.0.0/0", true}, // a value with a stray space must still parse
		{"0.0.0.0/1", true},
		{"128.0.0.0/1", true},
		{"0.0.0.0/2", true},
		{"64.0.0.0/3", true},
		{"3.0.0.0/8", true},  // a public /8: exactly 2^24 public addresses
		{"3.0.0.0/7", true},  // 2.0.0.0/7
		{"3.0.0.0/9", false}, // half a /8
		{"52.95.0.0/16", false},
		{"10.0.0.0/8", false},  // private
		{"127.0.0.0/8", false}, // loopback
		{"0.0.0.0/8", false},   // "this network"
		{"100.0.0.0/8", true},  // 100.64.0.0/10 is carrier-grade NAT: 3/4 of it is public
		{"224.0.0.0/3", false}, // multicast and reserved
		{"192.0.0.0/8", true},  // 192.168/16 and the small blocks take little of it
		{"172.0.0.0/8", true},  // 172.16/12 is 1/16 of it
		{"172.16.0.0/12", false},
		{"203.0.113.7/32", false},
		{"::/0", true},
		{"2000::/3", true},
		{"::/2", true},
		{"::/3", false},
		{"2001::/16", true},
		{"2001::/17", false},
		{"2001:db8::/32", false},
		{"fc00::/7", false},
		{"fe80::/10", false},
		{"0.0.0.0", false}, // an address, not a CIDR
		{"nonsense", false},
	} {
		if got := Public(c.cidr); got != c.want {
			t.Errorf("Public(%q) = %v, want %v", c.cidr, got, c.want)
		}
	}
}

func TestPublicRange(t *testing.T) {
	cases := []struct {
		start, end string
		public, ok bool
	}{
		{"0.0.0.0", "255.255.255.255", true, true},
		{"0.0.0.0", "127.255.255.255", true, true},
		{"0.0.0.1", "127.255.255.255", true, true},
		{"128.0.0.0", "255.255.255.255", true, true},
		{"0.0.0.0", "63.255.255.255", true, true},      // as 0.0.0.0/2
		{"3.0.0.0", "3.255.255.255", true, true},       // a public /8
		{"3.0.0.1", "3.255.255.255", false, true},      // narrower than a /8 by one address
		{"9.128.0.0", "10.127.255.255", true, true},    // as wide as a /8, half of it public
		{"9.128.0.1", "10.128.0.0", false, true},       // as wide as a /8, one address short of half public
		{"2.255.255.255", "3.255.255.255", true, true}, // one more than a /8
		{"10.0.0.0", "10.255.255.255", false, true},    // private
		{"9.255.255.255", "11.0.0.0", false, true},     // a private /8 and two public addresses
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
