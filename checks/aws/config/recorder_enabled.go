package config

import "github.com/tenantlint/tenantlint/lint"

// RecorderEnabled flags configuration recorders that are declared stopped.
// is_enabled is a required argument of aws_config_configuration_recorder_status.
var RecorderEnabled = &lint.Check{
	ID:       "aws-config-recorder-enabled",
	Title:    "AWS Config recorder is stopped",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "A stopped configuration recorder records no configuration changes: security group, IAM " +
		"and bucket policy changes leave no history, and Config rules and conformance packs stop evaluating " +
		"resources, so drift and tampering go unnoticed.",
	Remediation: "Set is_enabled = true on the recorder status:\n\n" +
		"    resource \"aws_config_configuration_recorder_status\" \"main\" {\n" +
		"      name       = aws_config_configuration_recorder.main.name\n      is_enabled = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_configuration_recorder_status",
	},
	Resources: []string{"aws_config_configuration_recorder_status"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr("is_enabled")
			if on, ok := a.BoolOr(true); ok && !on {
				p.Reportf(a, "AWS Config recorder status %s leaves the recorder stopped", r.Address)
			}
		}
	},
}
