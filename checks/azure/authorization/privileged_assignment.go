package authorization

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// privileged are the built-in roles that control a whole scope, by name and
// by role definition GUID (the same in every tenant).
var privileged = map[string]string{
	"owner":                                "Owner",
	"contributor":                          "Contributor",
	"user access administrator":            "User Access Administrator",
	"8e3af657-a8ff-443c-a75c-2fe8c4bcb635": "Owner",
	"b24988ac-6180-42a0-ab88-20f7382dd24c": "Contributor",
	"18d7d88d-d35e-4fb1-a5c3-7773c6a72c77": "User Access Administrator",
}

// PrivilegedAssignment flags role assignments that grant Owner, Contributor
// or User Access Administrator at subscription, management group or root
// scope to a principal that is neither a group nor a managed identity.
//
// Scope: azurerm scope, AzAPI parent_id; see Wide (a scope built from unknown
// parts stays silent). Role: role_definition_name, or role_definition_id
// (properties.roleDefinitionId) ending in a built-in GUID, or a reference to
// a data.azurerm_role_definition whose name is one of them. Principal:
// principal_type (properties.principalType) "User", or "ServicePrincipal"
// when principal_id is computed from an azuread_service_principal (an app
// registration's principal; a managed identity's principal is also of type
// ServicePrincipal, so a principal of unknown origin stays silent). When
// principal_type is absent (azurerm computes it; ARM leaves it to the
// service), principal_id computed from an azuread_user or
// azuread_service_principal says the type; otherwise the check stays silent.
// No default is relied on (azurerm v3 and v4 read these the same way).
var PrivilegedAssignment = &lint.Check{
	ID:       "azure-authorization-privileged-assignment",
	Title:    "Privileged role assigned to a user or application at subscription scope",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.IaaS,
	Description: "Owner, Contributor and User Access Administrator at subscription or management group scope control " +
		"every resource below it, and Owner and User Access Administrator can grant themselves anything else. Held " +
		"directly by a user or an application secret, that power is hard to review and revoke; granting it to a " +
		"group (ideally through Privileged Identity Management) or to a managed identity keeps it accountable.",
	Remediation: "Grant the role to a group or a managed identity, or a narrower role at a narrower scope:\n\n" +
		"    resource \"azurerm_role_assignment\" \"ops\" {\n      scope                = data.azurerm_subscription.current.id\n" +
		"      role_definition_name = \"Contributor\"\n      principal_id         = azuread_group.ops.object_id\n" +
		"      principal_type       = \"Group\"\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/role-based-access-control/best-practices",
		"https://learn.microsoft.com/azure/role-based-access-control/built-in-roles",
		docAssignment,
		"https://learn.microsoft.com/azure/templates/microsoft.authorization/roleassignments",
	},
	Resources: Assignment.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Assignment.Views(p) {
			if v.Patch {
				continue
			}
			if wide, ok := Wide(scopeOf(v)); !ok || !wide {
				continue
			}
			roleAt, role := roleOf(v)
			if role == "" {
				continue
			}
			kind := principalKind(v)
			if kind == "" {
				continue
			}
			p.Reportf(roleAt, "Role assignment %s grants %s at subscription or management group scope to a %s", v.R.Address, role, kind)
		}
	},
}

// roleOf returns the privileged role an assignment grants ("" for none or
// unknown) and where it is named.
func roleOf(v arm.View) (lint.Attr, string) {
	if !v.ARM {
		if n := v.R.Attr("role_definition_name"); !n.Null() {
			s, _ := n.StringOr("")
			return n, privileged[strings.ToLower(s)]
		}
	}
	id := v.Attr("role_definition_id", "properties.roleDefinitionId")
	if s, known := id.StringOr(""); known {
		s = strings.ToLower(strings.TrimRight(s, "/"))
		return id, privileged[s[strings.LastIndex(s, "/")+1:]]
	}
	for _, r := range id.Refs() {
		if r.Data && r.Type == "azurerm_role_definition" {
			if n, known := r.Attr("name").StringOr(""); known {
				return id, privileged[strings.ToLower(n)]
			}
		}
	}
	return id, ""
}

// principalKind says what kind of principal is granted the role, "" when it
// is a group, a managed identity or cannot be known.
func principalKind(v arm.View) string {
	typ := v.Attr("principal_type", "properties.principalType")
	pid := v.Attr("principal_id", "properties.principalId")
	from := func(t string) bool {
		for _, r := range pid.Refs() {
			if r.Type == t {
				return true
			}
		}
		return false
	}
	s, known := typ.StringOr("")
	switch {
	case !known:
		return ""
	case typ.Null():
		switch {
		case from("azuread_user"):
			return "user"
		case from("azuread_service_principal"):
			return "service principal"
		}
	case strings.EqualFold(s, "User"):
		return "user"
	case strings.EqualFold(s, "ServicePrincipal") && from("azuread_service_principal"):
		return "service principal"
	}
	return ""
}
