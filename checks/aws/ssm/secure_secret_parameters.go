package ssm

import (
	"regexp"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// secretName matches parameter names whose last path segment ends with a
// word that names a secret ("db_password", "github-token", "ApiKey"), and
// not those that name something about a secret ("password_arn",
// "token_url", "secret_name").
var secretName = regexp.MustCompile(`(^|[^a-z0-9])(password|passwd|secret|token|api[_-]?key|private[_-]?key|secret[_-]?key|access[_-]?key)s?$`)

// camelBoundary finds a lowercase letter or digit followed by an uppercase
// letter, to split "DbPassword" into "db_password".
var camelBoundary = regexp.MustCompile(`([a-z0-9])([A-Z])`)

// SecureSecretParameters flags String and StringList parameters whose name
// says they hold a secret. Only the name is read: a parameter named after a
// secret is expected to be a SecureString.
var SecureSecretParameters = &lint.Check{
	ID:       "aws-ssm-secure-secret-parameters",
	Title:    "SSM parameter holding a secret is not a SecureString",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A String or StringList parameter is stored and returned in plain text: anyone with " +
		"ssm:GetParameter, or read access to the console, the API history or the Terraform plan, reads it. " +
		"A SecureString is encrypted with KMS, so reading it also needs kms:Decrypt on its key.",
	Remediation: "Store secrets as SecureString, ideally with a customer managed key:\n\n" +
		"    type   = \"SecureString\"\n" +
		"    key_id = aws_kms_key.params.arn",
	Links: []string{
		"https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ssm_parameter#type",
	},
	Resources: []string{"aws_ssm_parameter"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			typ := r.Attr("type")
			t, ok := typ.StringOr("")
			if !ok || (t != "String" && t != "StringList") {
				continue
			}
			name, ok := r.Attr("name").StringOr("")
			if !ok {
				continue
			}
			last := strings.TrimRight(name, "/")
			last = last[strings.LastIndex(last, "/")+1:]
			if secretName.MatchString(strings.ToLower(camelBoundary.ReplaceAllString(last, "${1}_${2}"))) {
				p.Reportf(typ, "SSM parameter %s is named like a secret (%q) but stored as a plain %s", r.Address, last, t)
			}
		}
	},
}
