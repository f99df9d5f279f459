// Package names holds the Google provider's naming vocabulary: the arguments
// whose literal value other resources use to refer to an instance. The
// engine links companions (an IAM member to its bucket, an ACL to its
// bucket, a sink to its destination) by reference first, then by these
// names. hashicorp/google and hashicorp/google-beta share resource types and
// arguments, so one vocabulary serves both.
package names

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// Google names resources as the hashicorp/google provider does: a bucket or
// a topic by its name, a project by its project_id, a dataset by its
// dataset_id, a secret by its secret_id, a service account by its email or
// account_id. "project" is deliberately not a name: most resources carry it
// as the project they live in, not as their own name.
var Google = lint.NewNaming(
	"name", "project_id", "dataset_id", "table_id", "secret_id", "email", "account_id", "repository_id",
	"org_id", "folder_id", "id",
)

// Resolve finds the target an argument names (an IAM resource's bucket,
// secret_id, service_account_id...): by reference, else by
// literal name (names.Google), else, for a literal that is a resource path
// ("projects/p/secrets/s", "projects/p/serviceAccounts/a@p.iam.gserviceaccount.com",
// "b/bucket"), by its last segment when exactly one instance of typ has that
// name (for a service account, the part of the email before "@" may be its
// account_id). A last segment two instances share links to neither.
func Resolve(m *lint.Module, typ string, a lint.Attr) lint.Target {
	t := Google.Target(m, typ, a)
	if t.Resource != nil {
		return t
	}
	s, ok := a.StringOr("")
	if !ok || a.Null() || !strings.Contains(s, "/") {
		return t
	}
	last := s[strings.LastIndex(s, "/")+1:]
	if last == "" {
		return t
	}
	want := []string{last}
	if local, _, ok := strings.Cut(last, "@"); ok && typ == "google_service_account" {
		// A service account's email is computed from its account_id.
		want = append(want, local)
	}
	var found *lint.Resource
	for _, r := range m.Resources(typ) {
		if slices.ContainsFunc(Google.Names(r), func(n string) bool { return slices.Contains(want, n) }) {
			if found != nil {
				return t
			}
			found = r
		}
	}
	t.Resource = found
	return t
}
