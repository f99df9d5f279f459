package emr

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// ClusterSecurityConfiguration flags EMR clusters that name no security
// configuration. security_configuration is optional with no default in
// hashicorp/aws v3-v6: without it EMR applies no encryption or
// authentication settings of its own. An empty string names none either.
var ClusterSecurityConfiguration = &lint.Check{
	ID:       "aws-emr-cluster-security-configuration",
	Title:    "EMR cluster uses no security configuration",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Encryption at rest and in transit, Kerberos authentication and IAM roles for EMRFS are all " +
		"set through a security configuration. A cluster launched without one runs with none of them, whatever " +
		"security configurations the account defines.",
	Remediation: "Attach a security configuration that encrypts at rest and in transit:\n\n" +
		"    resource \"aws_emr_cluster\" \"this\" {\n      security_configuration = aws_emr_security_configuration.this.name\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-specify-security-configuration.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/emr_cluster#security_configuration",
	},
	Resources: []string{"aws_emr_cluster"},
	Run: rule.Named("security_configuration", "EMR cluster {address} uses no security configuration",
		"EMR cluster {address} sets an empty security configuration"),
}
