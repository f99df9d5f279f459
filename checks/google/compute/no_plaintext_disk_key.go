package compute

import "github.com/tenantlint/tenantlint/lint"

// rawKeyTypes are the resources that take a customer-supplied key in the
// clear.
var rawKeyTypes = []string{
	instanceType, fromTemplateType, "google_compute_disk", "google_compute_region_disk", "google_compute_snapshot",
}

// NoPlaintextDiskKey flags customer-supplied encryption keys written into
// the configuration: a known, non-sensitive disk_encryption_key_raw on an
// instance's boot or attached disk, or raw_key of a disk's, a snapshot's or
// a snapshot source's key. A key from a sensitive variable or computed at
// apply is not reported. There is no default: an absent key is not read.
// The RSA-wrapped forms (disk_encryption_key_rsa, rsa_encrypted_key) are
// wrapped with Google's public key and are not secrets. Holds for
// hashicorp/google v4-v6.
var NoPlaintextDiskKey = &lint.Check{
	ID:       "google-compute-no-plaintext-disk-key",
	Title:    "Customer-supplied disk encryption key is written in the configuration",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.IaaS,
	Description: "A customer-supplied key (CSEK) is the only thing that decrypts the disk and its snapshots, and " +
		"Google does not keep it. Written into the code or a non-sensitive variable, it is copied to every clone of " +
		"the repository, to plan output and to CI logs, so anyone who reads them can decrypt the data.",
	Remediation: "Use a Cloud KMS key instead, or pass the CSEK through a sensitive variable fed from a secret " +
		"store:\n\n    variable \"disk_key\" {\n      type      = string\n      sensitive = true\n    }\n\n" +
		"    disk_encryption_key {\n      raw_key = var.disk_key\n    }",
	Links: []string{
		"https://cloud.google.com/compute/docs/disks/customer-supplied-encryption",
		registry("google_compute_disk", "raw_key"),
		registry(instanceType, "disk_encryption_key_raw"),
	},
	Resources: rawKeyTypes,
	Secret:    true,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			var keys []lint.Attr
			switch r.Type {
			case instanceType, fromTemplateType:
				keys = append(keys, r.Block("boot_disk").Attr("disk_encryption_key_raw"))
				for _, d := range r.Blocks("attached_disk") {
					keys = append(keys, d.Attr("disk_encryption_key_raw"))
				}
			case "google_compute_snapshot":
				keys = append(keys, r.Block("snapshot_encryption_key").Attr("raw_key"),
					r.Block("source_disk_encryption_key").Attr("raw_key"))
			default:
				keys = append(keys, r.Block("disk_encryption_key").Attr("raw_key"))
			}
			for _, k := range keys {
				if s, ok := k.StringOr(""); ok && !k.Null() && !k.Sensitive && s != "" {
					// The message names the argument, never the key.
					p.Reportf(k, "%s has a customer-supplied encryption key written in the configuration (%s)", r.Address, k.Path)
				}
			}
		}
	},
}
