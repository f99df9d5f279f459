package rds

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/kmskey"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMK flags encrypted RDS instances and clusters whose key is the
// AWS managed aws/rds key. Defaults relied on (hashicorp/aws v3-v6): with
// storage_encrypted = true and no kms_key_id (or "", or an alias/aws/...
// key, kmskey) RDS uses aws/rds; Aurora Serverless v1 clusters are always
// encrypted. Unencrypted databases are aws-rds-encrypt-storage's findings;
// Aurora cluster members, replicas, restores and global database members
// take their key from their source and are skipped.
var EncryptWithCMK = &lint.Check{
	ID:       "aws-rds-encrypt-with-cmk",
	Title:    "RDS database is encrypted with the AWS managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "The AWS managed aws/rds key's policy lets every identity in the account that may use RDS " +
		"decrypt through it, cannot be changed, and the key cannot be shared: encrypted snapshots cannot be " +
		"copied to another account for isolated backups. A customer managed key adds a key policy the " +
		"customer controls and can be disabled to cut off access to the data and every snapshot at once.",
	Remediation: "Encrypt with a customer managed key (set when the database is created):\n\n" +
		"    storage_encrypted = true\n" +
		"    kms_key_id        = aws_kms_key.db.arn",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.Keys.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#kms_key_id",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster#kms_key_id",
	},
	Resources: []string{"aws_db_instance", "aws_rds_cluster"},
	Run: kmskey.Require("kms_key_id", "aws/rds", func(r *lint.Resource) bool {
		if r.Type == "aws_db_instance" {
			member, ok := auroraMember(r)
			return ok && !member && !instanceCopied(r) && kmskey.On(r, "storage_encrypted", false)
		}
		mode, ok := r.Attr("engine_mode").StringOr("provisioned")
		return ok && !clusterCopied(r) && kmskey.On(r, "storage_encrypted", mode == "serverless")
	}),
}
