// Package kinesis holds the checks for Kinesis data streams.
package kinesis

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// EncryptStreams flags data streams stored without server-side encryption.
// Default relied on: encryption_type defaults to "NONE".
var EncryptStreams = &lint.Check{
	ID:       "aws-kinesis-encrypt-streams",
	Title:    "Kinesis data stream is not encrypted",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A Kinesis data stream with encryption_type NONE keeps every record unencrypted in the stream's " +
		"storage for the whole retention period (one day to a year). Streams carry clickstreams, logs and " +
		"application events that often hold personal data; KMS encryption protects them at rest and lets the " +
		"key policy limit who can read them.",
	Remediation: "Set encryption_type = \"KMS\" with a key (alias/aws/kinesis or a customer managed key):\n\n" +
		"    encryption_type = \"KMS\"\n    kms_key_id      = aws_kms_key.stream.arn",
	Links: []string{
		"https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream#encryption_type",
	},
	Resources: []string{"aws_kinesis_stream"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			enc := r.Attr("encryption_type")
			t, ok := enc.StringOr("NONE")
			if !ok || !strings.EqualFold(t, "NONE") {
				continue
			}
			if enc.Null() {
				p.Reportf(r, "Kinesis stream %s sets no encryption_type: records are stored unencrypted", r.Address)
			} else {
				p.Reportf(enc, "Kinesis stream %s has encryption_type %s: records are stored unencrypted", r.Address, enc.Display())
			}
		}
	},
}
