// Package ssm holds the checks for Systems Manager parameters and documents.
package ssm

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicDocuments flags SSM documents shared with every AWS account:
// permissions = { type = "Share", account_ids = "All" }.
var NoPublicDocuments = &lint.Check{
	ID:       "aws-ssm-no-public-documents",
	Title:    "SSM document is shared publicly",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A document shared with account_ids \"All\" can be read and run by every AWS account. " +
		"Documents routinely hold internal host names, script logic, bucket names and sometimes credentials; " +
		"public sharing publishes them, and AWS blocks it by default at account level for that reason.",
	Remediation: "Share the document with named accounts only:\n\n" +
		"    permissions = {\n" +
		"      type        = \"Share\"\n" +
		"      account_ids = \"111122223333,444455556666\"\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_document#permissions",
	},
	Resources: []string{"aws_ssm_document"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			perms := r.Attr("permissions")
			ids := perms.Get("account_ids")
			s, ok := ids.StringOr("")
			if !ok {
				continue
			}
			for _, id := range strings.Split(s, ",") {
				if strings.EqualFold(strings.TrimSpace(id), "all") {
					p.Reportf(perms, "SSM document %s is shared with every AWS account (account_ids \"All\")", r.Address)
					break
				}
			}
		}
	},
}
