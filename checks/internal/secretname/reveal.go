package secretname

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// Registering the recogniser with lint makes every finding, of any check,
// hold back what it recognises: Reportf marks a finding Secret when its
// range shows such a value, and keeps the value out of its message. Every
// program that runs checks links this package through them.
func init() { lint.SecretText = Revealing } //nolint:gochecknoinits // the hook must be set by linking the recogniser, before any check runs, whichever registry a program uses

// Revealing says whether a value a report could print looks like a
// credential: a plausible value under a credential name, an AWS access key
// ID or a private key anywhere, or a credential assignment (Find) in a text
// that reads like a script or a configuration file (it holds a newline or
// an "="). Single-line "service:Action" strings such as IAM actions
// (secretsmanager:GetSecretValue) are not assignments.
func Revealing(name, value string) bool {
	if name != "" && SecretName(name) && SecretValue(value) {
		return true
	}
	if AccessKeyID(value) || privateKey.MatchString(value) {
		return true
	}
	return strings.ContainsAny(value, "\n=") && Find(value) != ""
}
