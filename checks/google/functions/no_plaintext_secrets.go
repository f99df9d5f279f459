package functions

import (
	"github.com/tenantlint/tenantlint/checks/internal/secretname"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPlaintextSecrets flags function environment variables (run time and
// build time, both generations) whose name says they hold a credential and
// whose value is a literal. The name and value tests are those of
// aws-lambda-no-secrets-in-env, shared. Unknown values are not reported.
var NoPlaintextSecrets = &lint.Check{
	ID:       "google-functions-no-plaintext-secrets",
	Title:    "Cloud Function keeps a secret in a plain environment variable",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Environment variables are part of the function's configuration: anyone allowed " +
		"cloudfunctions.functions.get, the console, the Terraform state and the source all show them. A password " +
		"or token placed there leaks far beyond the function and cannot be rotated without a redeploy.",
	Remediation: "Keep the value in Secret Manager and mount it as a secret environment variable:\n\n" +
		"    secret_environment_variables {\n      key     = \"DB_PASSWORD\"\n      secret  = google_secret_manager_secret.db.secret_id\n" +
		"      version = \"latest\"\n    }",
	Links: []string{
		"https://cloud.google.com/functions/docs/configuring/secrets",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions_function#environment_variables",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions2_function#environment_variables",
	},
	Resources: []string{v1Function, v2Function},
	Secret:    true,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			maps := []lint.Attr{r.Attr("environment_variables"), r.Attr("build_environment_variables")}
			if r.Type == v2Function {
				maps = []lint.Attr{r.Block("service_config").Attr("environment_variables"), r.Block("build_config").Attr("environment_variables")}
			}
			for _, vars := range maps {
				for _, name := range vars.Keys() {
					v := vars.Field(name)
					s, ok := v.StringOr("")
					if !ok || v.Null() || !secretname.Plaintext(name, s) {
						continue
					}
					// The message names the variable, never its value.
					p.Reportf(v, "Cloud Function %s sets %s to a literal secret in its %s", r.Address, name, vars.Name)
				}
			}
		}
	},
}
