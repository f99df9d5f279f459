package ecs

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// NoRootUser flags containers that are explicitly set to run as root. An
// absent user means the image's USER, which the task definition cannot show,
// so only an explicit "root" or UID 0 is reported.
var NoRootUser = &lint.Check{
	ID:       "aws-ecs-no-root-user",
	Title:    "ECS container runs as root",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "A container whose user is root (UID 0) runs its process as root inside the container. A " +
		"flaw in the application then comes with full control of the container's file system and, together " +
		"with any kernel or runtime escape, of the host.",
	Remediation: "Set the container's user to a non-root UID (and build the image for it):\n\n" +
		"    user = \"1000:1000\"",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions",
	},
	Resources: []string{"aws_ecs_task_definition"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			defs, list := containers(r)
			for _, c := range list {
				u := c.Get("user")
				user, ok := u.StringOr("")
				if !ok || u.Null() {
					continue
				}
				uid, _, _ := strings.Cut(strings.TrimSpace(user), ":")
				if uid == "root" || uid == "0" {
					p.Reportf(defs, "ECS task definition %s runs container %s as root (user %q)", r.Address, containerName(c), user)
				}
			}
		}
	},
}
