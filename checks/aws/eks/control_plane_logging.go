package eks

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// securityLogs are the control plane logs that record who did what.
var securityLogs = []string{"api", "audit", "authenticator"}

// ControlPlaneLogging flags clusters that do not send the api, audit and
// authenticator control plane logs to CloudWatch. Default relied on:
// enabled_cluster_log_types absent enables no log type.
var ControlPlaneLogging = &lint.Check{
	ID:       "aws-eks-control-plane-logging",
	Title:    "EKS cluster does not log API, audit and authenticator events",
	Severity: lint.Medium,
	Domain:   lint.Logging,
	Model:    lint.PaaS,
	Description: "The Kubernetes audit log records every request to the API server, the authenticator log " +
		"maps IAM identities to Kubernetes users, and the api log records the server's own view. Without them, " +
		"there is no record of who read secrets, created privileged pods or changed RBAC.",
	Remediation: "Enable the security-relevant control plane logs:\n\n" +
		"    enabled_cluster_log_types = [\"api\", \"audit\", \"authenticator\"]",
	Links: []string{
		"https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#enabled_cluster_log_types",
	},
	Resources: []string{"aws_eks_cluster"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			logs := r.Attr("enabled_cluster_log_types")
			if !logs.Null() && !logs.AllStringsKnown() {
				continue
			}
			var missing []string
			for _, l := range securityLogs {
				if !slices.Contains(logs.Strings(), l) {
					missing = append(missing, l)
				}
			}
			if len(missing) > 0 {
				p.Reportf(logs, "EKS cluster %s does not enable control plane logs: %s", r.Address, strings.Join(missing, ", "))
			}
		}
	},
}
