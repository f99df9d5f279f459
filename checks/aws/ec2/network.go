package ec2

import (
	"fmt"
	"strings"

	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// This file holds the rule readers shared by the security group and network
// ACL checks; what a public range and a port range are is in netrange, shared
// by every provider.

// rule is one known, port-based allow rule from the internet.
type rule struct {
	res  *lint.Resource
	at   lint.Attr // the CIDR argument that holds the public range
	cidr string
	netrange.Ports
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
		if cidr, pub := netrange.FirstPublic(a); pub {
			out = append(out, rule{res: res, at: a, cidr: cidr, Ports: netrange.Ports{From: from, To: to, All: all}})
		}
	}
	return out
}

// nested returns the rules of a resource written as nested blocks of typ or
// in the attributes-as-blocks form (typ = [{ ... }]), both alike.
func nested(r *lint.Resource, typ string) []getter {
	var out []getter
	for _, b := range r.Blocks(typ) {
		out = append(out, b)
	}
	for _, e := range r.Attr(typ).Elements() {
		out = append(out, element(e))
	}
	return out
}

// publicRules returns the security group rules of the given direction
// ("ingress" or "egress") that admit the internet, from inline blocks,
// aws_security_group_rule and aws_vpc_security_group_{ingress,egress}_rule.
func publicRules(m *lint.Module, direction string) []rule {
	var out []rule
	for _, r := range m.Resources("aws_security_group", "aws_default_security_group") {
		for _, b := range nested(r, direction) {
			out = collect(out, r, b, "protocol", "cidr_blocks", "ipv6_cidr_blocks")
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

// reportIngress reports every public ingress rule of one kind (see
// netrange.Ports.Exposure).
func reportIngress(p *lint.Pass, kind string) {
	for _, r := range publicRules(p.Module, "ingress") {
		if r.Exposure() != kind {
			continue
		}
		set := map[string]map[int64]string{"admin": netrange.Admin, "database": netrange.Database}[kind]
		p.Reportf(r.at, "%s allows ingress from %s to %s", r.res.Address, r.cidr, r.Describe(set))
	}
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
