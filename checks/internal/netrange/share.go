package netrange

import (
	"net/netip"
	"strings"
)

// The rule for "open to the internet", shared by every network check of
// every provider:
//
//   - IPv4: a range is public when it is at least as wide as a /8 (2^24
//     addresses) and at least half of a /8 (2^23) of it is public address
//     space. Public means outside the IANA special-purpose blocks that are
//     not globally reachable (reservedV4: private, loopback, link-local,
//     carrier-grade NAT, documentation, benchmarking, multicast, reserved).
//     So 0.0.0.0/0, /1 and /2 are public, and so are 3.0.0.0/8 and
//     192.0.0.0/8 (192.168.0.0/16 takes little of it), while 10.0.0.0/8
//     (private), 224.0.0.0/3 (multicast and reserved) and every /9 or
//     narrower range are not.
//   - IPv6: a prefix of /16 or shorter that overlaps global unicast
//     (2000::/3): ::/0, 2000::/3, 2001::/16.
//
// A range that admits a few million arbitrary internet hosts is, for an
// attacker scanning the internet, as open as 0.0.0.0/0: the threshold keeps
// every customer-sized allocation (a /9 or smaller) out.
const (
	minWidth4  = 1 << 24
	minPublic4 = 1 << 23
)

// reservedV4 are the IPv4 special-purpose blocks that are not globally
// reachable (RFC 6890 and the IANA IPv4 Special-Purpose Address Registry),
// sorted by start and disjoint.
var reservedV4 = func() [][2]uint64 {
	var out [][2]uint64
	for _, s := range []string{
		"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
		"172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",
		"198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
	} {
		p := netip.MustParsePrefix(s)
		lo := ipv4(p.Addr())
		out = append(out, [2]uint64{lo, lo + 1<<(32-p.Bits()) - 1})
	}
	return out
}()

// public4 applies the IPv4 rule to the inclusive range lo..hi.
func public4(lo, hi uint64) bool {
	n := hi - lo + 1
	if n < minWidth4 {
		return false
	}
	for _, r := range reservedV4 {
		a, b := max(lo, r[0]), min(hi, r[1])
		if a <= b {
			n -= b - a + 1
		}
	}
	return n >= minPublic4
}

// globalUnicast is the IPv6 space the internet routes.
var globalUnicast = netip.MustParsePrefix("2000::/3")

// Public says whether a CIDR admits the internet at large, by the rule
// above. A value that is not a CIDR is not public.
func Public(cidr string) bool {
	p, err := netip.ParsePrefix(strings.TrimSpace(cidr))
	if err != nil {
		return false
	}
	p = p.Masked()
	if p.Addr().Is4() {
		lo := ipv4(p.Addr())
		return public4(lo, lo+1<<(32-p.Bits())-1)
	}
	return p.Bits() <= 16 && p.Overlaps(globalUnicast)
}

// PublicRange says whether the inclusive IPv4 range start..end admits the
// internet at large, by the rule Public applies to CIDRs. ok is false when
// either end is not an IPv4 address or the range is reversed.
func PublicRange(start, end string) (public, ok bool) {
	a, err := netip.ParseAddr(strings.TrimSpace(start))
	if err != nil || !a.Is4() {
		return false, false
	}
	b, err := netip.ParseAddr(strings.TrimSpace(end))
	if err != nil || !b.Is4() {
		return false, false
	}
	lo, hi := ipv4(a), ipv4(b)
	if hi < lo {
		return false, false
	}
	return public4(lo, hi), true
}

func ipv4(a netip.Addr) uint64 {
	b := a.As4()
	return uint64(b[0])<<24 | uint64(b[1])<<16 | uint64(b[2])<<8 | uint64(b[3])
}
