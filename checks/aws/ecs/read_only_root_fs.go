package ecs

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// ReadOnlyRootFS flags containers whose root file system is writable.
// Default relied on: readonlyRootFilesystem is false when absent (ECS task
// definition parameters; container_definitions is passed through unchanged
// by hashicorp/aws v3-v6). Windows tasks
// (runtime_platform.operating_system_family WINDOWS_*) are left alone: ECS
// does not support the parameter for them.
var ReadOnlyRootFS = &lint.Check{
	ID:       "aws-ecs-read-only-root-fs",
	Title:    "ECS container has a writable root file system",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "A container with a writable root file system lets a compromised process drop tools, " +
		"change binaries and configuration, and persist for the life of the task. A read-only root file " +
		"system, with volumes only where the application must write, takes that away.",
	Remediation: "Make the root file system read-only and mount a volume for what must be written:\n\n" +
		"    container_definitions = jsonencode([{\n" +
		"      name                   = \"app\"\n" +
		"      image                  = \"example/app:1.0\"\n" +
		"      readonlyRootFilesystem = true\n" +
		"    }])",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions",
	},
	Resources: []string{"aws_ecs_task_definition"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			family, ok := r.Block("runtime_platform").Attr("operating_system_family").StringOr("")
			if !ok || strings.HasPrefix(strings.ToUpper(family), "WINDOWS") {
				continue
			}
			defs, list := containers(r)
			for _, c := range list {
				if on, ok := c.Get("readonlyRootFilesystem").BoolOr(false); ok && !on {
					p.Reportf(defs, "ECS task definition %s gives container %s a writable root file system", r.Address, containerName(c))
				}
			}
		}
	},
}
