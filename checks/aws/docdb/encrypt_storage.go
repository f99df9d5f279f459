// Package docdb holds the checks for Amazon DocumentDB clusters.
package docdb

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptStorage flags DocumentDB clusters that store data unencrypted.
// Default relied on: storage_encrypted is false. Snapshot restores and global
// cluster members take their encryption from the source and are skipped, and
// so are clusters that name a kms_key_id.
var EncryptStorage = &lint.Check{
	ID:       "aws-docdb-encrypt-storage",
	Title:    "DocumentDB cluster storage is not encrypted",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "An unencrypted DocumentDB cluster keeps its documents, indexes, backups and snapshots in " +
		"plain form, readable by whoever obtains a snapshot or the storage. Encryption can only be chosen " +
		"when the cluster is created.",
	Remediation: "Set storage_encrypted = true, ideally with a customer-managed key:\n\n" +
		"    storage_encrypted = true\n" +
		"    kms_key_id        = aws_kms_key.docdb.arn",
	Links: []string{
		"https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#storage_encrypted",
	},
	Resources: []string{"aws_docdb_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if rule.Given(r.Attr("kms_key_id")) || rule.Given(r.Attr("snapshot_identifier")) || rule.Given(r.Attr("global_cluster_identifier")) {
				continue
			}
			enc := r.Attr("storage_encrypted")
			if on, ok := enc.BoolOr(false); ok && !on {
				p.Reportf(enc, "DocumentDB cluster %s does not encrypt its storage", r.Address)
			}
		}
	},
}
