package rds

import (
	"slices"

	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicSnapshots flags DB snapshots shared with every AWS account.
// Default relied on: shared_accounts absent shares with no one.
var NoPublicSnapshots = &lint.Check{
	ID:       "aws-rds-no-public-snapshots",
	Title:    "RDS snapshot is shared publicly",
	Severity: lint.Critical,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A snapshot whose shared_accounts include \"all\" can be copied and restored by any AWS " +
		"account. Whoever restores it gets the whole database: every table, user and password hash.",
	Remediation: "Remove \"all\" from shared_accounts and share only with named account IDs:\n\n" +
		"    shared_accounts = [\"123456789012\"]",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_snapshot#shared_accounts",
	},
	Resources: []string{"aws_db_snapshot", "aws_db_cluster_snapshot", "aws_db_snapshot_copy"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			shared := r.Attr("shared_accounts")
			if slices.Contains(shared.Strings(), "all") {
				p.Reportf(shared, "%s is shared with all AWS accounts", r.Address)
			}
		}
	},
}
