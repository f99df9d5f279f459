package ec2

import (
	"fmt"
	"maps"
	"net/netip"
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// This file holds the CIDR and port helpers shared by the security group and
// network ACL checks.

// rule is one known, port-based allow rule from the internet.
type rule struct {
	res  *lint.Resource
	at   lint.Attr // the CIDR argument that holds the public range
	cidr string
	from int64 // port range, inclusive
	to   int64
	all  bool // every port of every protocol
}

// portsText renders the port range for a message.
func (r rule) portsText() string {
	switch {
	case r.all:
		return "all ports"
	case r.from == r.to:
		return fmt.Sprintf("port %d", r.from)
	}
	return fmt.Sprintf("ports %d-%d", r.from, r.to)
}

// covers says whether the range includes port.
func (r rule) covers(port int64) bool { return r.all || (r.from <= port && port <= r.to) }

// allPorts says whether the rule opens every port: protocol all, or a TCP/UDP
// range that spans the whole port space.
func (r rule) allPorts() bool { return r.all || (r.from <= 1 && r.to >= 65535) }

// adminPorts are remote administration services.
var adminPorts = map[int64]string{
	22: "SSH", 23: "Telnet", 2375: "Docker API", 2376: "Docker API",
	3389: "RDP", 5900: "VNC", 5985: "WinRM", 5986: "WinRM",
}

// databasePorts are database and cache engines.
var databasePorts = map[int64]string{
	1433: "SQL Server", 1521: "Oracle", 3306: "MySQL", 5432: "PostgreSQL",
	5439: "Redshift", 5984: "CouchDB", 6379: "Redis", 7000: "Cassandra",
	7001: "Cassandra", 9042: "Cassandra", 9200: "Elasticsearch", 9300: "Elasticsearch",
	11211: "Memcached", 27017: "MongoDB", 27018: "MongoDB",
}

// named lists the ports of set that the rule covers, in ascending order.
func (r rule) named(set map[int64]string) []string {
	var out []string
	for _, p := range slices.Sorted(maps.Keys(set)) {
		if r.covers(p) {
			out = append(out, fmt.Sprintf("%d (%s)", p, set[p]))
		}
	}
	return out
}

// publicCIDR says whether a CIDR admits the internet at large: every IPv4
// address or one of the two halves of the IPv4 space (a common way to write
// 0.0.0.0/0 in two rules), or a range that covers all of IPv6 global unicast
// (2000::/3).
func publicCIDR(s string) bool {
	p, err := netip.ParsePrefix(strings.TrimSpace(s))
	if err != nil {
		return false
	}
	p = p.Masked()
	if p.Addr().Is4() {
		return p.Bits() <= 1
	}
	return p.Bits() <= 3 && p.Contains(netip.MustParseAddr("2000::"))
}

// firstPublic returns the first public CIDR among the known elements of a.
func firstPublic(a lint.Attr) (string, bool) {
	for _, s := range a.Strings() {
		if publicCIDR(s) {
			return s, true
		}
	}
	return "", false
}

// portRange reads protocol, from_port and to_port. ok is false when a value
// is unknown or the protocol is not port-based (ICMP, ESP...).
func portRange(b getter, protoAttr string) (from, to int64, all, ok bool) {
	proto, ok := b.Attr(protoAttr).StringOr("")
	if !ok {
		return 0, 0, false, false
	}
	switch strings.ToLower(strings.TrimSpace(proto)) {
	case "-1", "all":
		return 0, 65535, true, true
	case "tcp", "6", "udp", "17":
	default:
		return 0, 0, false, false
	}
	from, ok1 := b.Attr("from_port").IntOr(-1)
	to, ok2 := b.Attr("to_port").IntOr(-1)
	if !ok1 || !ok2 || from < 0 || to < from {
		return 0, 0, false, false
	}
	return from, to, false, true
}

// getter is a rule's arguments: a block, or an element of a list of objects.
type getter interface{ Attr(name string) lint.Attr }

// element reads an object element of a list argument as a getter.
type element lint.Attr

func (e element) Attr(name string) lint.Attr { return lint.Attr(e).Get(name) }

// collect appends one rule per CIDR argument of b that holds a public range.
func collect(out []rule, res *lint.Resource, b getter, protoAttr string, cidrAttrs ...string) []rule {
	from, to, all, ok := portRange(b, protoAttr)
	if !ok {
		return out
	}
	for _, name := range cidrAttrs {
		a := b.Attr(name)
		if cidr, pub := firstPublic(a); pub {
			out = append(out, rule{res: res, at: a, cidr: cidr, from: from, to: to, all: all})
		}
	}
	return out
}

// publicRules returns the security group rules of the given direction
// ("ingress" or "egress") that admit the internet, from inline blocks,
// aws_security_group_rule and aws_vpc_security_group_{ingress,egress}_rule.
func publicRules(m *lint.Module, direction string) []rule {
	var out []rule
	for _, r := range m.Resources("aws_security_group", "aws_default_security_group") {
		for _, b := range r.Blocks(direction) {
			out = collect(out, r, b, "protocol", "cidr_blocks", "ipv6_cidr_blocks")
		}
		// Attributes-as-blocks syntax: ingress = [{ ... }].
		for _, e := range r.Attr(direction).Elements() {
			out = collect(out, r, element(e), "protocol", "cidr_blocks", "ipv6_cidr_blocks")
		}
	}
	for _, r := range m.Resources("aws_security_group_rule") {
		if t, ok := r.Attr("type").StringOr(""); ok && t == direction {
			out = collect(out, r, r.Body, "protocol", "cidr_blocks", "ipv6_cidr_blocks")
		}
	}
	for _, r := range m.Resources("aws_vpc_security_group_" + direction + "_rule") {
		out = collect(out, r, r.Body, "ip_protocol", "cidr_ipv4", "cidr_ipv6")
	}
	return out
}

// sgTypes are the resource types the security group checks inspect.
var sgTypes = []string{
	"aws_security_group", "aws_default_security_group", "aws_security_group_rule",
	"aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule",
}

// ruleKind sorts a public ingress rule into exactly one check.
func ruleKind(r rule) string {
	switch {
	case r.allPorts():
		return "all"
	case len(r.named(adminPorts)) > 0:
		return "admin"
	case len(r.named(databasePorts)) > 0:
		return "database"
	case r.from == r.to && (r.from == 80 || r.from == 443):
		return "web"
	}
	return "other"
}

// reportIngress reports every public ingress rule of one kind (see ruleKind).
func reportIngress(p *lint.Pass, kind string) {
	for _, r := range publicRules(p.Module, "ingress") {
		if ruleKind(r) != kind {
			continue
		}
		set := map[string]map[int64]string{"admin": adminPorts, "database": databasePorts}[kind]
		p.Reportf(r.at, "%s allows ingress from %s to %s", r.res.Address, r.cidr, r.describe(set))
	}
}

// describe renders the port range with the well-known ports of set it covers:
// "port 22 (SSH)", "ports 0-1024, including 22 (SSH), 23 (Telnet)".
func (r rule) describe(set map[int64]string) string {
	names := r.named(set)
	switch {
	case r.all || len(names) == 0:
		return r.portsText()
	case len(names) == 1 && r.from == r.to:
		return "port " + names[0]
	}
	return r.portsText() + ", including " + strings.Join(names, ", ")
}

// sgRulesDoc is the AWS guide to security group rules.
const sgRulesDoc = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"

// sgLinks returns the security group rules guide and the registry pages of
// the given resource types.
func sgLinks(types ...string) []string {
	out := []string{sgRulesDoc}
	for _, t := range types {
		out = append(out, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/"+t)
	}
	return out
}

// sgBlock renders an inline TCP rule for one port, for a remediation.
func sgBlock(direction string, port int, cidr string) string {
	return fmt.Sprintf("    %s {\n"+
		"      from_port   = %d\n"+
		"      to_port     = %d\n"+
		"      protocol    = \"tcp\"\n"+
		"      cidr_blocks = [\"%s\"]\n"+
		"    }", direction, port, port, cidr)
}
