package aks

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
	"strconv"
)

// EntraID flags clusters without managed Entra ID (Azure AD) integration.
// It reads the azure_active_directory_role_based_access_control block
// (absent: no integration, azurerm v3 and v4) and, in azurerm v3, its
// managed argument, default false (the legacy integration with client and
// server applications); azurerm v4 dropped the argument and always uses
// the managed integration, so an absent managed is judged only when the
// configuration pins the major. In ARM it reads properties.aadProfile
// (absent: no integration) and aadProfile.managed, false when absent.
var EntraID = &lint.Check{
	ID:       "azure-aks-entra-id-integration",
	Title:    "AKS cluster is not integrated with Entra ID",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "Without Entra ID integration the cluster authenticates users only with certificates and tokens it " +
		"issues itself, which cannot be tied to a person, protected by MFA or conditional access, or revoked when " +
		"someone leaves. The managed integration also replaces the retired legacy one that needed its own app " +
		"registrations and secrets.",
	Remediation: "Integrate the cluster with Entra ID:\n\n" +
		"    resource \"azurerm_kubernetes_cluster\" \"aks\" {\n      azure_active_directory_role_based_access_control {\n" +
		"        azure_rbac_enabled = true\n      }\n    }\n\n" +
		"(in azurerm v3 also managed = true). In an azapi_resource body: properties = { aadProfile = { managed = true, enableAzureRBAC = true } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/aks/enable-authentication-microsoft-entra-id",
		docCluster + "#azure_active_directory_role_based_access_control",
		docARM,
	},
	Resources: Cluster.Types(),
	Run: clusters("properties.aadProfile", func(p *lint.Pass, v arm.View) {
		if v.ARM {
			aad := v.Attr("", "properties.aadProfile")
			if aad.Null() {
				if !v.Patch && !arm.Body(v.R).Unknown() {
					p.Reportf(aad, "AKS cluster %s has no Entra ID integration (no aadProfile)", v.R.Address)
				}
				return
			}
			m := arm.Field(aad, "managed")
			if on, ok := m.BoolOr(false); ok && !on && (!v.Patch || !m.Null()) {
				p.Reportf(m, "AKS cluster %s uses the legacy Entra ID integration (aadProfile managed is %s)", v.R.Address, strconv.FormatBool(on))
			}
			return
		}
		b := v.R.Block("azure_active_directory_role_based_access_control")
		if !b.Exists() {
			p.Reportf(v.R, "AKS cluster %s has no Entra ID integration (no azure_active_directory_role_based_access_control block)", v.R.Address)
			return
		}
		m := b.Attr("managed")
		if m.Null() {
			if d, ok := (arm.Default{RMMajor: map[int]any{3: false, 4: true}}).Value(v); !ok || d == true {
				return
			}
			p.Reportf(b, "AKS cluster %s uses the legacy Entra ID integration (managed defaults to false in azurerm v3)", v.R.Address)
			return
		}
		if on, ok := m.BoolOr(true); ok && !on {
			p.Reportf(m, "AKS cluster %s uses the legacy Entra ID integration (managed is false)", v.R.Address)
		}
	}),
}
