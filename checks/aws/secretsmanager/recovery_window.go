package secretsmanager

import "github.com/tenantlint/tenantlint/lint"

// RecoveryWindow flags secrets deleted without a recovery window
// (recovery_window_in_days = 0; the provider default is 30 days).
var RecoveryWindow = &lint.Check{
	ID:       "aws-secretsmanager-recovery-window",
	Title:    "Secrets Manager secret is deleted without a recovery window",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "With recovery_window_in_days = 0, destroying the resource deletes the secret at once: a " +
		"mistaken apply or a malicious one removes credentials that running systems need, with no way back. " +
		"A window of 7 to 30 days lets the deletion be cancelled.",
	Remediation: "Keep a recovery window (7 to 30 days; 30 is the default):\n\n" +
		"    recovery_window_in_days = 7",
	Links: []string{
		"https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-restore-secret.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret#recovery_window_in_days",
	},
	Resources: []string{"aws_secretsmanager_secret"},
	Run: func(p *lint.Pass) {
		for _, s := range p.Resources() {
			a := s.Attr("recovery_window_in_days")
			if days, ok := a.IntOr(30); ok && days == 0 {
				p.Reportf(a, "Secrets Manager secret %s is deleted immediately, without a recovery window", s.Address)
			}
		}
	},
}
