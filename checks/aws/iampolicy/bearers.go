package iampolicy

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// Kind is what a policy document governs.
type Kind int

const (
	// Identity policies grant an IAM identity (user, group, role,
	// permission set) actions on resources.
	Identity Kind = iota
	// ResourcePolicy documents are attached to a resource and name the
	// principals that may use it.
	ResourcePolicy
	// Trust policies name who may assume a role.
	Trust
)

// bearer is one argument that holds a policy document: the resource type,
// the argument's path (nested block types, then the argument) and the kind.
type bearer struct {
	typ, path string
	kind      Kind
}

// bearers is the one list of the resources that carry an IAM policy
// document, for every check that reads policies (hashicorp/aws v4-v6
// argument names).
var bearers = []bearer{
	{"aws_iam_policy", "policy", Identity},
	{"aws_iam_role_policy", "policy", Identity},
	{"aws_iam_user_policy", "policy", Identity},
	{"aws_iam_group_policy", "policy", Identity},
	{"aws_iam_role", "inline_policy.policy", Identity},
	{"aws_ssoadmin_permission_set_inline_policy", "inline_policy", Identity},
	{"aws_iam_role", "assume_role_policy", Trust},
	{"aws_sns_topic", "policy", ResourcePolicy},
	{"aws_sns_topic_policy", "policy", ResourcePolicy},
	{"aws_sqs_queue", "policy", ResourcePolicy},
	{"aws_sqs_queue_policy", "policy", ResourcePolicy},
	{"aws_ecr_repository_policy", "policy", ResourcePolicy},
	{"aws_kms_key", "policy", ResourcePolicy},
	{"aws_kms_key_policy", "policy", ResourcePolicy},
	{"aws_secretsmanager_secret", "policy", ResourcePolicy},
	{"aws_secretsmanager_secret_policy", "policy", ResourcePolicy},
	{"aws_s3_bucket", "policy", ResourcePolicy},
	{"aws_s3_bucket_policy", "policy", ResourcePolicy},
	{"aws_cloudwatch_event_bus_policy", "policy", ResourcePolicy},
	{"aws_efs_file_system_policy", "policy", ResourcePolicy},
	{"aws_backup_vault_policy", "policy", ResourcePolicy},
	{"aws_glacier_vault", "access_policy", ResourcePolicy},
	{"aws_opensearch_domain_policy", "access_policies", ResourcePolicy},
	{"aws_opensearch_domain", "access_policies", ResourcePolicy},
	{"aws_elasticsearch_domain_policy", "access_policies", ResourcePolicy},
	{"aws_elasticsearch_domain", "access_policies", ResourcePolicy},
	{"aws_api_gateway_rest_api", "policy", ResourcePolicy},
	{"aws_api_gateway_rest_api_policy", "policy", ResourcePolicy},
	{"aws_ecrpublic_repository_policy", "policy", ResourcePolicy},
	{"aws_cloudwatch_log_resource_policy", "policy_document", ResourcePolicy},
}

// Types lists, sorted, the resource types that carry a policy of kind k.
func Types(k Kind) []string {
	var out []string
	for _, b := range bearers {
		if b.kind == k && !slices.Contains(out, b.typ) {
			out = append(out, b.typ)
		}
	}
	slices.Sort(out)
	return out
}

// Documents returns the policy documents of kind k that r carries.
func Documents(r *lint.Resource, k Kind) []lint.Attr {
	var out []lint.Attr
	for _, b := range bearers {
		if b.typ == r.Type && b.kind == k {
			out = append(out, at(r.Body, strings.Split(b.path, "."))...)
		}
	}
	return out
}

func at(b *lint.Block, segs []string) []lint.Attr {
	if len(segs) == 1 {
		return []lint.Attr{b.Attr(segs[0])}
	}
	var out []lint.Attr
	for _, c := range b.Blocks(segs[0]) {
		out = append(out, at(c, segs[1:])...)
	}
	return out
}
