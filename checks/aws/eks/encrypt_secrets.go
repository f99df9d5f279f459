package eks

import (
	"slices"

	"github.com/tenantlint/tenantlint/lint"
)

// EncryptSecrets flags clusters that do not encrypt Kubernetes secrets with
// a KMS key of their own. Default relied on: without encryption_config, EKS
// (Kubernetes 1.28 and later) envelope-encrypts API data with an AWS-owned
// key, which the customer can neither restrict nor audit: hence low.
var EncryptSecrets = &lint.Check{
	ID:       "aws-eks-encrypt-secrets",
	Title:    "EKS cluster does not encrypt secrets with a customer-managed KMS key",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Kubernetes secrets hold service account tokens, database passwords and TLS keys. Without an " +
		"encryption_config for secrets, they are encrypted only with a key AWS owns: no key policy limits who " +
		"may decrypt them, and no CloudTrail record shows each use of the key.",
	Remediation: "Add an encryption_config block with a customer-managed key:\n\n" +
		"    encryption_config {\n" +
		"      resources = [\"secrets\"]\n" +
		"      provider {\n" +
		"        key_arn = aws_kms_key.eks.arn\n" +
		"      }\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#encryption_config",
	},
	Resources: []string{"aws_eks_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			configs := r.Blocks("encryption_config")
			covered := false
			for _, c := range configs {
				res := c.Attr("resources")
				covered = covered || !res.AllStringsKnown() || slices.Contains(res.Strings(), "secrets")
			}
			if !covered {
				p.Reportf(r, "EKS cluster %s does not encrypt secrets with a customer-managed KMS key", r.Address)
			}
		}
	},
}
