// Package athena holds the checks for Athena workgroups.
package athena

import "github.com/tenantlint/tenantlint/lint"

// EncryptResults flags workgroups that do not encrypt query results.
// Default relied on: without an encryption_configuration, Athena writes
// results with whatever default the output bucket applies (SSE-S3 at best),
// and no key policy guards them.
var EncryptResults = &lint.Check{
	ID:       "aws-athena-encrypt-results",
	Title:    "Athena workgroup does not encrypt query results",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "Query results are full copies of the rows a query returned, written to S3. Without an " +
		"encryption configuration the workgroup relies on the bucket's default, and anyone able to read the " +
		"result prefix can read them; SSE-KMS lets the key policy decide who can.",
	Remediation: "Encrypt query results, ideally with a KMS key:\n\n" +
		"    configuration {\n      result_configuration {\n        encryption_configuration {\n" +
		"          encryption_option = \"SSE_KMS\"\n          kms_key_arn       = aws_kms_key.athena.arn\n        }\n      }\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/athena_workgroup#encryption_configuration",
	},
	Resources: []string{"aws_athena_workgroup"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			enc := r.Block("configuration").Block("result_configuration").Block("encryption_configuration")
			if enc.Exists() {
				continue
			}
			p.Reportf(r, "Athena workgroup %s does not encrypt query results", r.Address)
		}
	},
}
