package codebuild

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/internal/secretname"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPlaintextSecrets flags environment variables of type PLAINTEXT (the
// default in hashicorp/aws v3-v6) whose name says they hold a credential and
// whose value is a literal. PARAMETER_STORE and SECRETS_MANAGER variables
// hold a reference, not the secret.
var NoPlaintextSecrets = &lint.Check{
	ID:       "aws-codebuild-no-plaintext-secrets",
	Title:    "CodeBuild project keeps a secret in a plaintext environment variable",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "PLAINTEXT environment variables are stored in the project definition: codebuild:BatchGetProjects, " +
		"the console, build logs that print the environment, the Terraform state and the source all show them. " +
		"A password or token placed there is readable far beyond the builds that need it.",
	Remediation: "Store the value in Secrets Manager or Parameter Store and reference it:\n\n" +
		"    environment_variable {\n      name  = \"NPM_TOKEN\"\n      type  = \"SECRETS_MANAGER\"\n" +
		"      value = \"${aws_secretsmanager_secret.npm.arn}:token\"\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html#build-spec.env",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#environment_variable",
	},
	Resources: []string{"aws_codebuild_project"},
	Secret:    true,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, env := range r.Blocks("environment") {
				for _, b := range env.Blocks("environment_variable") {
					if t, ok := b.Attr("type").StringOr("PLAINTEXT"); !ok || !strings.EqualFold(t, "PLAINTEXT") {
						continue
					}
					name, ok := b.Attr("name").StringOr("")
					if !ok || !secretname.SecretName(name) {
						continue
					}
					v := b.Attr("value")
					if s, ok := v.StringOr(""); ok && !v.Null() && secretname.SecretValue(s) {
						// The message names the variable, never its value.
						p.Reportf(v, "CodeBuild project %s sets %s to a plaintext secret", r.Address, name)
					}
				}
			}
		}
	},
}
