package ecs

import "github.com/tenantlint/tenantlint/lint"

// ContainerInsights flags clusters that do not turn on Container Insights.
// Default relied on: containerInsights is disabled unless the cluster sets it
// or the account default (aws_ecs_account_setting_default) turns it on.
var ContainerInsights = &lint.Check{
	ID:       "aws-ecs-container-insights",
	Title:    "ECS cluster does not enable Container Insights",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Container Insights records per-task and per-container metrics and events. Without it, a task " +
		"that starts mining, floods the network or restarts in a loop leaves little behind to alert on or to " +
		"investigate.",
	Remediation: "Add a setting block to the cluster:\n\n" +
		"    setting {\n" +
		"      name  = \"containerInsights\"\n" +
		"      value = \"enabled\"\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_cluster#setting",
	},
	Resources: []string{"aws_ecs_cluster"},
	Run: func(p *lint.Pass) {
		if p.Module.Any("aws_ecs_account_setting_default", func(r *lint.Resource) bool {
			return r.Attr("name").Equals("containerInsights") && !off(r.Attr("value"))
		}) {
			return
		}
		for _, r := range p.Resources() {
			var found *lint.Block
			for _, s := range r.Blocks("setting") {
				if n, ok := s.Attr("name").StringOr(""); !ok || n == "containerInsights" {
					found = s
				}
			}
			switch {
			case found == nil:
				p.Reportf(r, "ECS cluster %s does not enable Container Insights", r.Address)
			case off(found.Attr("value")):
				p.Reportf(found.Attr("value"), "ECS cluster %s disables Container Insights", r.Address)
			}
		}
	},
}

// off says whether a containerInsights value is known to be "disabled".
func off(a lint.Attr) bool {
	v, ok := a.StringOr("disabled")
	return ok && v == "disabled"
}
