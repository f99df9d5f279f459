// Package secretsmanager holds the checks for Secrets Manager secrets.
package secretsmanager

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/names"
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EnableRotation flags secrets that no aws_secretsmanager_secret_rotation
// rotates (nor the provider v3 inline rotation arguments).
var EnableRotation = &lint.Check{
	ID:       "aws-secretsmanager-enable-rotation",
	Title:    "Secrets Manager secret is not rotated",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A secret that never rotates stays valid for as long as any copy of it survives: in an old " +
		"container image, a log line or a former employee's notes. Automatic rotation bounds how long a leaked " +
		"credential is useful.",
	Remediation: "Add a rotation for the secret:\n\n" +
		"    resource \"aws_secretsmanager_secret_rotation\" \"db\" {\n" +
		"      secret_id           = aws_secretsmanager_secret.db.id\n" +
		"      rotation_lambda_arn = aws_lambda_function.rotate.arn\n" +
		"      rotation_rules { automatically_after_days = 30 }\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret_rotation",
	},
	Resources: []string{"aws_secretsmanager_secret"},
	Run: func(p *lint.Pass) {
		for _, s := range p.Resources() {
			// Provider v3 rotated a secret with inline arguments.
			if rule.Given(s.Attr("rotation_lambda_arn")) || s.Block("rotation_rules").Exists() {
				continue
			}
			rotations, certain := p.Module.Companions(names.AWS, s, "aws_secretsmanager_secret_rotation", "secret_id")
			if certain && len(rotations) == 0 {
				p.Reportf(s, "Secrets Manager secret %s has no rotation", s.Address)
			}
		}
	},
}
