package compute

import (
	"net/url"
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// ExtensionSecrets flags VM and scale set extensions whose public settings
// carry a secret: a known, non-empty string under a key named like a
// credential (password, secret, token, connection string, storage account or
// workspace key...; publicKey is not one), or a URL with a SAS signature
// (sig=) such as a fileUris item. It reads the settings JSON of
// azurerm_virtual_machine_extension and
// azurerm_virtual_machine_scale_set_extension and of the extension blocks of
// the scale sets (azurerm v3, v4), and properties.settings of the AzAPI
// extensions. Only the key names the configuration writes are reported,
// never a value.
var ExtensionSecrets = &lint.Check{
	ID:       "azure-compute-extension-secrets",
	Title:    "VM extension keeps a secret in its public settings",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.IaaS,
	Description: "An extension's settings are stored and returned in clear: anyone who can read the machine's " +
		"configuration (the Reader role is enough) sees them, and so do the extension logs on the machine and " +
		"the Terraform plan. Protected settings are encrypted and only decrypted on the machine.",
	Remediation: "Move the secret to protected_settings (and read it from Key Vault):\n\n" +
		"    resource \"azurerm_virtual_machine_extension\" \"script\" {\n" +
		"      settings           = jsonencode({ fileUris = [var.script_url] })\n" +
		"      protected_settings = jsonencode({ commandToExecute = \"./setup.sh\", storageAccountKey = var.key })\n    }\n\n" +
		"In an azapi_resource body: properties.protectedSettings instead of properties.settings.",
	Links: []string{
		"https://learn.microsoft.com/azure/virtual-machines/extensions/features-linux",
		"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/virtual_machine_extension#protected_settings",
		"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/virtual_machine_scale_set_extension#protected_settings",
		"https://learn.microsoft.com/azure/templates/microsoft.compute/virtualmachines/extensions",
	},
	Resources: types(Extension, VMSSExtension, VMSS, FlexVMSS),
	Secret:    true,
	Run: func(p *lint.Pass) {
		for _, k := range []arm.Kind{Extension, VMSSExtension} {
			for _, v := range k.Views(p) {
				if v.ARM {
					reportSettings(p, v.R, v.Attr("", "properties.settings"), false)
				} else {
					reportSettings(p, v.R, v.R.Attr("settings"), true)
				}
			}
		}
		for _, k := range []arm.Kind{VMSS, FlexVMSS} {
			for _, v := range k.Views(p) {
				if v.ARM {
					continue
				}
				for _, b := range v.R.Blocks("extension") {
					reportSettings(p, v.R, b.Attr("settings"), true)
				}
			}
		}
	},
}

// reportSettings reports the secret-shaped items of a settings document (a
// JSON string when encoded) once, naming their keys.
func reportSettings(p *lint.Pass, r *lint.Resource, a lint.Attr, encoded bool) {
	doc := a
	if encoded {
		d, ok := a.JSON()
		if !ok {
			return
		}
		doc = d
	}
	var keys []string
	walkSettings(doc, "", 0, &keys)
	if len(keys) > 0 {
		// The key names go in the format, not as arguments: they are the
		// configuration's structure, and an argument that is a substring of a
		// sensitive settings document would be redacted.
		names := strings.ReplaceAll(strings.Join(keys, ", "), "%", "%%")
		p.Reportf(a, "Extension settings of %s hold a secret in clear ("+names+"); use protected settings", r.Address)
	}
}

// walkSettings collects the keys of secret-shaped values under a.
func walkSettings(a lint.Attr, key string, depth int, keys *[]string) {
	if depth > 16 || a.Null() || !a.Value.IsKnown() {
		return
	}
	ty := a.Value.Type()
	switch {
	case ty.IsObjectType() || ty.IsMapType():
		for _, k := range a.Keys() {
			walkSettings(a.Field(k), k, depth+1, keys)
		}
	case ty.IsListType() || ty.IsTupleType() || ty.IsSetType():
		for _, e := range a.Elements() {
			walkSettings(e, key, depth+1, keys)
		}
	default:
		s, ok := a.StringOr("")
		if !ok || strings.TrimSpace(s) == "" || key == "" {
			return
		}
		if (SecretKey(key) || hasSAS(s)) && !slices.Contains(*keys, key) {
			*keys = append(*keys, key)
		}
	}
}

// secretWords are the parts of a settings key that name a credential.
var secretWords = []string{"password", "passwd", "secret", "token", "connectionstring", "credential", "sastoken",
	"storageaccountkey", "workspacekey", "accesskey", "accountkey", "apikey", "privatekey", "primarykey",
	"secondarykey", "sharedkey", "clientkey", "encryptionkey"}

// SecretKey says whether a settings key names a credential, without regard
// to case, "_" and "-".
func SecretKey(key string) bool {
	k := strings.ToLower(strings.NewReplacer("_", "", "-", "", ".", "").Replace(key))
	if strings.Contains(k, "publickey") {
		return false
	}
	for _, w := range secretWords {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// hasSAS says whether s is a URL with a shared access signature.
func hasSAS(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return false
	}
	return u.Query().Get("sig") != ""
}
