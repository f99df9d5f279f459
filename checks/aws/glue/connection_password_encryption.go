package glue

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// ConnectionPasswordEncryption flags Data Catalog encryption settings that
// return connection passwords unencrypted. return_connection_password_encrypted
// is required in hashicorp/aws v3-v6 (no default); false is the finding.
var ConnectionPasswordEncryption = &lint.Check{
	ID:       "aws-glue-connection-password-encryption",
	Title:    "Glue Data Catalog returns connection passwords unencrypted",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Glue connections store the user name and password of the JDBC databases jobs read. " +
		"Unless connection password encryption is on, GetConnection and GetConnections return those passwords " +
		"in clear text to anyone allowed to call them, which is a far wider group than the database's owners.",
	Remediation: "Encrypt connection passwords with a KMS key:\n\n" +
		"    connection_password_encryption {\n      return_connection_password_encrypted = true\n" +
		"      aws_kms_key_id                       = aws_kms_key.glue.arn\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/glue/latest/dg/encrypt-connection-passwords.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/glue_data_catalog_encryption_settings#connection_password_encryption",
	},
	Resources: []string{"aws_glue_data_catalog_encryption_settings"},
	Run: rule.On("data_catalog_encryption_settings.connection_password_encryption.return_connection_password_encrypted",
		rule.NoDefault, "Glue Data Catalog encryption settings {address} return connection passwords unencrypted"),
}
