package emr

import "github.com/tenantlint/tenantlint/lint"

// EncryptLocalDisk flags EMR security configurations that turn at-rest
// encryption on for EMRFS only: with no LocalDiskEncryptionConfiguration the
// instances' EBS and instance-store volumes stay unencrypted. Configurations
// without at-rest encryption at all are aws-emr-encrypt-at-rest's finding.
var EncryptLocalDisk = &lint.Check{
	ID:       "aws-emr-encrypt-local-disk",
	Title:    "EMR security configuration does not encrypt local disks",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "At-rest encryption in EMR has two halves: EMRFS data on S3 and the cluster instances' local " +
		"disks. HDFS blocks, temporary and spill files live on the local disks, so a configuration that only " +
		"encrypts S3 still writes the working set of every job in clear text to the instances' volumes.",
	Remediation: "Add a local disk encryption configuration (optionally with EBS encryption):\n\n" +
		"    LocalDiskEncryptionConfiguration = {\n      EncryptionKeyProviderType = \"AwsKms\"\n" +
		"      AwsKmsKey                 = aws_kms_key.emr.arn\n      EnableEbsEncryption       = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html#emr-encryption-localdisk",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/emr_security_configuration",
	},
	Resources: []string{"aws_emr_security_configuration"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			enc, ok := encryption(r)
			if !ok {
				continue
			}
			if on, known := flag(enc, "EnableAtRestEncryption"); !known || !on {
				continue
			}
			rest := enc.Get("AtRestEncryptionConfiguration")
			if !rest.Known() {
				continue
			}
			if local := rest.Get("LocalDiskEncryptionConfiguration"); local.Null() {
				p.Reportf(r.Attr("configuration"), "EMR security configuration %s encrypts EMRFS only: local disks are not encrypted", r.Address)
			}
		}
	},
}
