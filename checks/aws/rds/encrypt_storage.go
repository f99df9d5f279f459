package rds

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptStorage flags RDS instances and clusters that store data unencrypted.
//
// Defaults relied on: aws_db_instance storage_encrypted is false; aws_rds_cluster
// storage_encrypted is false, except for engine_mode "serverless" (Aurora
// Serverless v1), which is always encrypted. Replicas, restores and global
// database members take their encryption from the source and are skipped, as are
// resources that name a kms_key_id (the key implies encryption).
var EncryptStorage = &lint.Check{
	ID:       "aws-rds-encrypt-storage",
	Title:    "RDS database storage is not encrypted",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "An unencrypted RDS instance or cluster keeps its data, automated backups, read replicas and " +
		"snapshots in plain form. Anyone who obtains a snapshot or the underlying storage can read it, and " +
		"encryption cannot be turned on later without copying the data into a new database.",
	Remediation: "Set storage_encrypted = true, ideally with a customer-managed key:\n\n" +
		"    storage_encrypted = true\n" +
		"    kms_key_id        = aws_kms_key.db.arn",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#storage_encrypted",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster#storage_encrypted",
	},
	Resources: []string{"aws_db_instance", "aws_rds_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if rule.Given(r.Attr("kms_key_id")) {
				continue
			}
			def := false
			if r.Type == "aws_db_instance" {
				if member, ok := auroraMember(r); !ok || member || instanceCopied(r) {
					continue
				}
			} else {
				mode, ok := r.Attr("engine_mode").StringOr("provisioned")
				if !ok || clusterCopied(r) {
					continue
				}
				def = mode == "serverless"
			}
			enc := r.Attr("storage_encrypted")
			if on, ok := enc.BoolOr(def); ok && !on {
				p.Reportf(enc, "%s does not encrypt its storage", r.Address)
			}
		}
	},
}
