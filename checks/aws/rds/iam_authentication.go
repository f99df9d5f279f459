package rds

import (
	"slices"

	"github.com/tenantlint/tenantlint/lint"
)

// IAM database authentication is supported by these engines: instance
// engines for aws_db_instance, Aurora engines for aws_rds_cluster.
var (
	iamInstanceEngines = []string{"mysql", "postgres"}
	iamClusterEngines  = []string{"aurora", "aurora-mysql", "aurora-postgresql"}
)

// IAMAuthentication flags MySQL and PostgreSQL databases that accept only
// passwords. Default relied on: iam_database_authentication_enabled is false.
// Engines that do not support it, or cannot be known, are skipped.
var IAMAuthentication = &lint.Check{
	ID:       "aws-rds-iam-authentication",
	Title:    "RDS database does not enable IAM authentication",
	Severity: lint.Low,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "Without IAM database authentication every user and application logs in with a long-lived " +
		"database password that must be stored, shared and rotated by hand. IAM authentication issues " +
		"short-lived tokens tied to IAM roles, so access follows IAM policies and CloudTrail records it.",
	Remediation: "Set iam_database_authentication_enabled = true and grant rds-db:connect to the roles that " +
		"need it:\n\n" +
		"    iam_database_authentication_enabled = true",
	Links: []string{
		"https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#iam_database_authentication_enabled",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster#iam_database_authentication_enabled",
	},
	Resources: []string{"aws_db_instance", "aws_rds_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			engine, ok := r.Attr("engine").StringOr("")
			engines := iamClusterEngines
			if r.Type == "aws_db_instance" {
				engines = iamInstanceEngines
			}
			if !ok || !slices.Contains(engines, engine) || copied(r, "replicate_source_db") {
				continue
			}
			iam := r.Attr("iam_database_authentication_enabled")
			if on, ok := iam.BoolOr(false); ok && !on {
				p.Reportf(iam, "%s (%s) does not enable IAM database authentication", r.Address, engine)
			}
		}
	},
}
