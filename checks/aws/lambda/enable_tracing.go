package lambda

import "github.com/tenantlint/tenantlint/lint"

// EnableTracing flags functions that do not trace requests with X-Ray.
// Default relied on: without tracing_config the mode is PassThrough, which
// only traces requests an upstream service has already sampled.
var EnableTracing = &lint.Check{
	ID:       "aws-lambda-enable-tracing",
	Title:    "Lambda function does not enable active X-Ray tracing",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Without active tracing, a request that reaches the function directly leaves no X-Ray trace " +
		"of the calls it made to other services. Traces help reconstruct what an abused or failing function did.",
	Remediation: "Add a tracing_config block with mode Active (the execution role needs " +
		"xray:PutTraceSegments):\n\n" +
		"    tracing_config {\n" +
		"      mode = \"Active\"\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#tracing_config",
	},
	Resources: []string{"aws_lambda_function"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			mode := r.Block("tracing_config").Attr("mode")
			if m, ok := mode.StringOr("PassThrough"); ok && m != "Active" {
				p.Reportf(mode, "Lambda function %s does not enable active X-Ray tracing", r.Address)
			}
		}
	},
}
