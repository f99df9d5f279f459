package gke

import "github.com/tenantlint/tenantlint/lint"

// NodeNoLegacyMetadataEndpoints flags node pools that turn the legacy
// Compute Engine metadata endpoints back on (node_config.metadata
// "disable-legacy-endpoints" = "false"). Default relied on: GKE 1.12 and
// later disable them when the key is absent (hashicorp/google and
// google-beta v4-v6).
var NodeNoLegacyMetadataEndpoints = &lint.Check{
	ID:       "google-gke-node-no-legacy-metadata-endpoints",
	Title:    "GKE nodes enable the legacy metadata endpoints",
	Severity: lint.High,
	Domain:   lint.Identity,
	Model:    lint.PaaS,
	Description: "The legacy v0.1 and v1beta1 metadata endpoints answer without the Metadata-Flavor header " +
		"that protects against server-side request forgery. A pod tricked into fetching a URL can then hand the " +
		"node's credentials to an attacker.",
	Remediation: "Keep the legacy endpoints disabled:\n\n" +
		"    node_config {\n      metadata = {\n        disable-legacy-endpoints = \"true\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/kubernetes-engine/docs/how-to/protecting-cluster-metadata#disable-legacy-apis",
		registry + "#metadata",
		poolDocs + "#node_config",
	},
	Resources: nodeResources,
	Run: func(p *lint.Pass) {
		for _, n := range nodeSets(p) {
			a := n.config.Attr("metadata").Field("disable-legacy-endpoints")
			if s, ok := a.StringOr("true"); ok && !a.Null() && (s == "false" || s == "FALSE" || s == "False") {
				p.Reportf(a, "%s enables the legacy metadata endpoints (disable-legacy-endpoints = \"false\")", n.what)
			}
		}
	},
}
