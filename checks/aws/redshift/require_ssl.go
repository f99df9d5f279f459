package redshift

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// RequireSSL flags parameter groups that explicitly allow unencrypted
// connections. Only an explicit require_ssl = false is reported: the default
// of a new parameter group depends on its family and on when it was created.
var RequireSSL = &lint.Check{
	ID:       "aws-redshift-require-ssl",
	Title:    "Redshift parameter group allows unencrypted connections",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "With require_ssl false, clusters using the parameter group accept SQL connections without TLS. " +
		"Query results and the database credentials then cross the network in plaintext, readable by anyone able " +
		"to observe the path.",
	Remediation: "Require TLS in the parameter group:\n\n" +
		"    parameter {\n      name  = \"require_ssl\"\n      value = \"true\"\n    }",
	Links: []string{
		"https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/redshift_parameter_group",
	},
	Resources: []string{"aws_redshift_parameter_group"},
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			for _, prm := range r.Blocks("parameter") {
				if name, ok := prm.Attr("name").StringOr(""); !ok || !strings.EqualFold(name, "require_ssl") {
					continue
				}
				v := prm.Attr("value")
				if on, ok := v.BoolOr(true); ok && !on {
					p.Reportf(v, "Redshift parameter group %s sets require_ssl to false", r.Address)
				}
			}
		}
	},
}
