package lambda

import (
	"time"

	"github.com/tenantlint/tenantlint/lint"
)

// deprecatedOn is the date Lambda deprecates each runtime, from the AWS
// "Lambda runtimes" page (supported and deprecated runtime tables). A runtime
// counts as deprecated once its date has passed; one missing from the table
// is never reported.
var deprecatedOn = map[string]string{
	"nodejs": "2016-10-31", "nodejs4.3": "2020-03-06", "nodejs4.3-edge": "2019-04-30",
	"nodejs6.10": "2019-08-12", "nodejs8.10": "2020-03-06", "nodejs10.x": "2021-07-30",
	"nodejs12.x": "2023-03-31", "nodejs14.x": "2023-12-04", "nodejs16.x": "2024-06-12",
	"nodejs18.x": "2025-09-01", "nodejs20.x": "2026-04-30",
	"python2.7": "2021-07-15", "python3.6": "2022-07-18", "python3.7": "2023-12-04",
	"python3.8": "2024-10-14", "python3.9": "2025-12-15",
	"ruby2.5": "2021-07-30", "ruby2.7": "2023-12-07", "ruby3.2": "2026-03-31",
	"java8": "2024-01-08", "go1.x": "2024-01-08", "provided": "2024-01-08",
	"dotnetcore1.0": "2019-07-30", "dotnetcore2.0": "2019-05-30", "dotnetcore2.1": "2022-01-05",
	"dotnetcore3.1": "2023-04-03", "dotnet5.0": "2022-05-10", "dotnet6": "2024-12-20", "dotnet7": "2024-05-14",
}

// DeprecatedRuntime flags functions on a runtime Lambda has deprecated.
// Default relied on: runtime is absent for container images, which are skipped.
var DeprecatedRuntime = &lint.Check{
	ID:       "aws-lambda-deprecated-runtime",
	Title:    "Lambda function uses a deprecated runtime",
	Severity: lint.Medium,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Lambda deprecates a runtime when its language version or operating system stops receiving " +
		"security updates. Functions on it keep running, but on unpatched software with known vulnerabilities, " +
		"without technical support, and soon without the ability to be updated.",
	Remediation: "Move the function to a supported runtime of the same language and test it:\n\n" +
		"    runtime = \"python3.13\"",
	Links: []string{
		"https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
		"https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function#runtime",
	},
	Resources: []string{"aws_lambda_function", "aws_lambda_layer_version"},
	Run: func(p *lint.Pass) {
		today := p.Now().UTC().Format(time.DateOnly)
		for _, r := range p.Resources() {
			var attrs []lint.Attr
			if r.Type == "aws_lambda_function" {
				attrs = []lint.Attr{r.Attr("runtime")}
			} else {
				attrs = r.Attr("compatible_runtimes").Elements()
			}
			for _, a := range attrs {
				rt, ok := a.StringOr("")
				if date, listed := deprecatedOn[rt]; ok && listed && date <= today {
					p.Reportf(a, "%s uses runtime %s, deprecated since %s", r.Address, rt, date)
				}
			}
		}
	},
}
