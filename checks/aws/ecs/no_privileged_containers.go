package ecs

import "github.com/tenantlint/tenantlint/lint"

// NoPrivilegedContainers flags task definitions that run a container in
// privileged mode. Default relied on: privileged is false.
var NoPrivilegedContainers = &lint.Check{
	ID:       "aws-ecs-no-privileged-containers",
	Title:    "ECS task definition runs a privileged container",
	Severity: lint.High,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "A privileged container gets every Linux capability and access to the host's devices: code " +
		"running in it, or an attacker who compromises it, can take over the EC2 container instance and every " +
		"other task and credential on it.",
	Remediation: "Remove \"privileged\": true from the container definition and add only the capabilities it " +
		"needs under linuxParameters.capabilities.add.",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions",
	},
	Resources: []string{"aws_ecs_task_definition"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			defs, list := containers(r)
			for _, c := range list {
				if on, ok := c.Get("privileged").BoolOr(false); ok && on {
					p.Reportf(defs, "ECS task definition %s runs container %s in privileged mode", r.Address, containerName(c))
				}
			}
		}
	},
}
