// Package general holds the AWS checks that are about no one service.
package general

import (
	"github.com/tenantlint/tenantlint/checks/internal/hardcoded"
	"github.com/tenantlint/tenantlint/lint"
)

// credentialArgs are the AWS resource arguments that take a password, token
// or secret (hashicorp/aws v4-v6 argument names).
var credentialArgs = hardcoded.Args{
	"aws_db_instance":                      {"password"},
	"aws_rds_cluster":                      {"master_password"},
	"aws_docdb_cluster":                    {"master_password"},
	"aws_redshift_cluster":                 {"master_password"},
	"aws_redshiftserverless_namespace":     {"admin_user_password"},
	"aws_elasticache_replication_group":    {"auth_token"},
	"aws_elasticache_user":                 {"passwords"},
	"aws_memorydb_user":                    {"authentication_mode.passwords"},
	"aws_mq_broker":                        {"user.password"},
	"aws_dms_endpoint":                     {"password"},
	"aws_directory_service_directory":      {"password"},
	"aws_fsx_windows_file_system":          {"self_managed_active_directory.password"},
	"aws_codebuild_source_credential":      {"token"},
	"aws_amplify_app":                      {"access_token", "oauth_token", "basic_auth_credentials"},
	"aws_opensearch_domain":                {"advanced_security_options.master_user_options.master_user_password"},
	"aws_elasticsearch_domain":             {"advanced_security_options.master_user_options.master_user_password"},
	"aws_kinesis_firehose_delivery_stream": {"redshift_configuration.password", "splunk_configuration.hec_token", "http_endpoint_configuration.access_key"},
	"aws_lightsail_database":               {"master_password"},
}

// NoHardcodedCredentials flags passwords, tokens and secrets written into
// resource arguments. A value computed from a resource or data source
// (random_password, aws_secretsmanager_secret_version, aws_ssm_parameter) or
// an unset variable is not reported; manage_master_user_password and the
// write-only *_wo arguments are the better forms.
var NoHardcodedCredentials = &lint.Check{
	ID:       "aws-general-no-hardcoded-credentials",
	Title:    "Credential written into a resource argument",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "A password, token or secret written into the configuration (or into a variable default or " +
		"tfvars file) is readable by everyone with access to the repository, its history, CI logs and the " +
		"Terraform state, and it cannot be rotated without a code change. Generate it or read it from a " +
		"secret store at apply time instead.",
	Remediation: "Let RDS manage the password, or generate it and keep it in Secrets Manager:\n\n" +
		"    resource \"aws_db_instance\" \"main\" {\n" +
		"      manage_master_user_password = true\n" +
		"    }\n\n" +
		"    resource \"random_password\" \"db\" {\n      length = 32\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/secretsmanager/latest/userguide/hardcoded.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#manage_master_user_password",
	},
	Resources: credentialArgs.Types(),
	Secret:    true,
	Run:       hardcoded.Run(credentialArgs, "a secret store (Secrets Manager, SSM Parameter Store) or random_password"),
}
