// Package iam holds the checks on Google Cloud IAM grants and service
// accounts. Grants are read through the effective-IAM view
// (checks/google/internal/iamview): every _iam_member, _iam_binding and
// _iam_policy resource of a project, folder, organisation or resource,
// whichever module holds it.
package iam

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/checks/google/internal/iamview"
	"github.com/tenantlint/tenantlint/lint"
)

// hierarchyGrants returns the grants on projects, folders and the
// organisation whose member and role are known and that no real condition
// narrows.
func hierarchyGrants(m *lint.Module) []iamview.Grant {
	var out []iamview.Grant
	for _, g := range iamview.Grants(m) {
		if !g.Level.Hierarchy() || g.Narrowed() {
			continue
		}
		if _, ok := g.MemberName(); !ok {
			continue
		}
		if _, ok := g.RoleName(); !ok {
			continue
		}
		out = append(out, g)
	}
	return out
}

// member returns the known member of a grant gathered by hierarchyGrants.
func member(g iamview.Grant) string {
	m, _ := g.MemberName()
	return m
}

// role returns the known role of a grant gathered by hierarchyGrants.
func role(g iamview.Grant) string {
	r, _ := g.RoleName()
	return r
}

// adminRole says whether a predefined role is an administrator role of a
// service (roles/cloudkms.admin, roles/iam.serviceAccountAdmin,
// roles/resourcemanager.organizationAdmin...).
func adminRole(r string) bool {
	name, ok := strings.CutPrefix(r, "roles/")
	if !ok {
		return false
	}
	lower := strings.ToLower(name)
	return strings.HasSuffix(lower, "admin") || strings.HasSuffix(lower, ".owner")
}

// roleGrants reports every hierarchy grant of one of roles, at the member,
// with the message "<where> grants <role> to <member> on <target><tail>".
func roleGrants(p *lint.Pass, roles []string, tail string) {
	for _, g := range hierarchyGrants(p.Module) {
		if slices.Contains(roles, role(g)) {
			p.Reportf(g.Member, "%s grants %s to %s on %s%s", g.Where(), role(g), member(g), g.TargetName(), tail)
		}
	}
}
