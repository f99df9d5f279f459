package elb

import "github.com/tenantlint/tenantlint/lint"

// DeletionProtection flags load balancers that can be deleted without first
// turning protection off. enable_deletion_protection defaults to false.
var DeletionProtection = &lint.Check{
	ID:       "aws-elb-deletion-protection",
	Title:    "Load balancer deletion protection is off",
	Severity: lint.Low,
	Domain:   lint.Configuration,
	Model:    lint.PaaS,
	Description: "Without deletion protection, one mistaken apply, a careless destroy or a compromised " +
		"pipeline removes the load balancer and takes the application offline; its DNS name cannot be " +
		"recovered, so clients pointing at it break until DNS is updated.",
	Remediation: "Turn on deletion protection:\n\n" +
		"    enable_deletion_protection = true",
	Links: []string{
		"https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb#enable_deletion_protection",
	},
	Resources: loadBalancers,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			a := r.Attr("enable_deletion_protection")
			if on, ok := a.BoolOr(false); ok && !on {
				p.Reportf(a, "load balancer %s has deletion protection off", r.Address)
			}
		}
	},
}
