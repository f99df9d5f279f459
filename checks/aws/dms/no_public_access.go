// Package dms holds the checks for Database Migration Service replication
// instances, endpoints and tasks.
package dms

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicAccess flags replication instances with a public IP address.
// Default relied on: an absent publicly_accessible is sent as false
// (hashicorp/aws v3-v4 declare Default false; v5-v6 send the zero value).
var NoPublicAccess = &lint.Check{
	ID:       "aws-dms-no-public-access",
	Title:    "DMS replication instance is publicly accessible",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "A publicly accessible replication instance gets a public IP address and can be reached " +
		"from the internet, while it holds credentials for the source and target databases and streams " +
		"their data. It only needs to reach those databases, which it can do from private subnets.",
	Remediation: "Keep the replication instance private:\n\n    publicly_accessible = false",
	Links: []string{
		"https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_replication_instance#publicly_accessible",
	},
	Resources: []string{"aws_dms_replication_instance"},
	Run: rule.Off("publicly_accessible", rule.Default(false).For("hashicorp/aws v3-v6"),
		"DMS replication instance {address} is publicly accessible"),
}
