package s3

import (
	"regexp"
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/checks/aws/iampolicy"
	"github.com/tenantlint/tenantlint/lint"
)

// NoCrossAccountFullAccess flags bucket policies (the policy argument of
// aws_s3_bucket, provider v3, and aws_s3_bucket_policy, v4-v6) with an Allow
// statement that grants "s3:*" or "*" to AWS accounts named in the policy
// (an account ID, or an IAM/STS ARN of an account, "*" for the account
// included) with no condition that restricts the caller.
//
// The split with aws-s3-no-public-bucket-policy: Principal "*" (and
// {"AWS": "*"}) is that check's, whatever the actions; this check takes the
// named accounts. The bucket's own account is not in the configuration: an
// account written literally is taken for another one, and a principal built
// from data.aws_caller_identity or an unset variable is unknown, hence no
// finding. A public access block does not restrict grants to named
// accounts, so it silences nothing here.
var NoCrossAccountFullAccess = &lint.Check{
	ID:       "aws-s3-no-cross-account-full-access",
	Title:    "S3 bucket policy grants every S3 action to another account",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "\"s3:*\" in a bucket policy is more than reading and writing objects: it lets the " +
		"account's principals delete the bucket, rewrite its policy and ACLs, turn off versioning, " +
		"object lock and encryption settings, and change replication and lifecycle rules. Granted to " +
		"another account, the bucket's security rests on that account's IAM, and whoever is compromised " +
		"there can lock the owner out or destroy the data.",
	Remediation: "Grant the other account the actions it needs on the objects it needs, and limit the " +
		"principal:\n\n" +
		"    statement {\n" +
		"      actions   = [\"s3:GetObject\", \"s3:PutObject\"]\n" +
		"      resources = [\"${aws_s3_bucket.shared.arn}/incoming/*\"]\n" +
		"      principals {\n" +
		"        type        = \"AWS\"\n" +
		"        identifiers = [\"arn:aws:iam::111122223333:role/uploader\"]\n" +
		"      }\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-accounts",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy",
	},
	Resources: []string{"aws_s3_bucket_policy", "aws_s3_bucket"},
	Run: func(p *lint.Pass) {
		seen := iampolicy.Seen{}
		for _, r := range p.Resources() {
			policy := r.Attr("policy")
			if policy.Null() {
				continue
			}
			on := ""
			if r.Type == "aws_s3_bucket_policy" {
				if b := bucketOf(p.Module, r.Attr("bucket")); b != nil {
					on = " (bucket " + b.Address + ")"
				}
			}
			for _, st := range crossAccountStatements(policy) {
				if !seen.First(st) {
					continue
				}
				p.Reportf(st.At, "S3 bucket policy %s%s allows every S3 action to %s with no restricting condition",
					r.Address, on, strings.Join(accountsOf(st), ", "))
			}
		}
	},
}

// crossAccountStatements returns the Allow statements of a policy that give
// "s3:*" or "*" to named AWS accounts without a restricting condition. None
// are returned when a Deny for every principal carries a restricting
// condition (the policy then fences every grant), or when some statement's
// effect cannot be known.
func crossAccountStatements(policy lint.Attr) []iampolicy.Statement {
	sts, ok := iampolicy.Read(policy)
	if !ok {
		return nil
	}
	var out []iampolicy.Statement
	for _, st := range sts {
		if st.Effect == "" {
			return nil
		}
		if !st.Allows() && st.PublicPrincipal() && restricted(st) {
			return nil
		}
		if st.Allows() && st.PrincipalsKnown && !st.PublicPrincipal() && len(st.NotPrincipals) == 0 &&
			fullS3(st) && len(accountsOf(st)) > 0 && !restricted(st) {
			out = append(out, st)
		}
	}
	return out
}

// fullS3 says whether the statement's known actions include "s3:*" or "*".
func fullS3(st iampolicy.Statement) bool {
	return slices.ContainsFunc(st.Actions, func(a string) bool { return a == "*" || strings.EqualFold(a, "s3:*") })
}

// accountPrincipal reads the account of an AWS principal: a 12-digit ID, or
// the account field of an IAM or STS ARN (root, a role, a user, an assumed
// role), "*" for any account.
var accountPrincipal = regexp.MustCompile(`^(?:(\d{12})|arn:aws[a-z-]*:(?:iam|sts)::(\d{12}|\*):.+)$`)

// accountsOf lists, sorted, the accounts the statement's AWS principals
// name ("account 111122223333", "any account").
func accountsOf(st iampolicy.Statement) []string {
	var out []string
	for _, id := range st.Principals["AWS"] {
		m := accountPrincipal.FindStringSubmatch(id)
		switch {
		case m == nil:
		case m[2] == "*":
			out = append(out, "any account")
		default:
			out = append(out, "account "+m[1]+m[2])
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
