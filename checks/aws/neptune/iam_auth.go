package neptune

import "github.com/tenantlint/tenantlint/lint"

// IAMAuth flags Neptune clusters that do not require IAM authentication.
// Default relied on: iam_database_authentication_enabled is false.
var IAMAuth = &lint.Check{
	ID:       "aws-neptune-iam-auth",
	Title:    "Neptune cluster does not require IAM authentication",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "Neptune has no user names or passwords: without IAM database authentication, anything that " +
		"can reach the cluster endpoint over the network can read and change the whole graph. IAM " +
		"authentication requires signed requests from principals whose policies allow neptune-db actions.",
	Remediation: "Set iam_database_authentication_enabled = true and grant neptune-db:* actions only to the " +
		"roles that need them:\n\n" +
		"    iam_database_authentication_enabled = true",
	Links: []string{
		"https://docs.aws.amazon.com/neptune/latest/userguide/iam-auth.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#iam_database_authentication_enabled",
	},
	Resources: []string{"aws_neptune_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			iam := r.Attr("iam_database_authentication_enabled")
			if on, ok := iam.BoolOr(false); ok && !on {
				p.Reportf(iam, "Neptune cluster %s does not require IAM authentication", r.Address)
			}
		}
	},
}
