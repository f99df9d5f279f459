package neptune

import (
	"github.com/tenantlint/tenantlint/checks/aws/internal/kmskey"
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EncryptWithCMK flags encrypted Neptune clusters whose key is the AWS
// managed aws/rds key. Defaults relied on (hashicorp/aws v3-v6): with
// storage_encrypted = true and no kms_key_arn (or "", or an alias/aws/...
// key, kmskey) Neptune uses aws/rds. Unencrypted clusters are
// aws-neptune-encrypt-storage's findings; snapshot restores, replicas and
// global cluster members take their key from the source and are skipped.
var EncryptWithCMK = &lint.Check{
	ID:       "aws-neptune-encrypt-with-cmk",
	Title:    "Neptune cluster is encrypted with the AWS managed key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "The AWS managed aws/rds key's policy cannot be changed or shared: anyone in the account " +
		"allowed to use the service can decrypt through it, and encrypted snapshots cannot be copied to another " +
		"account. A customer managed key puts a policy the customer controls in front of the graph data and " +
		"every snapshot, and can be disabled to cut access at once.",
	Remediation: "Encrypt with a customer managed key (set when the cluster is created):\n\n" +
		"    storage_encrypted = true\n" +
		"    kms_key_arn       = aws_kms_key.neptune.arn",
	Links: []string{
		"https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/neptune_cluster#kms_key_arn",
	},
	Resources: []string{"aws_neptune_cluster"},
	Run: kmskey.Require("kms_key_arn", "aws/rds", func(r *lint.Resource) bool {
		for _, a := range []string{"snapshot_identifier", "replication_source_identifier", "global_cluster_identifier"} {
			if rule.Given(r.Attr(a)) {
				return false
			}
		}
		return kmskey.On(r, "storage_encrypted", false)
	}),
}
