package workspaces

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// UserVolumeEncryption flags WorkSpaces whose user volume is not encrypted.
// user_volume_encryption_enabled defaults to false (hashicorp/aws v3-v6).
var UserVolumeEncryption = &lint.Check{
	ID:       "aws-workspaces-user-volume-encryption",
	Title:    "WorkSpace user volume is not encrypted",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "The user volume (D:\\ or /home) holds the user's profile and documents: the business data " +
		"people work on every day. Encryption can only be chosen when the WorkSpace is created.",
	Remediation: "Create the WorkSpace with an encrypted user volume:\n\n" +
		"    resource \"aws_workspaces_workspace\" \"this\" {\n      user_volume_encryption_enabled = true\n" +
		"      volume_encryption_key          = aws_kms_key.workspaces.arn\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/workspaces/latest/adminguide/encrypt-workspaces.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/workspaces_workspace#user_volume_encryption_enabled",
	},
	Resources: []string{"aws_workspaces_workspace"},
	Run: rule.On("user_volume_encryption_enabled", rule.Default(false).For("hashicorp/aws v3-v6"),
		"WorkSpace {address} does not encrypt its user volume"),
}
