// Package kms holds the checks for KMS keys and their policies.
package kms

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EnableKeyRotation flags symmetric encryption keys without automatic
// rotation. Provider defaults relied on: enable_key_rotation false, key_spec
// (and the deprecated customer_master_key_spec) SYMMETRIC_DEFAULT, key_usage
// ENCRYPT_DECRYPT. Asymmetric, HMAC, imported-material and custom key store
// keys cannot rotate automatically and are left alone.
var EnableKeyRotation = &lint.Check{
	ID:       "aws-kms-enable-key-rotation",
	Title:    "KMS key does not rotate automatically",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "Without automatic rotation a symmetric KMS key keeps the same key material for its whole " +
		"life, so more data depends on one secret and compliance regimes that require yearly rotation are " +
		"not met. Rotation is transparent: old ciphertexts still decrypt.",
	Remediation: "Set enable_key_rotation = true (optionally rotation_period_in_days):\n\n" +
		"    enable_key_rotation = true",
	Links: []string{
		"https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#enable_key_rotation",
	},
	Resources: []string{"aws_kms_key"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if !rotatable(r) {
				continue
			}
			a := r.Attr("enable_key_rotation")
			if on, ok := a.BoolOr(false); ok && !on {
				p.Reportf(a, "KMS key %s does not rotate its key material (enable_key_rotation is false)", r.Address)
			}
		}
	},
}

// rotatable says whether the key is known to support automatic rotation: a
// symmetric encryption key in the AWS KMS key store.
func rotatable(r *lint.Resource) bool {
	spec, ok := r.Attr("key_spec").StringOr("")
	if ok && spec == "" {
		spec, ok = r.Attr("customer_master_key_spec").StringOr("SYMMETRIC_DEFAULT")
	}
	usage, okUsage := r.Attr("key_usage").StringOr("ENCRYPT_DECRYPT")
	return ok && okUsage && spec == "SYMMETRIC_DEFAULT" && usage == "ENCRYPT_DECRYPT" &&
		!rule.Given(r.Attr("custom_key_store_id")) && !rule.Given(r.Attr("xks_key_id"))
}
