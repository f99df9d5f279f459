package kms

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// UseHSM flags crypto keys whose versions are software keys. Default relied
// on: version_template.protection_level defaults to SOFTWARE (hashicorp/google
// v4-v6). Keys held outside Cloud KMS (EXTERNAL, EXTERNAL_VPC) are another
// choice and are left alone; an unknown level is not reported.
var UseHSM = &lint.Check{
	ID:       "google-kms-use-hsm",
	Title:    "Cloud KMS key is not protected by a hardware security module",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A SOFTWARE key's material is handled in Google's software key stores; an HSM key never leaves " +
		"FIPS 140-2 Level 3 validated hardware, and its attestation proves it. Where a policy or regulation asks for " +
		"hardware-backed keys, the protection level must be HSM, and it cannot be changed after creation.",
	Remediation: "Create the key with the HSM protection level:\n\n" +
		"    resource \"google_kms_crypto_key\" \"k\" {\n      name     = \"data\"\n" +
		"      key_ring = google_kms_key_ring.r.id\n      version_template {\n" +
		"        algorithm        = \"GOOGLE_SYMMETRIC_ENCRYPTION\"\n        protection_level = \"HSM\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/kms/docs/hsm",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_crypto_key#protection_level",
	},
	Resources: []string{"google_kms_crypto_key"},
	Run: func(p *lint.Pass) {
		for _, k := range p.Resources() {
			tmpl := k.Block("version_template")
			level := tmpl.Attr("protection_level")
			s, ok := level.StringOr("SOFTWARE")
			switch {
			case !ok || s == "HSM" || strings.HasPrefix(s, "EXTERNAL"):
			case level.Null():
				p.Reportf(k, "Cloud KMS key %s uses the default SOFTWARE protection level", k.Address)
			default:
				p.Reportf(level, "Cloud KMS key %s uses the %s protection level", k.Address, level.Display())
			}
		}
	},
}
