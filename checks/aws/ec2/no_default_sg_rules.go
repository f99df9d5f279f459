package ec2

import "github.com/tenantlint/tenantlint/lint"

// NoDefaultSGRules flags rules on a VPC's default security group. Managing
// aws_default_security_group with no ingress or egress block removes every
// rule, which is the recommended use of the resource.
var NoDefaultSGRules = &lint.Check{
	ID:       "aws-ec2-no-default-sg-rules",
	Title:    "Default security group has rules",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.IaaS,
	Description: "Every VPC has a default security group that resources join when no other group is " +
		"given. Rules on it apply silently to instances, endpoints and functions launched without an " +
		"explicit group, so a forgotten argument opens them up. The default group should allow nothing " +
		"and every resource should use a purpose-built group.",
	Remediation: "Manage the default security group with no rules, and give resources their own groups:\n\n" +
		"    resource \"aws_default_security_group\" \"default\" {\n" +
		"      vpc_id = aws_vpc.main.id\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group",
	},
	Resources: []string{"aws_default_security_group"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, typ := range []string{"ingress", "egress"} {
				if bs := r.Blocks(typ); len(bs) > 0 {
					p.Reportf(bs[0], "default security group %s has %d %s rule(s)", r.Address, len(bs), typ)
				}
				// The attributes-as-blocks form: ingress = [{ ... }]; an
				// empty list is how a configuration removes every rule.
				if a := r.Attr(typ); a.Known() && len(a.Elements()) > 0 {
					p.Reportf(a, "default security group %s has %d %s rule(s)", r.Address, len(a.Elements()), typ)
				}
			}
		}
	},
}
