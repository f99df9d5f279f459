package functions

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// HTTPSOnly flags first-generation HTTP functions that answer plain HTTP.
// Default relied on: without https_trigger_security_level the Cloud
// Functions API uses SECURE_OPTIONAL (hashicorp/google v4-v6 leave it to the
// API). Second-generation functions serve HTTPS only and are not read.
// Unknown values are not reported.
var HTTPSOnly = &lint.Check{
	ID:       "google-functions-https-only",
	Title:    "Cloud Function answers plain HTTP requests",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "With SECURE_OPTIONAL a first-generation HTTP function answers http:// requests as well as " +
		"https:// ones, so requests, tokens and responses can cross the network unencrypted and be altered on the " +
		"way. SECURE_ALWAYS redirects every plain request to HTTPS.",
	Remediation: "Redirect plain HTTP to HTTPS:\n\n" +
		"    trigger_http                 = true\n    https_trigger_security_level = \"SECURE_ALWAYS\"",
	Links: []string{
		"https://cloud.google.com/functions/1stgendocs/writing/write-http-functions#security_levels",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions_function#https_trigger_security_level",
	},
	Resources: []string{v1Function},
	Run: rule.OneOf("https_trigger_security_level", []string{"SECURE_ALWAYS"},
		rule.Default("SECURE_OPTIONAL").For("the Cloud Functions API; hashicorp/google v4-v6"),
		"Cloud Function {address} has https_trigger_security_level {value}: it answers plain HTTP",
		rule.Unset("Cloud Function {address} sets no https_trigger_security_level: it answers plain HTTP (SECURE_OPTIONAL)"),
		rule.Skip(not(v1Function, httpTriggered))),
}
