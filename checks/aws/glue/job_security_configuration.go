package glue

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// JobSecurityConfiguration flags Glue jobs that name no security
// configuration. security_configuration is optional with no default in
// hashicorp/aws v3-v6: without one the job encrypts neither its S3 output,
// its CloudWatch logs nor its bookmarks. An empty string names none.
var JobSecurityConfiguration = &lint.Check{
	ID:       "aws-glue-job-security-configuration",
	Title:    "Glue job uses no security configuration",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A Glue job's encryption of the data it writes to S3, of its CloudWatch logs and of its job " +
		"bookmarks is set by the security configuration it names. A job that names none writes all three with " +
		"no encryption chosen by the account, however well the account's security configurations are written.",
	Remediation: "Attach a security configuration that encrypts S3 data, logs and bookmarks:\n\n" +
		"    resource \"aws_glue_job\" \"etl\" {\n      security_configuration = aws_glue_security_configuration.this.name\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/glue/latest/dg/console-security-configurations.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_job#security_configuration",
	},
	Resources: []string{"aws_glue_job"},
	Run: rule.Named("security_configuration", "Glue job {address} uses no security configuration",
		"Glue job {address} sets an empty security configuration"),
}
