package iam

import (
	"fmt"

	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// Provider defaults of aws_iam_account_password_policy (registry docs):
// minimum_password_length is 6; the require_* flags are false; absent
// password_reuse_prevention means no reuse prevention; absent
// max_password_age means passwords never expire.

const passwordPolicyType = "aws_iam_account_password_policy"

var passwordPolicyLinks = []string{
	"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html",
	"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy",
}

// passwordDefaults is where the defaults above are documented.
const passwordDefaults = "hashicorp/aws, registry docs (latest)"

// requireFlag reports password policies that leave a require_* flag false.
func requireFlag(attr, what string) func(p *lint.Pass) {
	return rule.On(attr, rule.Default(false).For(passwordDefaults),
		"password policy {address} does not require "+what,
		rule.Unset("password policy {address} does not require "+what+" ("+attr+" defaults to false)"))
}

// atLeast reports password policies whose attr is below min; absent means def.
func atLeast(attr string, min, def int64, what string) func(p *lint.Pass) {
	return rule.MinNumber(attr, min, rule.Default(def).For(passwordDefaults),
		"password policy {address} sets "+attr+" to {value}, below {limit}",
		rule.Unset("password policy {address} sets no "+attr+" ("+what+")"))
}

// classDescription is the description of the four character-class checks.
const classDescription = "Without a character-class requirement, IAM users may choose passwords from a smaller " +
	"alphabet, which makes guessing and offline cracking of console passwords cheaper. Length matters " +
	"more than classes, but CIS AWS Foundations asks for both."

func requireRemediation(attr string) string {
	return fmt.Sprintf("Set %s = true on aws_iam_account_password_policy:\n\n    %s = true", attr, attr)
}
