package gke

import "github.com/tenantlint/tenantlint/lint"

// EnableMonitoring flags clusters that send no metrics to Cloud Monitoring
// (see telemetryOff for the defaults relied on).
var EnableMonitoring = &lint.Check{
	ID:       "google-gke-enable-monitoring",
	Title:    "GKE cluster turns Cloud Monitoring off",
	Severity: lint.Low,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "With monitoring off, the cluster reports no metrics of its nodes and system components. " +
		"Resource exhaustion, crash loops and the load of a cryptominer go unnoticed, and alerts built on them " +
		"never fire.",
	Remediation: "Keep Cloud Monitoring on:\n\n" +
		"    resource \"google_container_cluster\" \"c\" {\n      monitoring_service = \"monitoring.googleapis.com/kubernetes\"\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/configure-metrics",
		registry + "#monitoring_service",
		registry + "#monitoring_config",
	},
	Resources: []string{clusterType},
	Run:       func(p *lint.Pass) { telemetryOff(p, "monitoring_service", "Cloud Monitoring") },
}
