// Package ses holds the checks for Simple Email Service configuration sets.
package ses

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// RequireTLS flags configuration sets that let mail go out unencrypted.
// Default relied on: without delivery_options, or with tls_policy absent,
// the policy is Optional (aws_ses_configuration_set) or OPTIONAL
// (aws_sesv2_configuration_set), hashicorp/aws v4-v6.
var RequireTLS = &lint.Check{
	ID:       "aws-ses-require-tls",
	Title:    "SES configuration set does not require TLS",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "With the TLS policy Optional, SES delivers mail in plain text when the receiving server " +
		"offers no TLS, or when an attacker on the path strips the STARTTLS offer: the message and its " +
		"headers can then be read and changed in transit. Require makes SES hold such mail instead.",
	Remediation: "Require TLS for delivery:\n\n" +
		"    delivery_options {\n      tls_policy = \"Require\"\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/ses/latest/dg/security-protocols.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ses_configuration_set#delivery_options",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sesv2_configuration_set#delivery_options",
	},
	Resources: []string{"aws_ses_configuration_set", "aws_sesv2_configuration_set"},
	Run: rule.OneOf("delivery_options.tls_policy", []string{"Require"}, rule.Default("Optional").For("hashicorp/aws v4-v6"),
		"SES configuration set {address} has tls_policy {value}",
		rule.NoBlock("SES configuration set {address} has no delivery_options: mail may be delivered without TLS"),
		rule.FoldCase()),
}
