package lambda

import (
	"github.com/tenantlint/tenantlint/checks/internal/secretname"
	"github.com/tenantlint/tenantlint/lint"
)

// NoSecretsInEnv flags Lambda environment variables whose name says they hold
// a credential and whose value is a literal written into the configuration.
var NoSecretsInEnv = &lint.Check{
	ID:       "aws-lambda-no-secrets-in-env",
	Title:    "Lambda function keeps a secret in a plain environment variable",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Environment variables are part of the function configuration: anyone allowed " +
		"lambda:GetFunctionConfiguration, the console, and the Terraform state and source all see their values. " +
		"A password or API key placed there is readable far beyond the function that needs it and cannot be " +
		"rotated without a redeploy.",
	Remediation: "Keep the secret in Secrets Manager or SSM Parameter Store, pass its ARN or name, and read " +
		"it at run time (for example with the Parameters and Secrets Lambda extension):\n\n" +
		"    DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.db.arn",
	Links: []string{
		"https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-encryption",
		"https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#environment",
	},
	Resources: []string{"aws_lambda_function"},
	Secret:    true,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, env := range r.Blocks("environment") {
				vars := env.Attr("variables")
				for _, name := range vars.Keys() {
					v := vars.Get(name)
					s, ok := v.StringOr("")
					if !ok || v.Null() || !secretname.Plaintext(name, s) {
						continue
					}
					// The message names the variable, never its value.
					p.Reportf(vars, "Lambda function %s sets %s to a literal secret in its environment", r.Address, name)
				}
			}
		}
	},
}
