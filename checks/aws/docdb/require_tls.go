package docdb

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// RequireTLS flags DocumentDB cluster parameter groups that turn TLS off.
// Default relied on: the tls parameter is "enabled" in the default groups.
var RequireTLS = &lint.Check{
	ID:       "aws-docdb-require-tls",
	Title:    "DocumentDB parameter group turns TLS off",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "With the tls parameter disabled, clients connect to DocumentDB in plain text: credentials " +
		"and every document read or written cross the network readable and alterable by anything that can " +
		"capture traffic between the client and the cluster.",
	Remediation: "Set the tls parameter to enabled (or tls1.2+) and connect with the Amazon DocumentDB CA " +
		"bundle:\n\n" +
		"    parameter {\n" +
		"      name  = \"tls\"\n" +
		"      value = \"enabled\"\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/docdb_cluster_parameter_group",
	},
	Resources: []string{"aws_docdb_cluster_parameter_group"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, param := range r.Blocks("parameter") {
				if name, ok := param.Attr("name").StringOr(""); !ok || name != "tls" {
					continue
				}
				v := param.Attr("value")
				if s, ok := v.StringOr(""); ok && strings.EqualFold(s, "disabled") {
					p.Reportf(v, "DocumentDB parameter group %s turns TLS off", r.Address)
				}
			}
		}
	},
}
