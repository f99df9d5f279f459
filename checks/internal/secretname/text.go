package secretname

import (
	"encoding/base64"
	"regexp"
	"strings"
	"unicode/utf8"
)

// accessKeyID is the shape of an AWS access key ID (long-term AKIA, temporary
// ASIA), whatever name holds it.
var accessKeyID = regexp.MustCompile(`\b(AKIA|ASIA)[0-9A-Z]{16}\b`)

// AccessKeyID says whether s holds an AWS access key ID by its shape.
func AccessKeyID(s string) bool { return accessKeyID.MatchString(s) }

var privateKey = regexp.MustCompile(`-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----`)

// assignment matches NAME=value, NAME: value and NAME = "value" in scripts,
// env files, YAML and JSON: the name (with an optional leading quote), the
// separator, and the value bare, quoted or with escaped quotes (\"...\").
// The name is a run of word characters, dots and dashes; whether it names a
// credential is decided by SecretName.
var assignment = regexp.MustCompile(`([A-Za-z0-9_.\-]+)\\?["']?[ \t]*[=:][ \t]*(\\?["']?)([^\s"'\\]*)`)

// Find returns what kind of credential the text (a user data script, a
// shell command, a configuration file) holds in plain text, or "": an AWS
// access key ID by its shape under any name, a private key, or an
// assignment to a credential name (AWS_SECRET_ACCESS_KEY=, password=,
// token: ...) with a literal value, bare, quoted or escaped. A value that is
// empty or that the script reads at run time ($VAR, ${VAR}, $(cmd), %VAR%,
// {{template}}, <placeholder>) is no finding. Base64 text is also read
// decoded.
func Find(s string) string {
	if k := find(s); k != "" {
		return k
	}
	if d, err := base64.StdEncoding.DecodeString(strings.TrimSpace(s)); err == nil && utf8.Valid(d) {
		return find(string(d))
	}
	return ""
}

func find(s string) string {
	switch {
	case AccessKeyID(s):
		return "an AWS access key ID"
	case privateKey.MatchString(s):
		return "a private key"
	}
	for _, m := range assignment.FindAllStringSubmatch(s, -1) {
		name, value := strings.Trim(m[1], ".-"), m[3]
		if !SecretName(name) || !literal(value) {
			continue
		}
		if strings.EqualFold(name, "aws_secret_access_key") {
			return "an AWS secret access key"
		}
		return "a password"
	}
	return ""
}

// literal says whether an assigned value is a written-out credential rather
// than a run-time reference, an empty value or a placeholder.
func literal(v string) bool {
	if v == "" || strings.ContainsAny(v[:1], "$%<({`[") {
		return false
	}
	return SecretValue(v)
}

// Plaintext says whether an environment variable holds a credential in plain
// text: a credential name (SecretName) with a literal value (SecretValue),
// or, under any name, a value that holds a credential by Find (an AWS access
// key ID, a private key, a credential assignment inside a configuration
// string).
func Plaintext(name, value string) bool {
	return SecretName(name) && SecretValue(value) || Find(value) != ""
}
