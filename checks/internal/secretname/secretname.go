// Package secretname tells, by name and by value, whether an environment
// variable (of a Lambda function, an ECS container, a Cloud Run service or a
// Cloud Function) holds a credential in plain text.
package secretname

import (
	"regexp"
	"strings"
)

// secretWord matches names that usually hold a credential.
var secretWord = regexp.MustCompile(`(?i)(passw(or)?d|passwd|secret|token|api_?key|apikey|private_?key|access_?key|credential|auth_?key|client_?secret)`)

// pointerSuffix matches names that hold where a secret lives or how it is
// used, not the secret itself: DB_PASSWORD_SECRET_ARN, TOKEN_PARAM_NAME, ...
var pointerSuffix = regexp.MustCompile(`(?i)[_-]?(arn|name|id|path|param|parameter|ssm|url|uri|endpoint|region|file|enabled|length|ttl|expiry|expiration|header|type|version|location|secret_?id)$`)

// SecretName says whether an environment variable name looks like it holds
// a credential (PASSWORD, API_KEY, CLIENT_SECRET...) rather than a pointer
// to one (SECRET_ARN, TOKEN_PARAMETER_NAME...).
func SecretName(name string) bool {
	return secretWord.MatchString(name) && !pointerSuffix.MatchString(name)
}

// SecretValue says whether a literal value could be a credential: non-empty,
// not a boolean or a placeholder, and not a reference to a secret store.
func SecretValue(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 4 {
		return false
	}
	switch strings.ToLower(v) {
	case "true", "false", "none", "null", "enabled", "disabled":
		return false
	}
	for _, prefix := range []string{"arn:", "{{resolve:", "ssm:", "secretsmanager:", "/"} {
		if strings.HasPrefix(v, prefix) {
			return false
		}
	}
	return true
}
