// Package names holds the AWS provider's naming vocabulary: the arguments
// whose literal value other resources use to refer to an instance. The
// engine links companions (a versioning configuration to its bucket, a flow
// log to its VPC) by reference first, then by these names.
package names

import "github.com/tenantlint/tenantlint/lint"

// AWS names resources as the hashicorp/aws provider does: a bucket, a
// cluster, a function, a queue...
var AWS = lint.NewNaming(
	"bucket", "name", "id", "arn", "identifier", "cluster_identifier", "cluster_name", "db_instance_identifier",
	"replication_group_id", "cluster_id", "function_name", "domain_name", "repository", "repository_name",
	"stream_name", "table_name", "topic_name", "queue_name", "secret_id", "key_id", "alias",
)
