// Package authorization holds the checks for Azure RBAC role assignments and
// role definitions, in both forms (azurerm and AzAPI, see checks/azure/arm).
package authorization

import (
	"regexp"
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
	"github.com/zclconf/go-cty/cty"
)

// The kinds the checks read. The scope of an AzAPI assignment or definition
// is its parent_id.
var (
	Assignment = arm.Kind{AzureRM: []string{"azurerm_role_assignment"}, ARM: "Microsoft.Authorization/roleAssignments"}
	Definition = arm.Kind{AzureRM: []string{"azurerm_role_definition"}, ARM: "Microsoft.Authorization/roleDefinitions"}
)

const (
	docAssignment = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/role_assignment"
	docDefinition = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/role_definition"
)

// wideLiteral matches the ARM IDs of the scopes above resource groups: the
// root "/", a subscription, a management group.
var wideLiteral = regexp.MustCompile(`(?i)^(/|/subscriptions/[^/]+|/providers/microsoft\.management/managementgroups/[^/]+)$`)

// wideTypes are the resources and data sources whose id is a subscription
// or management group scope.
var wideTypes = map[string]bool{
	"azurerm_subscription":     true,
	"azurerm_management_group": true,
}

// Wide says whether a scope is a subscription, a management group or the
// root: a literal ARM ID of one, or exactly a reference to the id of a
// subscription or management group (resource or data source). ok is false
// when that cannot be known: a scope built from unknown parts, such as
// "/subscriptions/${var.id}", might go on to a resource group.
func Wide(a lint.Attr) (wide, ok bool) {
	if s, known := a.StringOr(""); known {
		if a.Null() || s == "" {
			return false, true
		}
		return wideLiteral.MatchString(strings.TrimRight(s, "/")) || s == "/", true
	}
	// A bare reference evaluates to a wholly unknown value of no type; a
	// template around it would be an unknown string.
	refs := a.Refs()
	if a.Value.Type() != cty.DynamicPseudoType || len(refs) != 1 {
		return false, false
	}
	return wideTypes[refs[0].Type], wideTypes[refs[0].Type]
}

// scopeOf returns the scope of an assignment or a definition in its form.
func scopeOf(v arm.View) lint.Attr {
	if v.ARM {
		return v.R.Attr("parent_id")
	}
	return v.R.Attr("scope")
}
