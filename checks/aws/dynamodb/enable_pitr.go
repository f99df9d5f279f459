// Package dynamodb holds the checks for DynamoDB tables.
package dynamodb

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// EnablePITR flags tables without point-in-time recovery.
// Default relied on: point_in_time_recovery.enabled defaults to false.
var EnablePITR = &lint.Check{
	ID:       "aws-dynamodb-enable-pitr",
	Title:    "DynamoDB table has no point-in-time recovery",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Without point-in-time recovery a table cannot be restored to a moment before items were " +
		"overwritten or deleted, whether by a faulty deployment or by an attacker with write access. On-demand " +
		"backups only cover the moments someone thought to take one.",
	Remediation: "Enable point-in-time recovery:\n\n" +
		"    point_in_time_recovery {\n      enabled = true\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Point-in-time-recovery.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#point_in_time_recovery",
	},
	Resources: []string{"aws_dynamodb_table"},
	Run: rule.On("point_in_time_recovery.enabled", rule.Default(false).For("hashicorp/aws, registry docs (latest)"),
		"DynamoDB table {address} does not enable point-in-time recovery",
		rule.NoBlock("DynamoDB table {address} has no point_in_time_recovery block: recovery is off")),
}
