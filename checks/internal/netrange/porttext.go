package netrange

import (
	"strconv"
	"strings"
)

// ParsePortText reads a port or port range written as text, the way Google
// Cloud firewall rules ("22", "8000-8080") and Azure security rules ("22",
// "1024-65535", "*") write them. "*" is every port. ok is false for text
// that is not a port, a range of ports, or "*" (a range whose end is before
// its start included).
func ParsePortText(s string) (p Ports, ok bool) {
	s = strings.TrimSpace(s)
	if s == "*" {
		return Ports{From: 0, To: 65535}, true
	}
	lo, hi, isRange := strings.Cut(s, "-")
	from, ok := portNumber(lo)
	if !ok {
		return Ports{}, false
	}
	to := from
	if isRange {
		if to, ok = portNumber(hi); !ok || to < from {
			return Ports{}, false
		}
	}
	return Ports{From: from, To: to}, true
}

// portNumber reads one port number, 0 to 65535.
func portNumber(s string) (int64, bool) {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n < 0 || n > 65535 {
		return 0, false
	}
	return n, true
}

// Exposure sorts a range that admits the internet into the one kind of
// finding it belongs to, so that each range is reported by exactly one
// check: "all" (every port), "admin" (covers a port of Admin), "database"
// (covers a port of Database), "web" (exactly 80 or 443), else "other".
func (p Ports) Exposure() string {
	switch {
	case p.Whole():
		return "all"
	case len(p.Named(Admin)) > 0:
		return "admin"
	case len(p.Named(Database)) > 0:
		return "database"
	case p.From == p.To && (p.From == 80 || p.From == 443):
		return "web"
	}
	return "other"
}
