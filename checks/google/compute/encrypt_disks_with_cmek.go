package compute

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// diskTypes are the standalone persistent disk resources.
var diskTypes = []string{"google_compute_disk", "google_compute_region_disk"}

// EncryptDisksWithCMEK flags persistent disks encrypted only with
// Google-managed keys: a google_compute_disk or google_compute_region_disk
// without disk_encryption_key, an instance's boot_disk without
// kms_key_self_link, disk_encryption_key_raw or disk_encryption_key_rsa, and
// a template's disk without disk_encryption_key. Default relied on
// (hashicorp/google v4-v6): with none of these the disk is encrypted with a
// Google-managed key. Disks that attach an existing disk (source) are judged
// at that disk; local SSDs (scratch disks) cannot take a customer key. An
// instance made from a template is judged only on a boot_disk it declares.
var EncryptDisksWithCMEK = &lint.Check{
	ID:       "google-compute-encrypt-disks-with-cmek",
	Title:    "Persistent disk is not encrypted with a customer-managed or customer-supplied key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.IaaS,
	Description: "Google encrypts every disk at rest, but with a key the customer neither controls nor audits. A " +
		"Cloud KMS key (or a customer-supplied key) lets the customer restrict who can use it, see every use in " +
		"the audit logs, and make the disk and its snapshots unreadable by disabling the key.",
	Remediation: "Encrypt the disk with a Cloud KMS key:\n\n" +
		"    boot_disk {\n      kms_key_self_link = google_kms_crypto_key.disks.id\n" +
		"      initialize_params {\n        image = \"debian-cloud/debian-12\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/compute/docs/disks/customer-managed-encryption",
		"https://cloud.google.com/compute/docs/disks/customer-supplied-encryption",
		registry("google_compute_disk", "disk_encryption_key"),
		registry(instanceType, "kms_key_self_link"),
		registry(templateType, "disk_encryption_key"),
	},
	Resources: slices.Concat(diskTypes, instanceTypes),
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			switch r.Type {
			case "google_compute_disk", "google_compute_region_disk":
				if k := r.Block("disk_encryption_key"); !k.Exists() {
					p.Reportf(r, "disk %s is encrypted with a Google-managed key (no disk_encryption_key)", r.Address)
				}
			case instanceType, fromTemplateType:
				bd := r.Block("boot_disk")
				if !bd.Exists() || !bd.Attr("source").Null() {
					continue
				}
				if bd.Attr("kms_key_self_link").Null() && bd.Attr("disk_encryption_key_raw").Null() &&
					bd.Attr("disk_encryption_key_rsa").Null() {
					p.Reportf(bd, "%s has a boot disk encrypted with a Google-managed key (no kms_key_self_link or customer-supplied key)", r.Address)
				}
			default:
				for _, d := range r.Blocks("disk") {
					if !d.Attr("source").Null() || scratch(d) || d.Block("disk_encryption_key").Exists() {
						continue
					}
					p.Reportf(d, "%s has a disk (%s) encrypted with a Google-managed key (no disk_encryption_key)", r.Address, d.Path)
				}
			}
		}
	},
}

// scratch says whether a template disk is known to be a local SSD, or may
// be one.
func scratch(d *lint.Block) bool {
	t, ok := d.Attr("type").StringOr("")
	if !ok {
		return true
	}
	dt, ok := d.Attr("disk_type").StringOr("")
	return !ok || strings.EqualFold(t, "SCRATCH") || dt == "local-ssd"
}
