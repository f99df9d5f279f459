// Package network holds the checks for Azure networking: network security
// groups and their rules, subnets, flow logs, virtual networks, Application
// Gateway and Front Door, in both forms (azurerm and AzAPI, see
// checks/azure/arm).
package network

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// The kinds the NSG checks read.
var (
	// NSG is a network security group, whose rules are inline
	// (security_rule blocks, properties.securityRules).
	NSG = arm.Kind{AzureRM: []string{"azurerm_network_security_group"}, ARM: "Microsoft.Network/networkSecurityGroups"}
	// NSGRule is a rule written as a resource of its own.
	NSGRule = arm.Kind{AzureRM: []string{"azurerm_network_security_rule"}, ARM: "Microsoft.Network/networkSecurityGroups/securityRules"}
)

// nsgTypes are the resource types the NSG checks read.
var nsgTypes = append(NSG.Types()[:1:1], NSGRule.Types()...)

const (
	docNSG     = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
	docNSGRM   = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_group"
	docRuleRM  = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/network_security_rule"
	docNSGARM  = "https://learn.microsoft.com/azure/templates/microsoft.network/networksecuritygroups"
	docRuleARM = "https://learn.microsoft.com/azure/templates/microsoft.network/networksecuritygroups/securityrules"
)

// nsgLinks are the links every NSG rule check gives.
var nsgLinks = []string{docNSG, docNSGRM + "#security_rule", docRuleRM, docNSGARM, docRuleARM}

// nsgRule is one security rule in either form: get reads an argument by its
// azurerm name or its ARM property name (under the rule's properties).
type nsgRule struct {
	res  *lint.Resource
	name lint.Attr
	get  func(rm, prop string) lint.Attr
}

// nsgRules returns every security rule among the pass's resources, in load
// order: inline security_rule blocks (or the security_rule list) of
// azurerm_network_security_group, azurerm_network_security_rule, the
// properties.securityRules items of an AzAPI networkSecurityGroups and
// AzAPI securityRules children.
func nsgRules(p *lint.Pass) []nsgRule {
	var out []nsgRule
	for _, r := range p.Resources() {
		switch r.Type {
		case "azurerm_network_security_group":
			for _, b := range r.Blocks("security_rule") {
				out = append(out, nsgRule{res: r, name: b.Attr("name"), get: func(rm, _ string) lint.Attr { return b.Attr(rm) }})
			}
			for _, e := range r.Attr("security_rule").Elements() {
				out = append(out, nsgRule{res: r, name: e.Get("name"), get: func(rm, _ string) lint.Attr { return e.Get(rm) }})
			}
		case "azurerm_network_security_rule":
			out = append(out, nsgRule{res: r, name: r.Attr("name"), get: func(rm, _ string) lint.Attr { return r.Attr(rm) }})
		default:
			if v, ok := NSG.View(r); ok {
				for _, e := range v.Attr("", "properties.securityRules").Elements() {
					props := arm.Field(e, "properties")
					out = append(out, nsgRule{res: r, name: arm.Field(e, "name"), get: func(_, prop string) lint.Attr { return arm.Field(props, prop) }})
				}
			} else if v, ok := NSGRule.View(r); ok {
				out = append(out, nsgRule{res: r, name: r.Attr("name"), get: func(_, prop string) lint.Attr { return v.Attr("", "properties."+prop) }})
			}
		}
	}
	return out
}

// label names the rule for a message: its name, or the resource address.
func (n nsgRule) label() string {
	if s, ok := n.name.StringOr(""); ok && s != "" {
		return "\"" + s + "\" of " + n.res.Address
	}
	return "of " + n.res.Address
}

// PublicSource says whether an NSG source prefix admits the internet: the
// service tag Internet, "*" or "Any" (every address), or a public CIDR
// (netrange.Public; "0.0.0.0" alone is every address to Azure too).
func PublicSource(s string) bool {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "*", "internet", "any", "0.0.0.0":
		return true
	}
	return netrange.Public(s)
}

// publicInbound returns the source that makes the rule an allow rule for
// inbound traffic from the internet over a port-based protocol (Tcp, Udp or
// *). ok is false when it is not one, or when any of direction, access,
// protocol or the sources cannot be known.
func (n nsgRule) publicInbound() (string, bool) {
	for _, c := range [][3]string{{"direction", "direction", "inbound"}, {"access", "access", "allow"}} {
		s, known := n.get(c[0], c[1]).StringOr("")
		if !known || !strings.EqualFold(s, c[2]) {
			return "", false
		}
	}
	proto, known := n.get("protocol", "protocol").StringOr("")
	if !known {
		return "", false
	}
	switch strings.ToLower(proto) {
	case "tcp", "udp", "*":
	default:
		return "", false
	}
	var sources []string
	if s, known := n.get("source_address_prefix", "sourceAddressPrefix").StringOr(""); known {
		sources = append(sources, s)
	}
	sources = append(sources, n.get("source_address_prefixes", "sourceAddressPrefixes").Strings()...)
	for _, s := range sources {
		if PublicSource(s) {
			return s, true
		}
	}
	return "", false
}

// portSpecs returns the known destination port ranges of the rule, each
// with the argument that holds it.
func (n nsgRule) portSpecs() []portSpec {
	var out []portSpec
	one := n.get("destination_port_range", "destinationPortRange")
	if s, known := one.StringOr(""); known && !one.Null() {
		if ports, ok := netrange.ParsePorts(s); ok {
			out = append(out, portSpec{at: one, Ports: ports})
		}
	}
	list := n.get("destination_port_ranges", "destinationPortRanges")
	for _, s := range list.Strings() {
		if ports, ok := netrange.ParsePorts(s); ok {
			out = append(out, portSpec{at: list, Ports: ports})
		}
	}
	return out
}

type portSpec struct {
	at lint.Attr
	netrange.Ports
}

// reportPublic reports each rule that admits the internet to a port range
// that match accepts, once per rule, at the first such range. Ranges that
// open every port are left to azure-network-no-public-all-ports unless all
// is set.
func reportPublic(p *lint.Pass, all bool, match func(netrange.Ports) bool, set map[int64]string, what string) {
	for _, n := range nsgRules(p) {
		src, ok := n.publicInbound()
		if !ok {
			continue
		}
		for _, ps := range n.portSpecs() {
			if ps.Whole() != all || !match(ps.Ports) {
				continue
			}
			p.Reportf(ps.at, "NSG rule %s allows %s from %s to %s", n.label(), what, src, ps.Describe(set))
			break
		}
	}
}
