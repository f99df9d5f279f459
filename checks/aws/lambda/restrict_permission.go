package lambda

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// restricted says whether a permission names a condition on the caller: a
// source ARN or account, an organization, or an event source token.
func restricted(r *lint.Resource) bool {
	for _, a := range []string{"source_arn", "source_account", "principal_org_id", "event_source_token"} {
		if rule.Given(r.Attr(a)) {
			return true
		}
	}
	return false
}

// RestrictPermission flags resource-based permissions that let any account
// invoke a function: principal "*" without a source or organization
// condition, or an AWS service principal without source_arn or
// source_account (the service would invoke on behalf of any account).
var RestrictPermission = &lint.Check{
	ID:       "aws-lambda-restrict-permission",
	Title:    "Lambda permission lets any account invoke the function",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "A permission for principal \"*\" lets every AWS account invoke the function. A permission for a " +
		"service such as s3.amazonaws.com or sns.amazonaws.com without source_arn or source_account lets that " +
		"service invoke it for any customer's bucket or topic, so another account can drive the function with " +
		"its own events (a confused deputy).",
	Remediation: "Name the account, or restrict the caller with source_arn, source_account or " +
		"principal_org_id:\n\n" +
		"    principal  = \"s3.amazonaws.com\"\n" +
		"    source_arn = aws_s3_bucket.uploads.arn",
	Links: []string{
		"https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission",
	},
	Resources: []string{"aws_lambda_permission"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			principal := r.Attr("principal")
			who, ok := principal.StringOr("")
			if !ok || restricted(r) {
				continue
			}
			switch {
			case who == "*":
				p.Reportf(principal, "Lambda permission %s lets any AWS account invoke the function", r.Address)
			case strings.HasSuffix(who, ".amazonaws.com"):
				p.Reportf(principal, "Lambda permission %s lets %s invoke the function for any account: set source_arn or source_account", r.Address, who)
			}
		}
	},
}
