// Package network holds the checks for VPC networks, subnetworks, firewall
// rules and the load balancing resources in front of them: SSL policies,
// backend services, URL maps and target proxies.
package network

import (
	"fmt"
	"strings"

	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// registry is the Terraform registry page of a google resource type.
func registry(typ, anchor string) string {
	u := "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/" + strings.TrimPrefix(typ, "google_")
	if anchor != "" {
		u += "#" + anchor
	}
	return u
}

// The firewall resource types: VPC firewall rules and the rules of
// hierarchical, global network and regional network firewall policies.
const (
	firewallType             = "google_compute_firewall"
	policyRuleType           = "google_compute_firewall_policy_rule"
	networkPolicyRuleType    = "google_compute_network_firewall_policy_rule"
	regionNetworkPolicyRule  = "google_compute_region_network_firewall_policy_rule"
	firewallDoc              = "https://cloud.google.com/firewall/docs/firewalls"
	firewallPolicyDoc        = "https://cloud.google.com/firewall/docs/firewall-policies-overview"
	implicitSource           = "0.0.0.0/0"
	implicitSourceMessageTag = " (no source given: every IPv4 address)"
)

// firewallTypes are the resource types the public ingress checks read.
var firewallTypes = []string{firewallType, policyRuleType, networkPolicyRuleType, regionNetworkPolicyRule}

// exposure is one allow entry (an allow block of a VPC firewall rule, a
// layer4_configs block of a policy rule) that admits the internet.
type exposure struct {
	res    *lint.Resource
	at     lint.Subject // the ports argument, or the block that lacks it
	source string       // the public range, with a note when implicit
	ranges []netrange.Ports
}

// publicIngress returns the allow entries of the pass's firewall resources
// that admit the internet, for the check of one kind (netrange.Exposure):
// the ranges of each entry of that kind.
func publicIngress(p *lint.Pass, kind string) []exposure {
	var out []exposure
	for _, r := range p.Resources() {
		if r.Type == firewallType {
			out = vpcRule(out, r, kind)
		} else {
			out = policyRule(out, r, kind)
		}
	}
	return out
}

// vpcRule reads a google_compute_firewall. Defaults relied on
// (hashicorp/google v4-v6, and the Compute API): direction is INGRESS,
// disabled is false, an ingress rule with no source_ranges, source_tags or
// source_service_accounts admits 0.0.0.0/0, an allow block without ports
// opens every port of its protocol. Deny blocks open nothing.
func vpcRule(out []exposure, r *lint.Resource, kind string) []exposure {
	if !enabledIngress(r.Attr("direction"), r.Attr("disabled"), "INGRESS") {
		return out
	}
	source, ok := vpcSource(r)
	if !ok {
		return out
	}
	for _, b := range r.Blocks("allow") {
		out = entry(out, r, b, "protocol", source, kind)
	}
	return out
}

// vpcSource says which public range a VPC firewall rule admits, if any.
func vpcSource(r *lint.Resource) (string, bool) {
	ranges := r.Attr("source_ranges")
	if cidr, ok := netrange.FirstPublic(ranges); ok {
		return cidr, true
	}
	if empty(ranges) && empty(r.Attr("source_tags")) && empty(r.Attr("source_service_accounts")) {
		return implicitSource + implicitSourceMessageTag, true
	}
	return "", false
}

// empty says whether a list argument is known to hold nothing (absent,
// null or []).
func empty(a lint.Attr) bool {
	return a.Null() || (a.Known() && len(a.Elements()) == 0)
}

// policyRule reads a firewall policy rule. Only action "allow" opens
// traffic (goto_next hands it to the next level, deny drops it); disabled
// defaults to false. A rule whose match lists no src_ip_ranges is not read:
// other source selectors (address groups, FQDNs, regions) cannot be judged.
func policyRule(out []exposure, r *lint.Resource, kind string) []exposure {
	action, ok := r.Attr("action").StringOr("")
	if !ok || !strings.EqualFold(action, "allow") {
		return out
	}
	if !enabledIngress(r.Attr("direction"), r.Attr("disabled"), "") {
		return out
	}
	m := r.Block("match")
	cidr, ok := netrange.FirstPublic(m.Attr("src_ip_ranges"))
	if !ok {
		return out
	}
	for _, b := range m.Blocks("layer4_configs") {
		out = entry(out, r, b, "ip_protocol", cidr, kind)
	}
	return out
}

// enabledIngress says whether a rule is known to be an enabled ingress rule;
// def is the direction when absent ("" when the argument is required).
func enabledIngress(direction, disabled lint.Attr, def string) bool {
	d, ok := direction.StringOr(def)
	if !ok || !strings.EqualFold(d, "INGRESS") {
		return false
	}
	off, ok := disabled.BoolOr(false)
	return ok && !off
}

// entry appends the exposure of one allow entry, when some of its known
// ranges are of kind.
func entry(out []exposure, r *lint.Resource, b *lint.Block, protoAttr, source, kind string) []exposure {
	all, portBased, ok := protocol(b.Attr(protoAttr))
	if !ok {
		return out
	}
	ports := b.Attr("ports")
	var at lint.Subject = b
	var ranges []netrange.Ports
	switch {
	case all:
		ranges = []netrange.Ports{{All: true}}
	case !portBased:
		return out
	case empty(ports):
		ranges = []netrange.Ports{{From: 0, To: 65535}}
	default:
		at = ports
		for _, s := range ports.Strings() {
			if pr, ok := netrange.ParsePorts(s); ok {
				ranges = append(ranges, pr)
			}
		}
	}
	var mine []netrange.Ports
	for _, pr := range ranges {
		if pr.Exposure() == kind {
			mine = append(mine, pr)
		}
	}
	if len(mine) == 0 {
		return out
	}
	return append(out, exposure{res: r, at: at, source: source, ranges: mine})
}

// protocol reads a firewall protocol: all is every protocol; portBased is
// TCP, UDP or SCTP (by name or number). ok is false when it is unknown.
func protocol(a lint.Attr) (all, portBased, ok bool) {
	s, ok := a.StringOr("")
	if !ok || a.Null() {
		return false, false, false
	}
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "all":
		return true, false, true
	case "tcp", "udp", "sctp", "6", "17", "132":
		return false, true, true
	}
	return false, false, true
}

// reportIngress reports every public allow entry of one kind.
func reportIngress(p *lint.Pass, kind string, set map[int64]string) {
	for _, e := range publicIngress(p, kind) {
		parts := make([]string, len(e.ranges))
		for i, pr := range e.ranges {
			parts[i] = pr.Describe(set)
		}
		p.Reportf(e.at, "%s allows ingress from %s to %s", e.res.Address, e.source, strings.Join(parts, "; "))
	}
}

// firewallRemediation renders a rule that admits one port from a known
// range only, for a remediation.
func firewallRemediation(port int) string {
	return fmt.Sprintf("    resource \"google_compute_firewall\" \"admin\" {\n"+
		"      name          = \"allow-admin-from-vpn\"\n      network       = google_compute_network.main.id\n"+
		"      source_ranges = [\"10.20.0.0/16\"]\n      allow {\n        protocol = \"tcp\"\n"+
		"        ports    = [\"%d\"]\n      }\n    }", port)
}

// firewallLinks are the links every public ingress check gives.
var firewallLinks = []string{
	firewallDoc,
	firewallPolicyDoc,
	registry(firewallType, "source_ranges"),
	registry(networkPolicyRuleType, ""),
}
