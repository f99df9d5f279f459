package appservice

import "github.com/tenantlint/tenantlint/lint"

// ClientCertificates flags apps that do not ask for client certificates.
// It reads client_certificate_enabled, default false in azurerm v3 and v4
// for the current resources, client_cert_enabled of the legacy ones (which
// some of them lack: absence there is not judged), and
// properties.clientCertEnabled of Microsoft.Web/sites and sites/slots,
// false when absent.
var ClientCertificates = &lint.Check{
	ID:       "azure-appservice-client-certificates",
	Title:    "App Service app does not request client certificates",
	Severity: lint.Low,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "With incoming client certificates on, App Service asks every client for a TLS certificate and " +
		"passes it to the app, so that only clients holding a trusted certificate get through. The CIS benchmark " +
		"asks for it on apps that serve known clients rather than the public.",
	Remediation: "Request client certificates:\n\n" +
		"    resource \"azurerm_linux_web_app\" \"app\" {\n      client_certificate_enabled = true\n" +
		"      client_certificate_mode    = \"Required\"\n    }\n\n" +
		"In an azapi_resource body: properties = { clientCertEnabled = true }.",
	Links: []string{
		"https://learn.microsoft.com/azure/app-service/app-service-web-configure-tls-mutual-auth",
		docLinuxWebApp + "#client_certificate_enabled",
		docSitesARM,
	},
	Resources: Types,
	Run: boolRule("client_certificate_enabled|client_cert_enabled", "properties.clientCertEnabled", true,
		defaults{Current: false, ARM: false},
		"App %[1]s does not request client certificates (%[2]s)"),
}
