package aks

import (
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// SecretRotation flags clusters that run the Key Vault secrets provider
// (the Secrets Store CSI driver add-on) without rotation. It reads
// key_vault_secrets_provider.secret_rotation_enabled, default false in
// azurerm v3 and v4, and, where
// properties.addonProfiles.azureKeyvaultSecretsProvider.enabled is true,
// its config.enableSecretRotation, a string "false" when absent. A cluster
// without the add-on is not judged.
var SecretRotation = &lint.Check{
	ID:       "azure-aks-secret-rotation",
	Title:    "AKS Key Vault secrets provider does not rotate secrets",
	Severity: lint.Low,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "Without rotation the Secrets Store CSI driver fetches a secret from Key Vault once, when the pod " +
		"mounts it, and keeps serving that copy. A secret rotated or revoked in Key Vault after a leak stays in use " +
		"in the cluster until every pod is restarted.",
	Remediation: "Turn rotation on:\n\n" +
		"    resource \"azurerm_kubernetes_cluster\" \"aks\" {\n      key_vault_secrets_provider {\n" +
		"        secret_rotation_enabled = true\n      }\n    }\n\n" +
		"In an azapi_resource body: addonProfiles = { azureKeyvaultSecretsProvider = { enabled = true, config = " +
		"{ enableSecretRotation = \"true\" } } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/aks/csi-secrets-store-configuration-options",
		docCluster + "#secret_rotation_enabled",
		docARM,
	},
	Resources: Cluster.Types(),
	Run: clusters("properties.addonProfiles.azureKeyvaultSecretsProvider", func(p *lint.Pass, v arm.View) {
		if v.ARM {
			if on, ok := addon(v, "azureKeyvaultSecretsProvider").BoolOr(false); !ok || !on {
				return
			}
			a := v.Attr("", "properties.addonProfiles.azureKeyvaultSecretsProvider.config.enableSecretRotation")
			s, ok := a.StringOr("false")
			if ok && !strings.EqualFold(s, "true") {
				p.Reportf(a, "AKS cluster %s runs the Key Vault secrets provider without rotation (enableSecretRotation %s)", v.R.Address, s)
			}
			return
		}
		b := v.R.Block("key_vault_secrets_provider")
		if !b.Exists() {
			return
		}
		a := b.Attr("secret_rotation_enabled")
		if on, ok := a.BoolOr(false); ok && !on {
			p.Reportf(a, "AKS cluster %s runs the Key Vault secrets provider without rotation (secret rotation enabled is false)", v.R.Address)
		}
	}),
}
