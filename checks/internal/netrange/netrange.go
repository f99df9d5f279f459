// Package netrange holds the network rule helpers every provider's firewall
// checks share: whether a CIDR admits the internet at large, port ranges,
// and the well-known services a range opens, for messages.
package netrange

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// FirstPublic returns the first public CIDR among the known string elements
// of a (a list of CIDRs, or one).
func FirstPublic(a lint.Attr) (string, bool) {
	for _, s := range a.Strings() {
		if Public(s) {
			return s, true
		}
	}
	return "", false
}

// Ports is an inclusive port range, or every port of every protocol.
type Ports struct {
	From, To int64
	// All is every port of every protocol (protocol "-1", "all", "*").
	All bool
}

// Covers says whether the range includes port.
func (p Ports) Covers(port int64) bool { return p.All || (p.From <= port && port <= p.To) }

// Whole says whether the range opens every port: every protocol, or a
// range that spans the whole port space (0 or 1 to 65535).
func (p Ports) Whole() bool { return p.All || (p.From <= 1 && p.To >= 65535) }

// Text renders the range for a message: "all ports", "port 22", "ports 0-1024".
func (p Ports) Text() string {
	switch {
	case p.All:
		return "all ports"
	case p.From == p.To:
		return fmt.Sprintf("port %d", p.From)
	}
	return fmt.Sprintf("ports %d-%d", p.From, p.To)
}

// Admin are remote administration services.
var Admin = map[int64]string{
	22: "SSH", 23: "Telnet", 2375: "Docker API", 2376: "Docker API",
	3389: "RDP", 5900: "VNC", 5985: "WinRM", 5986: "WinRM",
}

// Database are database and cache engines.
var Database = map[int64]string{
	1433: "SQL Server", 1521: "Oracle", 3306: "MySQL", 5432: "PostgreSQL",
	5439: "Redshift", 5984: "CouchDB", 6379: "Redis", 7000: "Cassandra",
	7001: "Cassandra", 9042: "Cassandra", 9200: "Elasticsearch", 9300: "Elasticsearch",
	11211: "Memcached", 27017: "MongoDB", 27018: "MongoDB",
}

// Named lists the ports of set that the range covers, in ascending order,
// as "22 (SSH)".
func (p Ports) Named(set map[int64]string) []string {
	var out []string
	for _, port := range slices.Sorted(maps.Keys(set)) {
		if p.Covers(port) {
			out = append(out, fmt.Sprintf("%d (%s)", port, set[port]))
		}
	}
	return out
}

// Describe renders the range with the well-known ports of set it covers:
// "port 22 (SSH)", "ports 0-1024, including 22 (SSH), 23 (Telnet)".
func (p Ports) Describe(set map[int64]string) string {
	names := p.Named(set)
	switch {
	case p.All || len(names) == 0:
		return p.Text()
	case len(names) == 1 && p.From == p.To:
		return "port " + names[0]
	}
	return p.Text() + ", including " + strings.Join(names, ", ")
}
