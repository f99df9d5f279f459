package elb

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// TLSPolicy flags HTTPS and TLS listeners whose security policy still accepts
// TLS 1.0 or 1.1. When ssl_policy is absent the service picks its current
// default policy, which the provider documentation does not pin, so absence
// is not reported.
var TLSPolicy = &lint.Check{
	ID:       "aws-elb-tls-policy",
	Title:    "Load balancer listener allows TLS 1.0 or 1.1",
	Severity: lint.Medium,
	Domain:   lint.Application,
	Model:    lint.PaaS,
	Description: "The listener's security policy accepts TLS 1.0 or TLS 1.1 (ELBSecurityPolicy-2016-08, " +
		"the TLS-1-0/TLS-1-1 and FS-1-1 families...). These protocol versions have known weaknesses and " +
		"are deprecated; a client or an attacker on the path can negotiate them. TLS 1.2 and 1.3 policies " +
		"are supported by every current client.",
	Remediation: "Use a TLS 1.2+ policy:\n\n" +
		"    ssl_policy = \"ELBSecurityPolicy-TLS13-1-2-2021-06\"",
	Links: []string{
		"https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener#ssl_policy",
	},
	Resources: listeners,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			pol := r.Attr("ssl_policy")
			if v, ok := pol.StringOr(""); ok && weakPolicy(v) {
				p.Reportf(pol, "listener %s uses %s, which allows TLS 1.0 or 1.1", r.Address, v)
			}
		}
	},
}

// weakPolicy says whether a predefined ELB security policy accepts TLS 1.0
// or 1.1. Policy names state their minimum version ("TLS-1-2", "TLS13-1-2",
// "FS-1-2"); the older names without one accept TLS 1.0.
func weakPolicy(name string) bool {
	switch name {
	case "ELBSecurityPolicy-2016-08", "ELBSecurityPolicy-2015-05", "ELBSecurityPolicy-FS-2018-06":
		return true
	}
	for _, frag := range []string{"-TLS-1-0-", "-TLS-1-1-", "-TLS13-1-0-", "-TLS13-1-1-", "-FS-1-1-"} {
		if strings.Contains(name, frag) {
			return true
		}
	}
	return false
}
