package netrange

import (
	"net/netip"
	"strings"
)

// PublicRange says whether the inclusive IPv4 range start..end admits the
// internet at large, by the rule Public applies to CIDRs: it holds at least
// half of the IPv4 space (2^31 addresses). ok is false when either end is
// not an IPv4 address or the range is reversed.
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
	return hi-lo+1 >= 1<<31, true
}

func ipv4(a netip.Addr) uint64 {
	b := a.As4()
	return uint64(b[0])<<24 | uint64(b[1])<<16 | uint64(b[2])<<8 | uint64(b[3])
}
