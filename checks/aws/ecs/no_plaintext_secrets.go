package ecs

import (
	"github.com/tenantlint/tenantlint/checks/internal/secretname"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPlaintextSecrets flags container environment entries whose name says
// they hold a credential and whose value is a literal.
var NoPlaintextSecrets = &lint.Check{
	ID:       "aws-ecs-no-plaintext-secrets",
	Title:    "ECS container keeps a secret in a plain environment variable",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Values in a container definition's environment are stored in the task definition: anyone " +
		"allowed ecs:DescribeTaskDefinition, the console, and the Terraform state and source all see them. A " +
		"password or key placed there is readable far beyond the task that needs it.",
	Remediation: "Move the value to Secrets Manager or SSM Parameter Store and reference it from the " +
		"container's secrets list, which ECS resolves at start-up:\n\n" +
		"    secrets = [{ name = \"DB_PASSWORD\", valueFrom = aws_secretsmanager_secret.db.arn }]",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_task_definition#container_definitions",
	},
	Resources: []string{"aws_ecs_task_definition"},
	Secret:    true,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			defs, list := containers(r)
			for _, c := range list {
				for _, env := range c.Get("environment").Elements() {
					name, ok := env.Get("name").StringOr("")
					if !ok {
						continue
					}
					v := env.Get("value")
					if s, ok := v.StringOr(""); ok && !v.Null() && secretname.Plaintext(name, s) {
						// The message names the variable, never its value.
						p.Reportf(defs, "ECS task definition %s sets %s in container %s to a literal secret", r.Address, name, containerName(c))
					}
				}
			}
		}
	},
}
