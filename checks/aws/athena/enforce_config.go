package athena

import "github.com/tenantlint/tenantlint/lint"

// EnforceConfig flags workgroups that let clients override their settings.
// Default relied on: enforce_workgroup_configuration defaults to true.
var EnforceConfig = &lint.Check{
	ID:       "aws-athena-enforce-config",
	Title:    "Athena workgroup lets clients override its settings",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.SaaS,
	Description: "With enforce_workgroup_configuration false, each query may choose its own result location and " +
		"encryption, so the workgroup's encryption and output settings are only suggestions: results can land " +
		"unencrypted or in a bucket outside the team's control.",
	Remediation: "Enforce the workgroup configuration:\n\n" +
		"    configuration {\n      enforce_workgroup_configuration = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_workgroup#enforce_workgroup_configuration",
	},
	Resources: []string{"aws_athena_workgroup"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			enf := r.Block("configuration").Attr("enforce_workgroup_configuration")
			if on, ok := enf.BoolOr(true); ok && !on {
				p.Reportf(enf, "Athena workgroup %s does not enforce its configuration", r.Address)
			}
		}
	},
}
