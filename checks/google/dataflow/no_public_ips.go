// Package dataflow holds the checks of Dataflow jobs.
package dataflow

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

const (
	classicJob  = "google_dataflow_job"
	flexJob     = "google_dataflow_flex_template_job"
	privateOnly = "WORKER_IP_PRIVATE"
)

// NoPublicIPs flags Dataflow jobs whose worker VMs get external IP addresses.
// Default relied on (hashicorp/google and google-beta v4-v6, both job
// resources): without ip_configuration the Dataflow service gives every
// worker a public IP address (WORKER_IP_PUBLIC). Unknown values are not
// reported.
var NoPublicIPs = &lint.Check{
	ID:       "google-dataflow-no-public-ips",
	Title:    "Dataflow workers have public IP addresses",
	Severity: lint.Medium,
	Domain:   lint.Network,
	Model:    lint.PaaS,
	Description: "Dataflow runs a pipeline on Compute Engine workers that, unless told otherwise, each get an " +
		"external IP address. Workers reachable from the internet widen the attack surface of a job that " +
		"handles the pipeline's data and credentials; with private IPs only, they reach Google APIs through " +
		"Private Google Access and the internet only through Cloud NAT, where egress can be controlled.",
	Remediation: "Give the workers private addresses only (the subnetwork needs Private Google Access):\n\n" +
		"    resource \"google_dataflow_job\" \"etl\" {\n      # ...\n      ip_configuration = \"WORKER_IP_PRIVATE\"\n      subnetwork       = \"regions/europe-west1/subnetworks/private\"\n    }",
	Links: []string{
		"https://cloud.google.com/dataflow/docs/guides/routes-firewall#turn_off_external_ip_address",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dataflow_job#ip_configuration",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dataflow_flex_template_job#ip_configuration",
	},
	Resources: []string{classicJob, flexJob},
	Run: rule.OneOf("ip_configuration", []string{privateOnly}, rule.Default("WORKER_IP_PUBLIC").For("hashicorp/google v4-v6"),
		"Dataflow job {address} has ip_configuration {value}: its workers get public IP addresses",
		rule.Unset("Dataflow job {address} sets no ip_configuration: its workers get public IP addresses (WORKER_IP_PUBLIC)")),
}
