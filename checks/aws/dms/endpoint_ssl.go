package dms

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// sslEngines are the endpoint engines whose connection ssl_mode governs
// (database engines reached over a network connection). Other engines (s3,
// dynamodb, kinesis, kafka, opensearch, redis, neptune...) have their own
// transport settings and ignore ssl_mode; Redshift endpoints always use SSL
// whatever ssl_mode says.
var sslEngines = []string{
	"aurora", "aurora-postgresql", "aurora-serverless", "aurora-postgresql-serverless", "azuredb",
	"azure-sql-managed-instance", "db2", "docdb", "mariadb", "mongodb", "mysql", "oracle", "postgres",
	"sqlserver", "sybase",
}

// EndpointSSL flags database endpoints that connect without SSL. Default
// relied on: ssl_mode is "none" when absent (hashicorp/aws v3-v6). An
// engine that cannot be known is left alone.
var EndpointSSL = &lint.Check{
	ID:       "aws-dms-endpoint-ssl",
	Title:    "DMS endpoint connects to its database without SSL",
	Severity: lint.Medium,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "With ssl_mode none, the replication instance connects to the source or target database in " +
		"plain text: the database credentials and every row migrated or replicated cross the network " +
		"readable and alterable by anything on the path.",
	Remediation: "Encrypt the connection, and verify the server certificate where the engine allows it:\n\n" +
		"    ssl_mode        = \"verify-full\"\n    certificate_arn = aws_dms_certificate.db.certificate_arn",
	Links: []string{
		"https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.SSL.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dms_endpoint#ssl_mode",
	},
	Resources: []string{"aws_dms_endpoint"},
	Run: rule.OneOf("ssl_mode", []string{"require", "verify-ca", "verify-full"}, rule.Default("none").For("hashicorp/aws v3-v6"),
		"DMS endpoint {address} has ssl_mode {value}",
		rule.Unset("DMS endpoint {address} sets no ssl_mode: the database connection is not encrypted"),
		rule.Skip(func(r *lint.Resource) bool {
			engine, ok := r.Attr("engine_name").StringOr("")
			return !ok || !slices.Contains(sslEngines, strings.ToLower(engine))
		})),
}
