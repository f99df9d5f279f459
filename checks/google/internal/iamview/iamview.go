// Package iamview is the effective-IAM view of a Google configuration: every
// (member, role, condition) grant the configuration makes, per target.
//
// Google IAM for one target is split over many resources, and often over
// modules: google_project_iam_member adds one member to one role,
// google_project_iam_binding sets the members of one role,
// google_project_iam_policy sets the whole policy from policy_data (the
// policy_data of a data "google_iam_policy", whose binding blocks are read, or
// a JSON string, jsonencode included). The same three forms exist for
// folders, organisations and most resources (buckets, datasets, topics, KMS
// keys, secrets, Cloud Run services, functions, service accounts, Artifact
// Registry repositories...). Grants gathers all of them and resolves the
// target each one is on through the Google naming (by reference first, then
// by literal name), so that an IAM check is a loop over grants.
//
// hashicorp/google and hashicorp/google-beta share the resource types, so
// both are read alike.
package iamview

import (
	"regexp"
	"sort"
	"strings"

	"github.com/tenantlint/tenantlint/checks/google/internal/names"
	"github.com/tenantlint/tenantlint/lint"
)

// Level says where a grant applies in the resource hierarchy.
type Level int8

// The levels, narrowest first.
const (
	// OnResource is a grant on one resource (a bucket, a key, a secret).
	OnResource Level = iota
	// OnProject is a grant on a project: every resource in it inherits it.
	OnProject
	// OnFolder is a grant on a folder: every project below inherits it.
	OnFolder
	// OnOrganization is a grant on the whole organisation.
	OnOrganization
)

// String names the level for messages.
func (l Level) String() string {
	switch l {
	case OnProject:
		return "project"
	case OnFolder:
		return "folder"
	case OnOrganization:
		return "organization"
	case OnResource:
		return "resource"
	}
	return "level"
}

// Hierarchy is true for project, folder and organisation grants.
func (l Level) Hierarchy() bool { return l != OnResource }

// target describes what the IAM resources of one prefix are on: the resource
// type of the target and the argument that names it.
type target struct {
	typ   string
	arg   string
	level Level
}

// targets maps the prefix of an IAM resource type (the type without
// _iam_member, _iam_binding or _iam_policy) to its target. An IAM resource
// whose prefix is not listed is still read: its target type is the prefix
// itself and its target is unresolved. Add a line here when a check needs a
// new target resolved.
var targets = map[string]target{
	"google_project":                      {"google_project", "project", OnProject},
	"google_folder":                       {"google_folder", "folder", OnFolder},
	"google_organization":                 {"google_organization", "org_id", OnOrganization},
	"google_storage_bucket":               {"google_storage_bucket", "bucket", OnResource},
	"google_storage_managed_folder":       {"google_storage_managed_folder", "managed_folder", OnResource},
	"google_bigquery_dataset":             {"google_bigquery_dataset", "dataset_id", OnResource},
	"google_bigquery_table":               {"google_bigquery_table", "table_id", OnResource},
	"google_pubsub_topic":                 {"google_pubsub_topic", "topic", OnResource},
	"google_pubsub_subscription":          {"google_pubsub_subscription", "subscription", OnResource},
	"google_kms_crypto_key":               {"google_kms_crypto_key", "crypto_key_id", OnResource},
	"google_kms_key_ring":                 {"google_kms_key_ring", "key_ring_id", OnResource},
	"google_secret_manager_secret":        {"google_secret_manager_secret", "secret_id", OnResource},
	"google_cloud_run_service":            {"google_cloud_run_service", "service", OnResource},
	"google_cloud_run_v2_service":         {"google_cloud_run_v2_service", "name", OnResource},
	"google_cloud_run_v2_job":             {"google_cloud_run_v2_job", "name", OnResource},
	"google_cloudfunctions_function":      {"google_cloudfunctions_function", "cloud_function", OnResource},
	"google_cloudfunctions2_function":     {"google_cloudfunctions2_function", "cloud_function", OnResource},
	"google_service_account":              {"google_service_account", "service_account_id", OnResource},
	"google_artifact_registry_repository": {"google_artifact_registry_repository", "repository", OnResource},
	"google_compute_instance":             {"google_compute_instance", "instance_name", OnResource},
	"google_compute_subnetwork":           {"google_compute_subnetwork", "subnetwork", OnResource},
	"google_compute_image":                {"google_compute_image", "image", OnResource},
	"google_compute_disk":                 {"google_compute_disk", "name", OnResource},
	"google_compute_snapshot":             {"google_compute_snapshot", "name", OnResource},
	"google_spanner_instance":             {"google_spanner_instance", "instance", OnResource},
	"google_spanner_database":             {"google_spanner_database", "database", OnResource},
	"google_sourcerepo_repository":        {"google_sourcerepo_repository", "repository", OnResource},
	"google_cloud_tasks_queue":            {"google_cloud_tasks_queue", "name", OnResource},
	"google_dataproc_cluster":             {"google_dataproc_cluster", "cluster", OnResource},
	"google_healthcare_dataset":           {"google_healthcare_dataset", "dataset_id", OnResource},
	"google_iap_web":                      {"google_iap_web", "project", OnResource},
	"google_notebooks_instance":           {"google_notebooks_instance", "instance_name", OnResource},
	"google_billing_account":              {"google_billing_account", "billing_account_id", OnResource},
}

// forms are the suffixes of IAM resource types.
var forms = []string{"_iam_member", "_iam_binding", "_iam_policy"}

// Grant is one member given one role by one IAM resource.
type Grant struct {
	// Source is the IAM resource that makes the grant.
	Source *lint.Resource
	// Via is the data "google_iam_policy" instance whose binding the grant
	// comes from, nil otherwise.
	Via *lint.Resource
	// Member is the member: the member argument, an element of members, or
	// a member in a policy document. It may be unknown.
	Member lint.Attr
	// Role is the role argument, or the role of a policy binding.
	Role lint.Attr
	// Condition is the expression of the grant's IAM condition; null when
	// the grant has none.
	Condition lint.Attr
	// Conditioned is true when the grant carries a condition block.
	Conditioned bool
	// Level is where the grant applies.
	Level Level
	// Target is the resource the grant is on: the instance when the
	// configuration holds it, else the argument that names it. For a
	// project grant without a project argument the argument is null: the
	// provider's default project.
	Target lint.Target
}

// MemberName returns the member when it is known.
func (g Grant) MemberName() (string, bool) { return known(g.Member) }

// RoleName returns the role when it is known.
func (g Grant) RoleName() (string, bool) { return known(g.Role) }

func known(a lint.Attr) (string, bool) {
	s, ok := a.StringOr("")
	if !ok || a.Null() || s == "" {
		return "", false
	}
	return s, true
}

// Public says whether the member is allUsers (anyone on the internet) or
// allAuthenticatedUsers (anyone with a Google account). An unknown member is
// not public.
func (g Grant) Public() bool {
	m, ok := g.MemberName()
	return ok && PublicMember(m)
}

// PublicMember says whether a member string is allUsers or
// allAuthenticatedUsers.
func PublicMember(m string) bool {
	return strings.EqualFold(m, "allUsers") || strings.EqualFold(m, "allAuthenticatedUsers")
}

// MemberKind returns the prefix of a member ("user", "serviceAccount",
// "group", "domain", "principal"...), or the member itself for allUsers and
// allAuthenticatedUsers.
func MemberKind(m string) string {
	k, _, ok := strings.Cut(m, ":")
	if !ok {
		return m
	}
	return k
}

// celAttribute matches the attributes an IAM condition can test: the
// request (time, host, path), the resource (name, type, service, tags) and
// the API attributes.
var celAttribute = regexp.MustCompile(`\b(request|resource|api|destination|origin)\s*\.`)

// Narrowed says whether the grant's condition may restrict it. How it is
// judged: no condition does not narrow; an expression that cannot be known
// may narrow (so an unknown is never a finding); a known expression narrows
// when it tests at least one attribute the condition is evaluated against
// (request.time, resource.name, resource.type, api.getAttribute(...)...),
// or when it is the constant false (the grant never applies). A constant
// expression such as "true" or "1 == 1", or an empty one, narrows nothing.
func (g Grant) Narrowed() bool {
	if !g.Conditioned {
		return false
	}
	expr, ok := g.Condition.StringOr("")
	if !ok {
		return true
	}
	if celAttribute.MatchString(expr) {
		return true
	}
	return strings.Trim(strings.Join(strings.Fields(expr), ""), "()") == "false"
}

// Where names the grant's place for a message: the IAM resource and, for a
// binding read from a data "google_iam_policy", the data source.
func (g Grant) Where() string {
	if g.Via != nil {
		return g.Source.Address + " (policy " + g.Via.Address + ")"
	}
	return g.Source.Address
}

// TargetKey identifies the target for grouping grants: the same key means
// the same target. ok is false when the target cannot be known (its name is
// computed from nothing the configuration holds).
func (g Grant) TargetKey() (key string, ok bool) {
	if g.Target.Resource != nil {
		return "resource " + g.Target.Resource.Address, true
	}
	a := g.Target.Attr
	if a.Null() {
		return "default " + g.Target.Type, true
	}
	s, ok := a.StringOr("")
	if !ok {
		return "", false
	}
	if g.Level == OnProject {
		s = strings.TrimPrefix(s, "projects/")
	}
	return "name " + g.Target.Type + " " + s, true
}

// Grants returns every grant the module's IAM resources make, in load
// order. Grants whose member list cannot be known yield nothing; a member or
// role that is unknown is kept, unknown (checks skip it).
func Grants(m *lint.Module) []Grant {
	var out []Grant
	for _, r := range m.All() {
		if r.Data || !strings.HasPrefix(r.Type, "google_") {
			continue
		}
		for _, form := range forms {
			prefix, ok := strings.CutSuffix(r.Type, form)
			if !ok {
				continue
			}
			t, listed := targets[prefix]
			if !listed {
				t = target{typ: prefix, level: OnResource}
			}
			base := Grant{Source: r, Level: t.level, Target: lint.Target{Type: t.typ, Attr: r.Attr(t.arg)}}
			if t.arg != "" {
				base.Target = names.Resolve(m, t.typ, r.Attr(t.arg))
			}
			switch form {
			case "_iam_member":
				out = append(out, withCondition(base, r.Body, r.Attr("role"), r.Attr("member")))
			case "_iam_binding":
				out = append(out, bindingGrants(base, r.Body)...)
			default:
				out = append(out, policyGrants(base, r.Attr("policy_data"))...)
			}
		}
	}
	return out
}

// withCondition makes the grant of one member, with the condition block of b.
func withCondition(base Grant, b *lint.Block, role, member lint.Attr) Grant {
	g := base
	g.Role = role
	g.Member = member
	cond := b.Block("condition")
	g.Conditioned = cond.Exists()
	g.Condition = cond.Attr("expression")
	return g
}

// bindingGrants reads a block with role, members and an optional condition
// block: a _iam_binding resource or a binding of data "google_iam_policy".
func bindingGrants(base Grant, b *lint.Block) []Grant {
	var out []Grant
	for _, m := range b.Attr("members").Elements() {
		out = append(out, withCondition(base, b, b.Attr("role"), m))
	}
	return out
}

// policyGrants reads policy_data: the bindings of the one data
// "google_iam_policy" it was computed from, else the JSON policy it holds.
func policyGrants(base Grant, data lint.Attr) []Grant {
	var out []Grant
	var docs []*lint.Resource
	for _, ref := range data.Refs() {
		if ref.Data && ref.Type == "google_iam_policy" {
			docs = append(docs, ref)
		}
	}
	if len(docs) == 1 {
		base.Via = docs[0]
		for _, b := range docs[0].Blocks("binding") {
			out = append(out, bindingGrants(base, b)...)
		}
		return out
	}
	doc, ok := data.JSON()
	if !ok {
		return nil
	}
	for _, b := range doc.Get("bindings").Elements() {
		cond := b.Get("condition")
		for _, m := range b.Get("members").Elements() {
			g := base
			g.Role = b.Get("role")
			g.Member = m
			g.Conditioned = !cond.Null()
			g.Condition = cond.Get("expression")
			out = append(out, g)
		}
	}
	return out
}

// OnType returns the grants on targets of the resource type typ.
func OnType(gs []Grant, typ string) []Grant {
	var out []Grant
	for _, g := range gs {
		if g.Target.Type == typ {
			out = append(out, g)
		}
	}
	return out
}

// ByTarget groups grants per target, in the order targets first appear.
// Grants whose target cannot be known each form a group of their own.
func ByTarget(gs []Grant) [][]Grant {
	var out [][]Grant
	index := map[string]int{}
	for _, g := range gs {
		key, ok := g.TargetKey()
		if !ok {
			out = append(out, []Grant{g})
			continue
		}
		i, seen := index[key]
		if !seen {
			i = len(out)
			index[key] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], g)
	}
	return out
}

// TargetName names the target for a message: the address of the instance,
// else the name the grant gives, else "the provider's default project".
func (g Grant) TargetName() string {
	if g.Target.Resource != nil {
		return g.Target.Resource.Address
	}
	a := g.Target.Attr
	if a.Null() {
		if g.Level == OnProject {
			return "the provider's default project"
		}
		return "its " + g.Level.String()
	}
	return g.Level.String() + " " + a.Display()
}

// Types lists the IAM resource types (the _iam_member, _iam_binding and
// _iam_policy forms) whose targets are of the given types, for a check's
// Resources. With no argument it lists those of every known target.
func Types(targetTypes ...string) []string {
	if len(targetTypes) == 0 {
		for prefix := range targets {
			targetTypes = append(targetTypes, prefix)
		}
	}
	var out []string
	for _, t := range targetTypes {
		for _, f := range forms {
			out = append(out, t+f)
		}
	}
	sort.Strings(out)
	return out
}

// HierarchyTypes lists the IAM resource types of projects, folders and the
// organisation.
func HierarchyTypes() []string {
	return Types("google_project", "google_folder", "google_organization")
}
