package storage

import (
	"github.com/tenantlint/tenantlint/lint"
)

// SASExpiryPolicy flags storage accounts without a SAS expiration policy:
// no sas_policy block (azurerm v3 and v4; its expiration_period is
// required) and no properties.sasPolicy.sasExpirationPeriod. An account
// known to refuse Shared Key (shared_access_key_enabled = false,
// properties.allowSharedKeyAccess = false) cannot sign account-key SAS and
// is left out.
var SASExpiryPolicy = &lint.Check{
	ID:       "azure-storage-sas-expiry-policy",
	Title:    "Storage account has no SAS expiration policy",
	Severity: lint.Low,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "A shared access signature can be signed to last for years, and nothing on the account records " +
		"that it was issued. An expiration policy sets the longest validity the account expects, so that " +
		"long-lived tokens are flagged in the logs or refused.",
	Remediation: "Set an upper bound for SAS validity:\n\n" +
		"    resource \"azurerm_storage_account\" \"sa\" {\n      sas_policy {\n        expiration_period = \"00.08:00:00\"\n" +
		"        expiration_action = \"Block\"\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { sasPolicy = { sasExpirationPeriod = \"00.08:00:00\", expirationAction = \"Block\" } }.",
	Links: []string{
		"https://learn.microsoft.com/azure/storage/common/sas-expiration-policy",
		docAccount + "#sas_policy",
		docAzAPI,
	},
	Resources: Account.Types(),
	Run: func(p *lint.Pass) {
		for _, v := range Account.Views(p) {
			if v.Patch || Account.Patched(p.Module, v, "properties.sasPolicy") {
				continue
			}
			if shared, ok := v.Attr("shared_access_key_enabled", "properties.allowSharedKeyAccess").BoolOr(true); !shared || !ok {
				continue
			}
			if v.ARM {
				period := v.Attr("", "properties.sasPolicy.sasExpirationPeriod")
				if period.Null() {
					p.Reportf(period, "Storage account %s has no SAS expiration policy", v.R.Address)
				}
				continue
			}
			if !v.R.Block("sas_policy").Exists() {
				p.Reportf(v.R, "Storage account %s has no SAS expiration policy", v.R.Address)
			}
		}
	},
}
