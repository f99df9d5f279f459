package emr

import "github.com/tenantlint/tenantlint/lint"

// sshPort is the one port EMR block public access allows by default.
const sshPort = 22

// BlockPublicAccessPorts flags exceptions to EMR block public access other
// than SSH. Without permitted_public_security_group_rule_range blocks the
// provider (v3-v6) leaves EMR's default exception, port 22, in place.
var BlockPublicAccessPorts = &lint.Check{
	ID:       "aws-emr-block-public-access-ports",
	Title:    "EMR block public access allows public ports other than SSH",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "Each permitted range is an exception to EMR block public access: clusters may open those " +
		"ports to the whole internet. Ports other than SSH are usually the cluster's web interfaces (YARN, " +
		"Spark history, Jupyter, Livy), which accept jobs and commands from anyone who reaches them.",
	Remediation: "Permit port 22 at most, and reach the web interfaces through SSH tunnels or a VPN:\n\n" +
		"    permitted_public_security_group_rule_range {\n      min_range = 22\n      max_range = 22\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-block-public-access.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/emr_block_public_access_configuration#permitted_public_security_group_rule_range",
	},
	Resources: []string{"aws_emr_block_public_access_configuration"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if on, ok := r.Attr("block_public_security_group_rules").BoolOr(true); !ok || !on {
				// Off altogether is aws-emr-block-public-access's finding.
				continue
			}
			for _, b := range r.Blocks("permitted_public_security_group_rule_range") {
				lo, ok1 := b.Attr("min_range").IntOr(sshPort)
				hi, ok2 := b.Attr("max_range").IntOr(sshPort)
				if !ok1 || !ok2 || lo == sshPort && hi == sshPort {
					continue
				}
				p.Reportf(b, "EMR block public access configuration %s allows public ports %d-%d", r.Address, lo, hi)
			}
		}
	},
}
