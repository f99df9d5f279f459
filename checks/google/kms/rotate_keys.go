// Package kms holds the checks for Cloud KMS keys.
package kms

import (
	"strconv"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// maxRotation is the longest rotation period accepted: 90 days, in seconds.
const maxRotation = 90 * 24 * 60 * 60

// RotateKeys flags symmetric encryption keys that do not rotate
// automatically at least every 90 days. Defaults relied on (hashicorp/google
// v4-v6): no rotation_period means no automatic rotation; purpose defaults
// to ENCRYPT_DECRYPT. Keys that cannot rotate automatically are left alone:
// another purpose (asymmetric, MAC, raw), import_only keys, and external
// protection levels. Unknown values are not reported.
var RotateKeys = &lint.Check{
	ID:       "google-kms-rotate-keys",
	Title:    "Cloud KMS key does not rotate at least every 90 days",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.SaaS,
	Description: "A key that never rotates protects ever more data with one key version, so a version that leaks " +
		"or is broken exposes all of it. Automatic rotation makes new data use a new version while old ciphertexts " +
		"still decrypt; the CIS benchmark asks for 90 days at most.",
	Remediation: "Set a rotation period of 90 days or less:\n\n" +
		"    resource \"google_kms_crypto_key\" \"k\" {\n      name            = \"data\"\n" +
		"      key_ring        = google_kms_key_ring.r.id\n      rotation_period = \"7776000s\" # 90 days\n    }",
	Links: []string{
		"https://cloud.google.com/kms/docs/key-rotation",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_crypto_key#rotation_period",
	},
	Resources: []string{"google_kms_crypto_key"},
	Run: func(p *lint.Pass) {
		for _, k := range p.Resources() {
			if !rotatable(k) {
				continue
			}
			period := k.Attr("rotation_period")
			s, ok := period.StringOr("")
			switch {
			case !ok:
			case period.Null():
				p.Reportf(k, "Cloud KMS key %s does not rotate automatically (no rotation_period)", k.Address)
			default:
				if secs, ok := seconds(s); ok && secs > maxRotation {
					p.Reportf(period, "Cloud KMS key %s rotates every %s seconds, more than 90 days (7776000s)", k.Address,
						strconv.FormatFloat(secs, 'f', -1, 64))
				}
			}
		}
	},
}

// rotatable says whether the key is known to support automatic rotation.
func rotatable(k *lint.Resource) bool {
	purpose, ok := k.Attr("purpose").StringOr("ENCRYPT_DECRYPT")
	if !ok || purpose != "ENCRYPT_DECRYPT" {
		return false
	}
	if imported, ok := k.Attr("import_only").BoolOr(false); imported || !ok {
		return false
	}
	level, ok := k.Block("version_template").Attr("protection_level").StringOr("SOFTWARE")
	return ok && !strings.HasPrefix(level, "EXTERNAL")
}

// seconds reads a duration as the provider writes it: a number of seconds
// followed by "s" ("7776000s", "86400.5s").
func seconds(s string) (float64, bool) {
	n, ok := strings.CutSuffix(strings.TrimSpace(s), "s")
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(n, 64)
	return f, err == nil
}
