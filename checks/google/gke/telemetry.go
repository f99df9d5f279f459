package gke

import "github.com/tenantlint/tenantlint/lint"

// telemetryOff reports a cluster whose logging or monitoring service is
// "none". Defaults relied on: logging_service
// "logging.googleapis.com/kubernetes" and monitoring_service
// "monitoring.googleapis.com/kubernetes" (hashicorp/google and google-beta
// v4-v6). An empty logging_config / monitoring_config enable_components is
// not read as "off": the provider has not always turned the service off for
// it (hashicorp/terraform-provider-google#10308), so it is left alone.
// Autopilot clusters always keep system logging and monitoring: they are
// not read. Unknown values are not reported.
func telemetryOff(p *lint.Pass, service, what string) {
	for _, r := range p.Resources() {
		if !standard(r) {
			continue
		}
		a := r.Attr(service)
		if s, ok := a.StringOr(""); ok && s == "none" {
			p.Reportf(a, "GKE cluster %s turns %s off (%s = \"none\")", r.Address, what, service)
		}
	}
}
