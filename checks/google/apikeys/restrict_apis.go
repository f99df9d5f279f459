package apikeys

import "github.com/tenantlint/tenantlint/lint"

// allAPIs is the service name that stands for every Google API.
const allAPIs = "cloudapis.googleapis.com"

// RestrictAPIs flags API keys that may call any API: no restrictions block,
// no api_targets block, or a target of cloudapis.googleapis.com (every
// API). Default relied on (hashicorp/google v4-v6): without api_targets a key
// may call every API enabled in its project. Unknown values are not reported.
var RestrictAPIs = &lint.Check{
	ID:       "google-apikeys-restrict-apis",
	Title:    "API key is not restricted to the APIs it needs",
	Severity: lint.Medium,
	Domain:   lint.Identity,
	Model:    lint.SaaS,
	Description: "A key without API restrictions works for every API enabled in its project, including ones added " +
		"later. A key published for a map widget can then be used against translation, vision or other paid or " +
		"data-bearing APIs.",
	Remediation: "List only the APIs the key is for:\n\n" +
		"    restrictions {\n      api_targets {\n        service = \"maps-backend.googleapis.com\"\n      }\n    }",
	Links: []string{
		"https://cloud.google.com/docs/authentication/api-keys#adding-api-restrictions",
		"https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/apikeys_key#api_targets",
	},
	Resources: []string{"google_apikeys_key"},
	Run: func(p *lint.Pass) {
		for _, k := range p.Resources() {
			rs := k.Block("restrictions")
			targets := rs.Blocks("api_targets")
			switch {
			case !rs.Exists():
				p.Reportf(k, "API key %s has no restrictions: it may call every API of its project", k.Address)
			case len(targets) == 0:
				p.Reportf(rs, "API key %s has no api_targets: it may call every API of its project", k.Address)
			}
			for _, t := range targets {
				svc := t.Attr("service")
				if s, ok := svc.StringOr(""); ok && s == allAPIs {
					p.Reportf(svc, "API key %s targets %s, which is every API", k.Address, allAPIs)
				}
			}
		}
	},
}
