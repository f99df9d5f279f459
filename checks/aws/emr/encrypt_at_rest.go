package emr

import "github.com/tenantlint/tenantlint/lint"

// EncryptAtRest flags EMR security configurations that do not turn on
// at-rest encryption. EMR reads an absent EnableAtRestEncryption (or an
// absent EncryptionConfiguration) as false; this is the EMR API's default,
// the same for every hashicorp/aws major (v3-v6), which passes the JSON
// document through unchanged.
var EncryptAtRest = &lint.Check{
	ID:       "aws-emr-encrypt-at-rest",
	Title:    "EMR security configuration does not encrypt data at rest",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "EMR clusters keep the data they process in EMRFS on S3 and on the instances' local disks " +
		"(HDFS, spill files, shuffle data). A security configuration without at-rest encryption leaves both " +
		"unencrypted by EMR, so a copied volume or a misread bucket exposes the data sets the cluster works on.",
	Remediation: "Turn on at-rest encryption in the security configuration:\n\n" +
		"    configuration = jsonencode({\n      EncryptionConfiguration = {\n" +
		"        EnableAtRestEncryption    = true\n        EnableInTransitEncryption = true\n" +
		"        AtRestEncryptionConfiguration = {\n          S3EncryptionConfiguration = { EncryptionMode = \"SSE-S3\" }\n" +
		"          LocalDiskEncryptionConfiguration = { EncryptionKeyProviderType = \"AwsKms\", AwsKmsKey = aws_kms_key.emr.arn }\n" +
		"        }\n      }\n    })",
	Links: []string{
		"https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/emr_security_configuration",
	},
	Resources: []string{"aws_emr_security_configuration"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			enc, ok := encryption(r)
			if !ok {
				continue
			}
			if on, known := flag(enc, "EnableAtRestEncryption"); known && !on {
				p.Reportf(r.Attr("configuration"), "EMR security configuration %s does not enable at-rest encryption", r.Address)
			}
		}
	},
}
