package docdb

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/kmskey"
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMK flags encrypted DocumentDB clusters whose key is the AWS
// managed aws/rds key. Defaults relied on (hashicorp/aws v3-v6): with
// storage_encrypted = true and no kms_key_id (or "", or an alias/aws/...
// key, kmskey) DocumentDB uses aws/rds. Unencrypted clusters are
// aws-docdb-encrypt-storage's findings; snapshot restores and global cluster
// members take their key from the source and are skipped.
var EncryptWithCMK = &lint.Check{
	ID:       "aws-docdb-encrypt-with-cmk",
	Title:    "DocumentDB cluster is encrypted with the AWS managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "The AWS managed aws/rds key's policy cannot be changed or shared: anyone in the account " +
		"allowed to use the service can decrypt through it, and encrypted snapshots cannot be copied to another " +
		"account. A customer managed key puts a policy the customer controls in front of the documents and " +
		"every snapshot, and can be disabled to cut access at once.",
	Remediation: "Encrypt with a customer managed key (set when the cluster is created):\n\n" +
		"    storage_encrypted = true\n" +
		"    kms_key_id        = aws_kms_key.docdb.arn",
	Links: []string{
		"https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster#kms_key_id",
	},
	Resources: []string{"aws_docdb_cluster"},
	Run: kmskey.Require("kms_key_id", "aws/rds", func(r *lint.Resource) bool {
		return !rule.Given(r.Attr("snapshot_identifier")) && !rule.Given(r.Attr("global_cluster_identifier")) &&
			kmskey.On(r, "storage_encrypted", false)
	}),
}
