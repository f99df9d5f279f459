// Package general holds the Google Cloud checks that are about no one
// service.
package general

import (
	"github.com/tenantlint/tenantlint/checks/internal/hardcoded"
	"github.com/tenantlint/tenantlint/lint"
)

// credentialArgs are the google resource arguments that take a password or
// secret (google v5-v6 argument names).
var credentialArgs = hardcoded.Args{
	"google_sql_user":                      {"password"},
	"google_sql_database_instance":         {"root_password"},
	"google_alloydb_cluster":               {"initial_user.password"},
	"google_alloydb_user":                  {"password"},
	"google_bigquery_data_transfer_config": {"sensitive_params.secret_access_key"},
}

// NoHardcodedCredentials flags passwords and secrets written into resource
// arguments. A value computed from a resource or data source
// (random_password, google_secret_manager_secret_version) or an unset
// variable is not reported.
var NoHardcodedCredentials = &lint.Check{
	ID:       "google-general-no-hardcoded-credentials",
	Title:    "Credential written into a resource argument",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A password or secret written into the configuration (or into a variable default or tfvars " +
		"file) is readable by everyone with access to the repository, its history, CI logs and the Terraform " +
		"state, and it cannot be rotated without a code change. Generate it or read it from Secret Manager at " +
		"apply time, or use IAM database authentication instead of a password.",
	Remediation: "Generate the password and keep it in Secret Manager:\n\n" +
		"    resource \"random_password\" \"db\" {\n      length = 32\n    }\n\n" +
		"    resource \"google_sql_user\" \"app\" {\n" +
		"      password = random_password.db.result\n" +
		"    }",
	Links: []string{
		"https://cloud.google.com/secret-manager/docs/overview",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_user",
	},
	Resources: credentialArgs.Types(),
	Secret:    true,
	Run:       hardcoded.Run(credentialArgs, "Secret Manager or random_password"),
}
