// Package names holds the Google provider's naming vocabulary: the arguments
// whose literal value other resources use to refer to an instance. The
// engine links companions (an IAM member to its bucket, an ACL to its
// bucket, a sink to its destination) by reference first, then by these
// names. hashicorp/google and hashicorp/google-beta share resource types and
// arguments, so one vocabulary serves both.
package names

import "github.com/tenantlint/tenantlint/lint"

// Google names resources as the hashicorp/google provider does: a bucket or
// a topic by its name, a project by its project_id, a dataset by its
// dataset_id, a secret by its secret_id, a service account by its email or
// account_id. "project" is deliberately not a name: most resources carry it
// as the project they live in, not as their own name.
var Google = lint.NewNaming(
	"name", "project_id", "dataset_id", "table_id", "secret_id", "email", "account_id", "repository_id",
	"org_id", "folder_id", "id",
)
