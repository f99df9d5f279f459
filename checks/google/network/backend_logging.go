package network

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// BackendLogging flags backend services of Application Load Balancers
// (see httpBackend) that do not log requests. Default relied on
// (hashicorp/google v4-v6): log_config.enable is false, and a backend
// service without log_config does not log. Backend services of proxy and
// passthrough Network Load Balancers (TCP, SSL, UDP), and those of unknown
// protocol, are left out.
var BackendLogging = &lint.Check{
	ID:       "google-network-backend-logging",
	Title:    "Load balancer backend service does not log requests",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "Load balancer request logs record each request's client, path, status and the Cloud Armor " +
		"decision. Without them an attack on the application, a scan or a data scrape leaves no trace at the edge, " +
		"and an incident cannot be scoped.",
	Remediation: "Turn request logging on:\n\n    log_config {\n      enable      = true\n      sample_rate = 1.0\n    }",
	Links: []string{
		"https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring",
		registry(backendType, "log_config"),
		registry(regionBackendType, "log_config"),
	},
	Resources: backendTypes,
	Run: rule.On("log_config.enable", rule.Default(false).For("hashicorp/google v4-v6"),
		"backend service {address} does not log requests (log_config.enable = {value})",
		rule.Unset("backend service {address} does not log requests (log_config.enable defaults to false)"),
		rule.Skip(func(r *lint.Resource) bool { return !httpBackend(r) })),
}
