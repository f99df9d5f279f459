package cloudrun

import (
	"github.com/tenantlint/tenantlint/checks/internal/secretname"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPlaintextSecrets flags container environment variables whose name says
// they hold a credential (PASSWORD, TOKEN, API_KEY, CLIENT_SECRET...; not
// pointers such as SECRET_NAME) and whose value is a literal: an env block
// with value rather than value_from (v1) or value_source (v2). The name and
// value tests are those of aws-lambda-no-secrets-in-env, shared. Unknown
// values are not reported.
var NoPlaintextSecrets = &lint.Check{
	ID:       "google-cloudrun-no-plaintext-secrets",
	Title:    "Cloud Run container keeps a secret in a plain environment variable",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Plain environment variables are part of the service's revision: anyone with run.services.get, " +
		"the console, the Terraform state and the source all show their values. A password or token written " +
		"there leaks far beyond the container and stays in every old revision.",
	Remediation: "Keep the value in Secret Manager and reference it:\n\n" +
		"    env {\n      name = \"DB_PASSWORD\"\n      value_source {\n        secret_key_ref {\n" +
		"          secret  = google_secret_manager_secret.db.secret_id\n          version = \"latest\"\n        }\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/run/docs/configuring/services/secrets",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_v2_service#env",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_service#env",
	},
	Resources: []string{v1Service, v2Service, v2Job},
	Secret:    true,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, c := range containers(r) {
				for _, env := range c.Blocks("env") {
					name, ok := env.Attr("name").StringOr("")
					v := env.Attr("value")
					s, known := v.StringOr("")
					if !ok || !known || v.Null() || !secretname.Plaintext(name, s) {
						continue
					}
					// The message names the variable, never its value.
					p.Reportf(v, "Cloud Run %s sets %s to a literal secret in a container's environment", r.Address, name)
				}
			}
		}
	},
}
