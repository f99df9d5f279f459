// Package workspaces holds the checks for Amazon WorkSpaces.
package workspaces

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// RootVolumeEncryption flags WorkSpaces whose root volume is not encrypted.
// root_volume_encryption_enabled defaults to false (hashicorp/aws v3-v6).
var RootVolumeEncryption = &lint.Check{
	ID:       "aws-workspaces-root-volume-encryption",
	Title:    "WorkSpace root volume is not encrypted",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "The root volume holds the desktop's operating system, cached credentials, browser profiles " +
		"and whatever users save outside their profile. Encryption can only be chosen when the WorkSpace is " +
		"created; an unencrypted volume stays readable to whoever gets a snapshot or the underlying storage.",
	Remediation: "Create the WorkSpace with encrypted volumes:\n\n" +
		"    resource \"aws_workspaces_workspace\" \"this\" {\n      root_volume_encryption_enabled = true\n" +
		"      user_volume_encryption_enabled = true\n      volume_encryption_key          = aws_kms_key.workspaces.arn\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/workspaces/latest/adminguide/encrypt-workspaces.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/workspaces_workspace#root_volume_encryption_enabled",
	},
	Resources: []string{"aws_workspaces_workspace"},
	Run: rule.On("root_volume_encryption_enabled", rule.Default(false).For("hashicorp/aws v3-v6"),
		"WorkSpace {address} does not encrypt its root volume"),
}
