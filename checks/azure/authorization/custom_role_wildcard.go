package authorization

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// CustomRoleWildcard flags custom role definitions that allow every action
// ("*") and can be assigned at subscription, management group or root scope:
// the definition's scope (azurerm scope, AzAPI parent_id) or one of its
// assignable scopes (assignable_scopes, properties.assignableScopes) is such
// a scope (see Wide). Actions are read from every permissions block
// (properties.permissions entries); an unknown action list or scope stays
// silent. An absent assignable_scopes is the definition's scope in azurerm v3
// and v4.
var CustomRoleWildcard = &lint.Check{
	ID:       "azure-authorization-custom-role-wildcard",
	Title:    "Custom role allows every action at subscription scope",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.IaaS,
	Description: "A custom role with \"*\" among its actions is a subscription administrator by another name: it can " +
		"change every resource and, through Microsoft.Authorization, grant itself more. Such roles escape reviews " +
		"that look for Owner, so custom roles should list the actions they need.",
	Remediation: "List the actions the role needs:\n\n" +
		"    resource \"azurerm_role_definition\" \"deployer\" {\n      scope = data.azurerm_subscription.current.id\n" +
		"      permissions {\n        actions = [\"Microsoft.Web/sites/write\", \"Microsoft.Web/sites/read\"]\n      }\n    }",
	Links: []string{
		"https://learn.microsoft.com/azure/role-based-access-control/custom-roles",
		docDefinition,
		"https://learn.microsoft.com/azure/templates/microsoft.authorization/roledefinitions",
	},
	Resources: Definition.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Definition.Views(p) {
			if v.Patch {
				continue
			}
			star, ok := wildcard(v)
			if !ok {
				continue
			}
			if wide := assignableWide(v); wide {
				p.Reportf(star, "Custom role %s allows every action (\"*\") and is assignable at subscription or management group scope", v.R.Address)
			}
		}
	},
}

// wildcard returns the first action "*" of the definition.
func wildcard(v arm.View) (lint.Attr, bool) {
	var lists []lint.Attr
	if v.ARM {
		for _, perm := range arm.Prop(v.R, "properties.permissions").Elements() {
			lists = append(lists, arm.Field(perm, "actions"))
		}
	} else {
		for _, b := range v.R.Blocks("permissions") {
			lists = append(lists, b.Attr("actions"))
		}
	}
	for _, l := range lists {
		for _, e := range l.Elements() {
			if s, known := e.StringOr(""); known && s == "*" {
				return e, true
			}
		}
	}
	return lint.Attr{}, false
}

// assignableWide says whether the definition can be assigned at a wide
// scope for sure.
func assignableWide(v arm.View) bool {
	scopes := v.Attr("assignable_scopes", "properties.assignableScopes")
	if !v.ARM && scopes.Null() {
		wide, ok := Wide(scopeOf(v))
		return ok && wide
	}
	for _, s := range scopes.Elements() {
		if wide, ok := Wide(s); ok && wide {
			return true
		}
	}
	return false
}
