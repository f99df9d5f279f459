// Package elb holds the checks for Application, Network and Gateway Load
// Balancers (aws_lb, aws_alb) and their listeners, and Classic Load
// Balancers (aws_elb) where a check names them.
package elb

import (
	"slices"
	"strings"

	"github.com/tenantlint/tenantlint/lint"
)

// loadBalancers and listeners are the resource types and their aliases.
var (
	loadBalancers = []string{"aws_lb", "aws_alb"}
	listeners     = []string{"aws_lb_listener", "aws_alb_listener"}
)

// lbType returns the load balancer type; load_balancer_type defaults to
// "application". ok is false when it is unknown.
func lbType(r *lint.Resource) (string, bool) {
	t, ok := r.Attr("load_balancer_type").StringOr("application")
	return strings.ToLower(t), ok
}

// listenerDefault is the protocol of a listener that sets none: HTTP when
// its load balancer (referenced by load_balancer_arn) is known to be an
// Application Load Balancer, as hashicorp/aws v3-v6 document; "" (no
// protocol to judge) when the load balancer is of another or unknown type,
// or out of sight.
func listenerDefault(listener *lint.Resource) string {
	for _, lb := range listener.Attr("load_balancer_arn").Refs() {
		if !slices.Contains(loadBalancers, lb.Type) {
			continue
		}
		if t, ok := lbType(lb); ok && t == "application" {
			return "HTTP"
		}
		return ""
	}
	return ""
}
