package docs

import "github.com/tenantlint/tenantlint/lint"

// providerNames are the providers as their own documents name them.
var providerNames = map[string]string{"aws": "AWS", "azure": "Azure", "google": "Google Cloud"}

// ProviderCategory is the check's service category in its provider's
// words, named for the provider ("AWS: abstracted services"), or "-" when
// the check has none.
func ProviderCategory(c *lint.Check) string {
	if c.Category == "" {
		return "-"
	}
	name, ok := providerNames[c.Provider()]
	if !ok {
		name = c.Provider()
	}
	return name + ": " + c.Category
}
