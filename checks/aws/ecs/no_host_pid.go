package ecs

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// NoHostPID flags task definitions that share the host's process namespace.
// Default relied on: pid_mode absent gives each container its own
// namespace (hashicorp/aws v3-v6), so only "host" is reported.
var NoHostPID = &lint.Check{
	ID:       "aws-ecs-no-host-pid",
	Title:    "ECS task shares the host's process namespace",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "With pid_mode host, the task's containers see every process on the container instance, " +
		"those of other tasks and of the ECS agent included, and can signal or inspect them. A compromised " +
		"container then reaches far beyond its own task.",
	Remediation: "Remove pid_mode, or share processes only within the task:\n\n    pid_mode = \"task\"",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_definition_pidmode",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#pid_mode",
	},
	Resources: []string{"aws_ecs_task_definition"},
	Run: rule.OneOf("pid_mode", []string{"task"}, rule.NoDefault,
		"ECS task definition {address} shares the host's process namespace (pid_mode {value})"),
}
