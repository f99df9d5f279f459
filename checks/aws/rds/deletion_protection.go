package rds

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// DeletionProtection flags primary instances and clusters without deletion
// protection. Default relied on: deletion_protection is false on both.
var DeletionProtection = &lint.Check{
	ID:       "aws-rds-deletion-protection",
	Title:    "RDS database has no deletion protection",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Without deletion protection, one API call, a console click or a terraform destroy removes the " +
		"database, and with skip_final_snapshot its data too. Deletion protection makes deleting a deliberate " +
		"two-step act that a compromised pipeline or a mistaken plan cannot do in passing.",
	Remediation: "Set deletion_protection = true on the instance or cluster:\n\n" +
		"    deletion_protection = true",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#deletion_protection",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster#deletion_protection",
	},
	Resources: []string{"aws_db_instance", "aws_rds_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if r.Type == "aws_db_instance" {
				// Replicas hold a copy; Aurora members are protected at the cluster.
				if member, ok := auroraMember(r); !ok || member || rule.Given(r.Attr("replicate_source_db")) {
					continue
				}
			}
			dp := r.Attr("deletion_protection")
			if on, ok := dp.BoolOr(false); ok && !on {
				p.Reportf(dp, "%s has no deletion protection", r.Address)
			}
		}
	},
}
