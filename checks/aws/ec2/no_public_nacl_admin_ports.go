package ec2

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/internal/netrange"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicNACLAdminPorts flags network ACL ingress rules that explicitly
// allow an administration port range from the internet. Allow-all rules
// (protocol -1 or the whole port range) are not reported: that is the AWS
// default ACL and the usual stateless setup that leaves filtering to
// security groups, so flagging it would flag nearly every VPC.
var NoPublicNACLAdminPorts = &lint.Check{
	ID:       "aws-ec2-no-public-nacl-admin-ports",
	Title:    "Network ACL allows an administration port from the internet",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "The rule explicitly allows SSH, RDP or another remote administration port from " +
		"0.0.0.0/0 (or ::/0) into the subnets. Network ACLs are the subnet-level safety net behind " +
		"security groups; an explicit opening for administration ports removes it, so a single " +
		"permissive security group exposes the hosts.",
	Remediation: "Allow administration ports only from known ranges:\n\n" +
		"    resource \"aws_network_acl_rule\" \"ssh\" {\n" +
		"      network_acl_id = aws_network_acl.main.id\n" +
		"      rule_number    = 100\n" +
		"      protocol       = \"tcp\"\n" +
		"      rule_action    = \"allow\"\n" +
		"      cidr_block     = \"10.20.0.0/16\"\n" +
		"      from_port      = 22\n" +
		"      to_port        = 22\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule",
	},
	Resources: []string{"aws_network_acl", "aws_network_acl_rule", "aws_default_network_acl"},
	Run: func(p *lint.Pass) {
		var rules []rule
		for _, r := range p.Resources() {
			if r.Type == "aws_network_acl_rule" {
				if egress, ok := r.Attr("egress").BoolOr(false); ok && !egress && allows(r.Body, "rule_action") {
					rules = collect(rules, r, r.Body, "protocol", "cidr_block", "ipv6_cidr_block")
				}
				continue
			}
			for _, b := range nested(r, "ingress") {
				if allows(b, "action") {
					rules = collect(rules, r, b, "protocol", "cidr_block", "ipv6_cidr_block")
				}
			}
		}
		for _, r := range rules {
			if len(r.Named(netrange.Admin)) > 0 && !r.Whole() {
				p.Reportf(r.at, "network ACL %s allows ingress from %s to %s", r.res.Address, r.cidr, r.Describe(netrange.Admin))
			}
		}
	},
}

func allows(b getter, attr string) bool {
	a, ok := b.Attr(attr).StringOr("")
	return ok && strings.EqualFold(a, "allow")
}
