package lambda

import "github.com/tenantlint/tenantlint/lint"

// FunctionURLAuth flags function URLs that anyone on the internet can call.
// authorization_type is required: "NONE" or "AWS_IAM".
var FunctionURLAuth = &lint.Check{
	ID:       "aws-lambda-function-url-auth",
	Title:    "Lambda function URL requires no authentication",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "A function URL with authorization_type NONE is a public HTTPS endpoint: anyone who finds it " +
		"can invoke the function, with whatever its execution role may do, and run up its cost. Unless the code " +
		"authenticates every request itself, the function is open to the internet.",
	Remediation: "Set authorization_type = \"AWS_IAM\" and grant lambda:InvokeFunctionUrl to the callers, " +
		"or put the function behind API Gateway or CloudFront with authentication:\n\n" +
		"    authorization_type = \"AWS_IAM\"",
	Links: []string{
		"https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function_url#authorization_type",
	},
	Resources: []string{"aws_lambda_function_url"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			auth := r.Attr("authorization_type")
			if v, ok := auth.StringOr(""); ok && v == "NONE" {
				p.Reportf(auth, "Lambda function URL %s can be invoked by anyone without authentication", r.Address)
			}
		}
	},
}
