package gke

import "github.com/tenantlint/tenantlint/lint"

// EnableLogging flags clusters that send no logs to Cloud Logging (see
// telemetryOff for the defaults relied on).
var EnableLogging = &lint.Check{
	ID:       "google-gke-enable-logging",
	Title:    "GKE cluster turns Cloud Logging off",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "With logging off, neither system components nor workloads send logs to Cloud Logging. An " +
		"incident on the cluster then leaves no record of what ran, what failed or what an intruder did on the " +
		"nodes.",
	Remediation: "Keep Cloud Logging on:\n\n" +
		"    resource \"google_container_cluster\" \"c\" {\n      logging_service = \"logging.googleapis.com/kubernetes\"\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs",
		registry + "#logging_service",
		registry + "#logging_config",
	},
	Resources: []string{clusterType},
	Run:       func(p *lint.Pass) { telemetryOff(p, "logging_service", "Cloud Logging") },
}
