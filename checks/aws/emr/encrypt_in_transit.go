package emr

import "github.com/tenantlint/tenantlint/lint"

// EncryptInTransit flags EMR security configurations that do not turn on
// in-transit encryption. EMR reads an absent EnableInTransitEncryption as
// false (EMR API default; every hashicorp/aws major, v3-v6, passes the
// document through).
var EncryptInTransit = &lint.Check{
	ID:       "aws-emr-encrypt-in-transit",
	Title:    "EMR security configuration does not encrypt data in transit",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "Without in-transit encryption, the traffic between cluster nodes (Hadoop shuffle, Spark, " +
		"HDFS block transfers) and between the cluster and EMRFS travels in clear text. Anyone able to observe " +
		"the VPC traffic, or a compromised instance next to the cluster, can read the data being processed.",
	Remediation: "Turn on in-transit encryption and give EMR the TLS certificates it needs:\n\n" +
		"    EnableInTransitEncryption = true\n" +
		"    InTransitEncryptionConfiguration = {\n      TLSCertificateConfiguration = {\n" +
		"        CertificateProviderType = \"PEM\"\n        S3Object = \"s3://my-bucket/certs.zip\"\n      }\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-encryption-enable.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/emr_security_configuration",
	},
	Resources: []string{"aws_emr_security_configuration"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			enc, ok := encryption(r)
			if !ok {
				continue
			}
			if on, known := flag(enc, "EnableInTransitEncryption"); known && !on {
				p.Reportf(r.Attr("configuration"), "EMR security configuration %s does not enable in-transit encryption", r.Address)
			}
		}
	},
}
