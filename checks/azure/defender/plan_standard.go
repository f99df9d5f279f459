package defender

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// PlanStandard flags Defender for Cloud plans set to the Free tier, which
// turns the plan's protection off for its resource type. It reads tier
// (required in azurerm v3 and v4) and properties.pricingTier of
// Microsoft.Security/pricings (required), so an absent tier is not judged; an AzAPI patch is judged on what it sets.
// A plan not declared at all is left alone: the configuration may not manage
// the subscription's Defender settings.
var PlanStandard = &lint.Check{
	ID:       "azure-defender-plan-standard",
	Title:    "Defender for Cloud plan is off (Free tier)",
	Severity: lint.Medium,
	Domain:   lint.Response,
	Model:    lint.IaaS,
	Description: "On the Free tier a Defender plan gives only posture recommendations: no threat detection, no " +
		"alerts on suspicious activity for the resource type. The Standard tier turns on the plan's detections so " +
		"that attacks on servers, storage, databases, key vaults or containers raise alerts.",
	Remediation: "Turn the plan on:\n\n" +
		"    resource \"azurerm_security_center_subscription_pricing\" \"storage\" {\n      tier          = \"Standard\"\n" +
		"      resource_type = \"StorageAccounts\"\n    }\n\n" +
		"In an azapi_resource body: properties = { pricingTier = \"Standard\" }.",
	Links: []string{
		"https://learn.microsoft.com/azure/defender-for-cloud/enable-enhanced-security",
		"https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/security_center_subscription_pricing",
		"https://learn.microsoft.com/azure/templates/microsoft.security/pricings",
	},
	Resources: Pricing.Types(),
	Run: func(p *lint.Pass) {
		// Not arm.OneOf: a plan has no name of its own (azurerm names it by
		// resource_type), so a patch could not be told apart from it.
		for _, v := range Pricing.Views(p) {
			tier := v.Attr("tier", "properties.pricingTier")
			s, ok := tier.StringOr("")
			if !ok || tier.Null() || strings.EqualFold(s, "Standard") {
				continue
			}
			p.Reportf(tier, "Defender for Cloud plan %s is on the %s tier (its threat protection is off)", v.R.Address, tier.Display())
		}
	},
}
