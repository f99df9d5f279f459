package gke

import "github.com/tenantlint/tenantlint/lint"

// NodeBootDiskCMEK flags node pools whose boot disks are not encrypted with
// a customer-managed key. Default relied on: an absent
// node_config.boot_disk_kms_key leaves Google-managed encryption
// (hashicorp/google and google-beta v4-v6). Unknown values are not
// reported.
var NodeBootDiskCMEK = &lint.Check{
	ID:       "google-gke-node-boot-disk-cmek",
	Title:    "GKE node boot disks are not encrypted with a customer-managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Node boot disks hold container images, logs and emptyDir volumes with whatever data " +
		"workloads write there. With a Cloud KMS key you control who may decrypt them and can revoke access by " +
		"disabling the key; Google-managed keys give you neither.",
	Remediation: "Encrypt the boot disks with a Cloud KMS key:\n\n" +
		"    node_config {\n      boot_disk_kms_key = google_kms_crypto_key.nodes.id\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/using-cmek",
		registry + "#boot_disk_kms_key",
		poolDocs + "#node_config",
	},
	Resources: nodeResources,
	Run: func(p *lint.Pass) {
		for _, n := range nodeSets(p) {
			a := n.config.Attr("boot_disk_kms_key")
			if s, ok := a.StringOr(""); ok && s == "" {
				p.Reportf(n.config, "%s does not encrypt its boot disks with a customer-managed key", n.what)
			}
		}
	},
}
