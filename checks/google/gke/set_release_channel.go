package gke

import (
	"github.com/tenantlint/tenantlint/checks/internal/rule"
	"github.com/tenantlint/tenantlint/lint"
)

// SetReleaseChannel flags Standard clusters whose release channel is
// "UNSPECIFIED": unenrolled, their version is the operator's to keep up.
// Default relied on: an absent release_channel block leaves the channel to
// GKE, which enrols new clusters in a channel (REGULAR) unless a version is
// pinned (hashicorp/google v4-v6); it is not a finding. Autopilot clusters
// are always enrolled.
var SetReleaseChannel = &lint.Check{
	ID:       "google-gke-set-release-channel",
	Title:    "GKE cluster is not enrolled in a release channel",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Clusters in a release channel get Kubernetes security patches and version upgrades as Google " +
		"ships them. A cluster taken out of every channel stays on the version it has until someone upgrades it, " +
		"and falls behind on fixes for known vulnerabilities.",
	Remediation: "Enrol the cluster in a channel:\n\n" +
		"    release_channel {\n      channel = \"REGULAR\"\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/concepts/release-channels",
		registry + "#release_channel",
	},
	Resources: []string{clusterType},
	Run: rule.OneOf("release_channel.channel", []string{"RAPID", "REGULAR", "STABLE", "EXTENDED"}, rule.NoDefault,
		"GKE cluster {address} is not enrolled in a release channel (channel {value})", rule.Skip(notStandard)),
}
