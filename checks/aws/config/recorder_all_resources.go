// Package config holds the checks for AWS Config recorders.
package config

import "github.com/tenantlint/tenantlint/lint"

// RecorderAllResources flags configuration recorders that record a chosen
// list of resource types instead of all of them. recording_group.all_supported
// defaults to true, and a recorder without recording_group records every
// supported regional type. include_global_resource_types (default false) is
// not reported: global IAM types are meant to be recorded in one region only,
// and a single configuration cannot show which region that is.
var RecorderAllResources = &lint.Check{
	ID:       "aws-config-recorder-all-resources",
	Title:    "AWS Config recorder does not record all resource types",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.SaaS,
	Description: "A recorder limited to a list of resource types (or one that excludes some) keeps no " +
		"configuration history for the others, including types added later. Changes an intruder makes to " +
		"unrecorded resources leave no timeline, and Config rules cannot evaluate them.",
	Remediation: "Record every supported type:\n\n" +
		"    recording_group {\n      all_supported                 = true\n      include_global_resource_types = true # in one region\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_configuration_recorder",
	},
	Resources: []string{"aws_config_configuration_recorder"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, g := range r.Blocks("recording_group") {
				a := g.Attr("all_supported")
				if all, ok := a.BoolOr(true); ok && !all {
					p.Reportf(a, "AWS Config recorder %s records only selected resource types", r.Address)
				}
			}
		}
	},
}
