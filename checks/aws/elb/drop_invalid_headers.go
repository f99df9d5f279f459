package elb

import "github.com/tenantlint/tenantlint/lint"

// DropInvalidHeaders flags Application Load Balancers that pass HTTP headers
// with invalid names to targets. drop_invalid_header_fields defaults to false.
var DropInvalidHeaders = &lint.Check{
	ID:       "aws-elb-drop-invalid-headers",
	Title:    "Load balancer forwards invalid HTTP headers",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "An Application Load Balancer forwards headers whose names are not valid HTTP tokens " +
		"unless told to drop them. Targets and proxies that parse such headers differently can be led " +
		"into request smuggling and header injection, bypassing controls that the load balancer applies.",
	Remediation: "Drop invalid header fields:\n\n" +
		"    drop_invalid_header_fields = true",
	Links: []string{
		"https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#drop_invalid_header_fields",
	},
	Resources: loadBalancers,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			if t, ok := lbType(r); !ok || t != "application" {
				continue
			}
			a := r.Attr("drop_invalid_header_fields")
			if on, ok := a.BoolOr(false); ok && !on {
				p.Reportf(a, "application load balancer %s does not drop invalid header fields", r.Address)
			}
		}
	},
}
