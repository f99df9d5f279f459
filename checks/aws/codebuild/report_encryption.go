package codebuild

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// ReportEncryption flags report groups that export test and coverage reports
// to S3 unencrypted. export_config.s3_destination.encryption_disabled
// defaults to false (hashicorp/aws v3-v6).
var ReportEncryption = &lint.Check{
	ID:       "aws-codebuild-report-encryption",
	Title:    "CodeBuild report group exports reports without encryption",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Test and coverage reports describe the code under test and often carry request bodies, " +
		"fixtures and stack traces. Exported to S3 with encryption disabled, they are stored in clear text.",
	Remediation: "Keep the export encrypted:\n\n" +
		"    export_config {\n      type = \"S3\"\n      s3_destination {\n        bucket              = aws_s3_bucket.reports.id\n" +
		"        encryption_disabled = false\n        encryption_key      = aws_kms_key.reports.arn\n      }\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/codebuild/latest/userguide/report-group-export-settings.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_report_group#encryption_disabled",
	},
	Resources: []string{"aws_codebuild_report_group"},
	Run: rule.Off("export_config.s3_destination.encryption_disabled", rule.Default(false).For("hashicorp/aws v3-v6"),
		"CodeBuild report group {address} exports reports to S3 without encryption"),
}
