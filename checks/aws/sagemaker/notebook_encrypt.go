package sagemaker

import "github.com/tenantlint/tenantlint/lint"

// NotebookEncrypt flags notebook instances whose storage volume is not
// encrypted with a customer managed key. Default relied on: without
// kms_key_id the ML storage volume is encrypted with an AWS managed key.
var NotebookEncrypt = &lint.Check{
	ID:       "aws-sagemaker-notebook-encrypt",
	Title:    "SageMaker notebook instance does not use a customer managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A notebook's storage volume holds notebooks, downloaded datasets and cached credentials. " +
		"Without kms_key_id it is encrypted with a key the account cannot restrict or audit per use; a customer " +
		"managed key lets the key policy decide who can read the volume and its snapshots.",
	Remediation: "Encrypt the storage volume with a customer managed key:\n\n" +
		"    kms_key_id = aws_kms_key.notebook.arn",
	Links: []string{
		"https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sagemaker_notebook_instance#kms_key_id",
	},
	Resources: []string{"aws_sagemaker_notebook_instance"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			key := r.Attr("kms_key_id")
			if s, ok := key.StringOr(""); !ok || s != "" {
				continue
			}
			if key.Null() {
				p.Reportf(r, "SageMaker notebook instance %s sets no kms_key_id", r.Address)
			} else {
				p.Reportf(key, "SageMaker notebook instance %s has an empty kms_key_id", r.Address)
			}
		}
	},
}
