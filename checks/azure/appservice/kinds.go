// Package appservice holds the checks for Azure App Service web apps and
// Azure Functions apps, their deployment slots and the legacy azurerm v3
// resources, in both forms (azurerm and AzAPI Microsoft.Web/sites and
// Microsoft.Web/sites/slots, see checks/azure/arm).
//
// Every check states its requirement once, with an argument path that
// lists the names the current and the legacy resources use
// ("site_config.minimum_tls_version|min_tls_version"), and the defaults of
// the three families (current, legacy, ARM) side by side.
package appservice

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// The kinds the checks read.
var (
	// Current are the web and function apps and their slots of azurerm
	// v3.x and v4, and Microsoft.Web/sites (web and function apps alike).
	Current = arm.Kind{AzureRM: []string{
		"azurerm_linux_function_app",
		"azurerm_linux_function_app_slot",
		"azurerm_linux_web_app",
		"azurerm_linux_web_app_slot",
		"azurerm_windows_function_app",
		"azurerm_windows_function_app_slot",
		"azurerm_windows_web_app",
		"azurerm_windows_web_app_slot",
	}, ARM: "Microsoft.Web/sites"}
	// Legacy are the azurerm v3 resources that v4 removed.
	Legacy = arm.Kind{AzureRM: []string{
		"azurerm_app_service",
		"azurerm_app_service_slot",
		"azurerm_function_app",
		"azurerm_function_app_slot",
	}}
	// Slot is a deployment slot in the AzAPI form.
	Slot = arm.Kind{ARM: "Microsoft.Web/sites/slots"}
	// Kinds are the three, in the order checks judge them.
	Kinds = []arm.Kind{Current, Legacy, Slot}
)

// Types lists the resource types an app check reads.
var Types = append(append(append([]string{}, Current.AzureRM...), Legacy.AzureRM...), arm.Resource, arm.Update)

const (
	docLinuxWebApp = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_web_app"
	docFunctionApp = "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/linux_function_app"
	docSitesARM    = "https://learn.microsoft.com/azure/templates/microsoft.web/sites"
)

// defaults are what an absent argument or property means in each family;
// nil leaves absence unjudged there.
type defaults struct {
	Current, Legacy, ARM any
}

func (d defaults) of(k int) arm.Default {
	switch k {
	case 0:
		return arm.Default{RM: d.Current, ARM: d.ARM}
	case 1:
		return arm.Default{RM: d.Legacy}
	}
	return arm.Default{ARM: d.ARM}
}

// all runs shape over every kind with its family's default.
func all(d defaults, shape func(k arm.Kind, d arm.Default) func(*lint.Pass)) func(*lint.Pass) {
	runs := make([]func(*lint.Pass), len(Kinds))
	for i, k := range Kinds {
		runs[i] = shape(k, d.of(i))
	}
	return func(p *lint.Pass) {
		for _, run := range runs {
			run(p)
		}
	}
}

// boolRule is arm.Bool over every kind.
func boolRule(arg, prop string, want bool, d defaults, msg string) func(*lint.Pass) {
	return all(d, func(k arm.Kind, def arm.Default) func(*lint.Pass) {
		return arm.Bool(k, arg, prop, want, def, msg)
	})
}

// oneOf is arm.OneOf over every kind.
func oneOf(arg, prop string, allowed []string, d defaults, msg string) func(*lint.Pass) {
	return all(d, func(k arm.Kind, def arm.Default) func(*lint.Pass) {
		return arm.OneOf(k, arg, prop, allowed, def, msg)
	})
}

// views are the app views of every kind among the check's resources.
func views(p *lint.Pass) []arm.View {
	var out []arm.View
	for _, k := range Kinds {
		out = append(out, k.Views(p)...)
	}
	return out
}
