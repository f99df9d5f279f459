package elb

import (
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// HTTPRedirect flags HTTP listeners that serve traffic instead of redirecting
// it to HTTPS. A listener passes when one of its default actions is a redirect
// whose protocol is HTTPS (redirect.protocol defaults to "#{protocol}", the
// request's own, so it must be written), or a fixed response, which serves no
// application data. protocol = "HTTP" written or evaluated is judged, and so
// is a listener without protocol on an Application Load Balancer it
// references (the provider default is HTTP, hashicorp/aws v3-v6); listener
// rules (aws_lb_listener_rule) are not followed.
var HTTPRedirect = &lint.Check{
	ID:       "aws-elb-http-redirect",
	Title:    "Load balancer listener serves plain HTTP",
	Severity: lint.High,
	Domain:   lint.Data,
	Model:    lint.PaaS,
	Description: "The listener forwards plain HTTP requests to the application. Credentials, session " +
		"cookies and data travel unencrypted and can be read or changed by anyone on the path. An HTTP " +
		"listener should only redirect clients to the HTTPS listener.",
	Remediation: "Make the HTTP listener redirect to HTTPS:\n\n" +
		"    default_action {\n" +
		"      type = \"redirect\"\n" +
		"      redirect {\n" +
		"        port        = \"443\"\n" +
		"        protocol    = \"HTTPS\"\n" +
		"        status_code = \"HTTP_301\"\n" +
		"      }\n" +
		"    }",
	Links: []string{
		"https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions",
		"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_listener",
	},
	Resources: listeners,
	Run: func(p *lint.Pass) {
		for _, r := range p.Resources() {
			proto := r.Attr("protocol")
			if v, ok := proto.StringOr(listenerDefault(r)); !ok || !strings.EqualFold(v, "HTTP") {
				continue
			}
			actions := r.Blocks("default_action")
			safe, known := false, true
			for _, a := range actions {
				typ, ok1 := a.Attr("type").StringOr("")
				rp, ok2 := a.Block("redirect").Attr("protocol").StringOr("#{protocol}")
				known = known && ok1 && (typ != "redirect" || ok2)
				safe = safe || typ == "fixed-response" || (typ == "redirect" && strings.EqualFold(rp, "HTTPS"))
			}
			if known && !safe && len(actions) > 0 {
				p.Reportf(proto, "listener %s serves HTTP without redirecting to HTTPS", r.Address)
			}
		}
	},
}
