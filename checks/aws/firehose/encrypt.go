// Package firehose holds the checks for Kinesis Data Firehose delivery streams.
package firehose

import "github.com/tenantlint/tenantlint/lint"

// Encrypt flags Direct PUT delivery streams without server-side encryption.
// Default relied on: server_side_encryption.enabled defaults to false.
// Streams that read from a Kinesis stream or MSK cannot use this setting
// (the source's own encryption applies) and are skipped.
var Encrypt = &lint.Check{
	ID:       "aws-firehose-encrypt",
	Title:    "Firehose delivery stream is not encrypted",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A Direct PUT delivery stream without server-side encryption buffers incoming records " +
		"unencrypted before delivering them. The buffer is short-lived, but it holds the same logs and events " +
		"as the destination, and KMS encryption lets the key policy decide who can use them.",
	Remediation: "Add a server_side_encryption block:\n\n" +
		"    server_side_encryption {\n      enabled  = true\n      key_type = \"CUSTOMER_MANAGED_CMK\"\n      key_arn  = aws_kms_key.firehose.arn\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/firehose/latest/dev/encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_firehose_delivery_stream#server_side_encryption",
	},
	Resources: []string{"aws_kinesis_firehose_delivery_stream"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if r.Block("kinesis_source_configuration").Exists() || r.Block("msk_source_configuration").Exists() {
				continue
			}
			sse := r.Block("server_side_encryption")
			on := sse.Attr("enabled")
			if v, ok := on.BoolOr(false); !ok || v {
				continue
			}
			switch {
			case !sse.Exists():
				p.Reportf(r, "Firehose delivery stream %s has no server_side_encryption block", r.Address)
			case on.Null():
				p.Reportf(sse, "Firehose delivery stream %s does not enable server-side encryption", r.Address)
			default:
				p.Reportf(on, "Firehose delivery stream %s turns server-side encryption off", r.Address)
			}
		}
	},
}
