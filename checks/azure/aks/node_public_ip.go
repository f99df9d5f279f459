package aks

import "github.com/tenantlint/tenantlint/lint"

// NodePublicIP flags node pools whose nodes get public IP addresses. It
// reads node_public_ip_enabled (azurerm v4; enable_node_public_ip in v3) of
// default_node_pool and of azurerm_kubernetes_cluster_node_pool, default
// false in v3 and v4, and enableNodePublicIP of an agent pool profile,
// false when absent.
var NodePublicIP = &lint.Check{
	ID:       "azure-aks-node-public-ip",
	Title:    "AKS nodes have public IP addresses",
	Severity: lint.High,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "A node with a public IP address can be reached from the internet directly, past the load balancer " +
		"and any firewall in front of the cluster: its kubelet, SSH and every host port become targets. Nodes " +
		"should reach the internet through a NAT gateway or load balancer and accept traffic only through ingress.",
	Remediation: "Keep node public IPs off (azurerm v4; enable_node_public_ip in v3):\n\n" +
		"    resource \"azurerm_kubernetes_cluster_node_pool\" \"pool\" {\n      node_public_ip_enabled = false\n    }\n\n" +
		"In an azapi body: enableNodePublicIP = false.",
	Links: []string{
		"https://learn.microsoft.com/azure/aks/use-node-public-ips",
		docCluster + "#node_public_ip_enabled",
		docNodePool + "#node_public_ip_enabled",
		docPoolARM,
	},
	Resources: poolTypes,
	Run: poolSetting{arg: "node_public_ip_enabled|enable_node_public_ip", prop: "enableNodePublicIP",
		bad: func(on bool) bool { return on }}.run("The %s gives its nodes public IP addresses (%s)"),
}
