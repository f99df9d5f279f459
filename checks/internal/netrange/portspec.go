package netrange

import (
	"strconv"
	"strings"
)

// ParsePorts reads a port range written as Azure NSG rules and similar
// firewall rules write it: "*" (every port), "22", or "20-25" (inclusive).
// ok is false for anything else (an empty string, a reversed range, a port
// outside 0-65535).
func ParsePorts(s string) (Ports, bool) {
	s = strings.TrimSpace(s)
	if s == "*" {
		return Ports{From: 0, To: 65535}, true
	}
	lo, hi, isRange := strings.Cut(s, "-")
	from, ok := port(lo)
	if !ok {
		return Ports{}, false
	}
	to := from
	if isRange {
		if to, ok = port(hi); !ok || to < from {
			return Ports{}, false
		}
	}
	return Ports{From: from, To: to}, true
}

func port(s string) (int64, bool) {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n < 0 || n > 65535 {
		return 0, false
	}
	return n, true
}
