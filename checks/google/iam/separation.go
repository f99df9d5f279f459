package iam

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/checks/google/internal/iamview"
	"github.com/tenantlint/tenantlint/lint"
)

// separation reports every member that holds one of the admin roles and one
// of the use roles on the same project, folder or organisation, once per
// member and target, at its first use grant with the admin grant related.
// Grants whose target cannot be known are not paired. Members are compared
// without regard to case, as Google compares email addresses.
func separation(p *lint.Pass, admin, use []string, what string) {
	for _, group := range iamview.ByTarget(hierarchyGrants(p.Module)) {
		if _, ok := group[0].TargetKey(); !ok {
			continue
		}
		admins := map[string]iamview.Grant{}
		for _, g := range group {
			if slices.Contains(admin, role(g)) {
				if _, seen := admins[memberKey(g)]; !seen {
					admins[memberKey(g)] = g
				}
			}
		}
		done := map[string]bool{}
		for _, g := range group {
			a, ok := admins[memberKey(g)]
			if !ok || done[memberKey(g)] || !slices.Contains(use, role(g)) {
				continue
			}
			done[memberKey(g)] = true
			p.Reportf(g.Member, "%s holds both %s and %s on %s: %s", member(g), role(a), role(g), g.TargetName(), what).
				Relate(a.Member, "the administrator role is granted by "+a.Where())
		}
	}
}

// memberKey is the member for pairing grants: email addresses are not case
// sensitive.
func memberKey(g iamview.Grant) string { return strings.ToLower(member(g)) }
