// Package glue holds the checks for AWS Glue: the Data Catalog's encryption
// settings and security configurations.
package glue

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// CatalogEncryption flags Data Catalog encryption settings that leave the
// catalog's metadata unencrypted. catalog_encryption_mode is required in
// hashicorp/aws v3-v6 (no default); DISABLED is the finding.
var CatalogEncryption = &lint.Check{
	ID:       "aws-glue-catalog-encryption",
	Title:    "Glue Data Catalog is not encrypted at rest",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "The Data Catalog holds the schema, locations and connection details of every table the " +
		"account's analytics read: a map of where the data lives and how to reach it. Without catalog " +
		"encryption that metadata is stored without a key the account controls.",
	Remediation: "Encrypt the catalog with KMS:\n\n" +
		"    data_catalog_encryption_settings {\n      encryption_at_rest {\n" +
		"        catalog_encryption_mode = \"SSE-KMS\"\n        sse_aws_kms_key_id      = aws_kms_key.glue.arn\n      }\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_data_catalog_encryption_settings",
	},
	Resources: []string{"aws_glue_data_catalog_encryption_settings"},
	Run: rule.OneOf("data_catalog_encryption_settings.encryption_at_rest.catalog_encryption_mode",
		[]string{"SSE-KMS", "SSE-KMS-WITH-SERVICE-ROLE"}, rule.NoDefault,
		"Glue Data Catalog encryption settings {address} set catalog encryption to {value}"),
}
