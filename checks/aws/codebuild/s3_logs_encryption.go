package codebuild

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// S3LogsEncryption flags build logs sent to S3 without encryption.
// logs_config.s3_logs.status defaults to DISABLED and encryption_disabled to
// false (hashicorp/aws v3-v6); only enabled S3 logs are judged.
var S3LogsEncryption = &lint.Check{
	ID:       "aws-codebuild-s3-logs-encryption",
	Title:    "CodeBuild project writes build logs to S3 without encryption",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Build logs echo commands, environment and tool output; a careless script prints tokens or " +
		"connection strings into them. Stored unencrypted in S3, they are as exposed as the bucket's weakest " +
		"access rule.",
	Remediation: "Keep S3 log encryption on:\n\n" +
		"    logs_config {\n      s3_logs {\n        status              = \"ENABLED\"\n" +
		"        location            = \"${aws_s3_bucket.logs.id}/build-log\"\n        encryption_disabled = false\n      }\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#s3_logs",
	},
	Resources: []string{"aws_codebuild_project"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, lc := range r.Blocks("logs_config") {
				for _, b := range lc.Blocks("s3_logs") {
					if s, ok := b.Attr("status").StringOr("DISABLED"); !ok || !strings.EqualFold(s, "ENABLED") {
						continue
					}
					a := b.Attr("encryption_disabled")
					if off, ok := a.BoolOr(false); ok && off {
						p.Reportf(a, "CodeBuild project %s writes build logs to S3 without encryption", r.Address)
					}
				}
			}
		}
	},
}
