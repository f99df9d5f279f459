// Package neptune holds the checks for Amazon Neptune clusters.
package neptune

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptStorage flags Neptune clusters that store data unencrypted.
// Default relied on: storage_encrypted is false. Replicas, snapshot restores
// and global database members take their encryption from the source and are
// skipped, and so are clusters that name a kms_key_arn.
var EncryptStorage = &lint.Check{
	ID:       "aws-neptune-encrypt-storage",
	Title:    "Neptune cluster storage is not encrypted",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "An unencrypted Neptune cluster keeps its graph data, backups and snapshots in plain form, " +
		"readable by whoever obtains a snapshot or the storage. Encryption can only be chosen when the " +
		"cluster is created.",
	Remediation: "Set storage_encrypted = true, ideally with a customer-managed key:\n\n" +
		"    storage_encrypted = true\n" +
		"    kms_key_arn       = aws_kms_key.neptune.arn",
	Links: []string{
		"https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#storage_encrypted",
	},
	Resources: []string{"aws_neptune_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			skip := false
			for _, a := range []string{"kms_key_arn", "snapshot_identifier", "replication_source_identifier", "global_cluster_identifier"} {
				skip = skip || rule.Given(r.Attr(a))
			}
			if skip {
				continue
			}
			enc := r.Attr("storage_encrypted")
			if on, ok := enc.BoolOr(false); ok && !on {
				p.Reportf(enc, "Neptune cluster %s does not encrypt its storage", r.Address)
			}
		}
	},
}
