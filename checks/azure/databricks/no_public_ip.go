package databricks

import (
	"github.com/tenantlint/tenantlint/checks/azure/arm"
	"github.com/tenantlint/tenantlint/lint"
)

// NoPublicIP flags workspaces whose cluster nodes get public IPs. It reads
// custom_parameters.no_public_ip, default false in azurerm v3 and true in v4
// (an absent argument is judged only when the configuration pins one
// major), and properties.parameters.enableNoPublicIp.value of
// Microsoft.Databricks/workspaces, true when absent from API version
// 2024-05-01 on and false before.
var NoPublicIP = &lint.Check{
	ID:          "azure-databricks-no-public-ip",
	Title:       "Databricks workspace gives cluster nodes public IP addresses",
	Severity:    lint.Medium,
	Domain:      lint.Network,
	Model:       lint.PaaS,
	Description: "Without secure cluster connectivity every cluster node gets a public IP address and open inbound ports for the control plane. With no public IP, nodes have no public addresses and connect out to the control plane through a relay.",
	Remediation: "Enable secure cluster connectivity:\n\n" +
		"    resource \"azurerm_databricks_workspace\" \"dbw\" {\n      custom_parameters {\n        no_public_ip = true\n      }\n    }\n\n" +
		"In an azapi_resource body: properties = { parameters = { enableNoPublicIp = { value = true } } }.",
	Links:     []string{"https://learn.microsoft.com/azure/databricks/security/network/classic/secure-cluster-connectivity", docRM + "#no_public_ip", docARM},
	Resources: Workspace.Types(),
	Run: arm.Bool(Workspace, "custom_parameters.no_public_ip", "properties.parameters.enableNoPublicIp.value", true,
		arm.Default{RMMajor: map[int]any{3: false, 4: true}, ARM: true, ARMSince: "2024-05-01", ARMBefore: false},
		"Databricks workspace %[1]s gives cluster nodes public IP addresses (no public IP is %[2]s)"),
}
